package bolt

import (
	"slices"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// An instalment due at go-live or acceptance may follow one of the customer's deployments: its
// due day is the deployment's (backend.DueAt), set when the contract is saved and again whenever
// the deployment changes, so the money falls due the day the system went live or was accepted.

// followDeployments gives c's instalments that follow a deployment their day from it; a
// deployment that is not the customer's is refused (deployments are never deleted).
func (w *writeTx) followDeployments(c *backend.SalesContract) error {
	for i := range c.Plan {
		in := &c.Plan[i]
		if in.DeploymentID == uuid.Nil {
			continue
		}
		var d backend.Deployment
		if err := getJSON(w.tx, bDeployments, in.DeploymentID, "deployment", &d); err != nil || d.CustomerID != c.CustomerID {
			return backend.Invalid("plan", "link_missing", "A linked record does not exist or belongs to another customer.", nil)
		}
		in.DueOn = backend.DueAt(d, in.Trigger)
	}
	return nil
}

// contractsFollow moves the due days of the instalments that follow d to its days now, in each of
// its customer's contracts, with the change in the contract's history (noted with d's number).
func (w *writeTx) contractsFollow(d backend.Deployment) error {
	var changed [][2]backend.SalesContract // old, new
	err := eachPrefix(w.tx, bSalesContractsByCustomer, d.CustomerID[:], func(k, _ []byte) error {
		var c backend.SalesContract
		if err := getJSON(w.tx, bSalesContracts, idFrom(k[16:]), "sales contract", &c); err != nil {
			return err
		}
		old := c
		c.Plan = slices.Clone(c.Plan)
		moved := false
		for i, in := range c.Plan {
			if due := backend.DueAt(d, in.Trigger); in.DeploymentID == d.ID && in.DueOn != due {
				c.Plan[i].DueOn, moved = due, true
			}
		}
		if moved {
			changed = append(changed, [2]backend.SalesContract{old, c})
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Written once the walk of the index is over: a write puts the same index keys again.
	for _, x := range changed {
		old, c := x[0], x[1]
		c.UpdatedAt = w.now
		if err := w.putSalesContract(&old, c); err != nil {
			return err
		}
		if err := w.logEventNote("sales_contract", c.ID, c.CustomerID, backend.ActionUpdate, c.Title, old, c, d.Ref()); err != nil {
			return err
		}
	}
	return nil
}
