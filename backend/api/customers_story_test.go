package api

import (
	"testing"

	"vendordesk/backend"
)

// The story is bound: a new customer's story is empty, with every kind counted at zero.
func TestCustomerStory(t *testing.T) {
	s := openServices(t)
	cs := NewCustomers(s)
	c, err := cs.Create(backend.Customer{Name: "上海云帆"})
	if err != nil {
		t.Fatal(err)
	}
	p, err := cs.Story(backend.StoryQuery{CustomerID: c.ID})
	if err != nil || p.Total != 0 || len(p.Items) != 0 || len(p.Counts) != len(backend.StoryKinds) {
		t.Fatalf("%+v: %v", p, err)
	}
	_, err = cs.Story(backend.StoryQuery{})
	wantErr(t, err, backend.CodeInvalid, "customerId", "required")
}
