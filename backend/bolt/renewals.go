package bolt

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Renewals are the maintenance contracts ending within the last reminder step (90 days) that no
// later contract of their customer renews, soonest first. Only those contracts are read: the
// index of ends (contracts_by_end) gives the ones ending in the window, and each customer's
// contracts with their ends (contracts_by_customer) tell whether a later one renews it. Reading
// every contract took 100–130 ms on the large data set, on the home page's first screen.
func (s contractService) Renewals(ctx context.Context) ([]backend.Renewal, error) {
	now := s.db.Now().In(time.Local)
	today := now.Format(backend.DateLayout)
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.Local)
	horizon := now.AddDate(0, 0, backend.RenewalSteps[len(backend.RenewalSteps)-1]).Format(backend.DateLayout)
	out := []backend.Renewal{}
	err := s.db.read(func(tx *bbolt.Tx) error {
		levels, err := readLevels(tx)
		if err != nil {
			return err
		}
		c := tx.Bucket(bContractsByEnd).Cursor()
		for k, v := c.Seek([]byte(today)); k != nil; k, v = c.Next() {
			if len(k) < 16 || len(v) != 16 {
				return fmt.Errorf("index %s: entry %x → %x is not a contract's", bContractsByEnd, k, v)
			}
			end := string(k[:len(k)-16])
			if end > horizon {
				break
			}
			renewed, err := renewedAfter(tx, idFrom(v), end)
			if err != nil {
				return err
			}
			if renewed {
				continue
			}
			var ct backend.Contract
			if err := getJSON(tx, bContracts, idFrom(k[len(k)-16:]), "contract", &ct); err != nil {
				return err
			}
			ends, _ := time.ParseInLocation(backend.DateLayout, ct.EndDate, time.Local)
			days := int(ends.Sub(midnight).Hours()/24 + 0.5)
			step, _ := slices.BinarySearch(backend.RenewalSteps, days)
			cust, _ := s.db.customers.Row(ct.CustomerID)
			out = append(out, backend.Renewal{Contract: ct, CustomerName: cust.Name, CustomerRef: backend.Ref("C", cust.Number),
				TierName: levels.tiers[ct.TierID].Name, DaysLeft: days, Step: backend.RenewalSteps[step]})
		}
		return nil
	})
	slices.SortFunc(out, func(a, b backend.Renewal) int {
		return cmp.Or(cmp.Compare(a.DaysLeft, b.DaysLeft), cmp.Compare(a.Contract.Number, b.Contract.Number))
	})
	return out, wrapInternal("renewals", err)
}

// renewedAfter tells whether a contract of the customer runs past end: it renews one ending then.
func renewedAfter(tx *bbolt.Tx, customer uuid.UUID, end string) (bool, error) {
	renewed := false
	err := eachPrefix(tx, bContractsByCustomer, customer[:], func(_, ends []byte) error {
		if string(ends) > end {
			renewed = true
			return errStop
		}
		return nil
	})
	if errors.Is(err, errStop) {
		err = nil
	}
	return renewed, err
}

// contractEnds (migration 10) indexes every contract by its end date, and gives each customer's
// contract keys their end date as value.
func contractEnds(tx *bbolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bContractsByEnd); err != nil {
		return err
	}
	return eachJSON(tx, bContracts, func(k []byte, c *backend.Contract) error {
		return deriveContract(k, c, func(bucket, k, v []byte) error { return tx.Bucket(bucket).Put(k, v) })
	})
}
