package bolt

import (
	"errors"
	"strings"
	"testing"

	"vendordesk/backend"
)

// A customer with just a contract is refused deletion with a message and params that name the
// contract, so the frontend's {records} phrase says what blocks it.
func TestCustomerDeleteNamesContracts(t *testing.T) {
	db := openTest(t)
	acme := mustCustomer(t, db, backend.Customer{Name: "Acme"})
	mustContract(t, db, backend.Contract{CustomerID: acme.ID, TierID: tier(t, db, "5x8").ID, StartDate: "2026-01-01", EndDate: "2026-12-31"})
	err := db.Customers().Delete(ctx, acme.ID)
	var e *backend.Error
	if !errors.As(err, &e) || e.Reason != "customer_has_records" {
		t.Fatalf("want customer_has_records, got %v", err)
	}
	if e.Params["contracts"] != 1 {
		t.Errorf("params %v do not count the contract", e.Params)
	}
	if !strings.Contains(e.Message, "contract") {
		t.Errorf("message %q does not say what blocks the delete", e.Message)
	}
}
