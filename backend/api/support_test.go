package api

import (
	"testing"
	"time"

	"vendordesk/backend"
)

// supportCustomer is a customer under a 7x24 contract in force today, ready for tickets.
func supportCustomer(t *testing.T, s *Services, name string) (backend.Customer, backend.Contract) {
	t.Helper()
	c, err := NewCustomers(s).Create(backend.Customer{Name: name})
	if err != nil {
		t.Fatal(err)
	}
	levels, err := NewServiceLevels(s).List()
	if err != nil {
		t.Fatal(err)
	}
	var tier backend.ServiceTier
	for _, x := range levels.Tiers {
		if x.Name == "7x24" {
			tier = x
		}
	}
	today := time.Now()
	k, err := NewContracts(s).Create(backend.Contract{CustomerID: c.ID, TierID: tier.ID, Price: 36000, IncludedHours: 10,
		StartDate: today.AddDate(0, -11, 0).Format("2006-01-02"), EndDate: today.AddDate(0, 0, 20).Format("2006-01-02")})
	if err != nil {
		t.Fatal(err)
	}
	return c, k
}

func TestServiceLevelsRoundTrip(t *testing.T) {
	s := openServices(t)
	sl := NewServiceLevels(s)
	levels, err := sl.List()
	if err != nil || len(levels.Policies) != 2 || len(levels.Tiers) != 2 {
		t.Fatalf("a new file has the 5x8 and 7x24 levels: %+v %v", levels, err)
	}
	p := levels.Policies[0]
	p.Name = "华东区金牌服务"
	if got, err := sl.SavePolicy(p); err != nil || got.Name != "华东区金牌服务" {
		t.Fatalf("save policy: %+v %v", got, err)
	}
	_, err = sl.DeletePolicy(p.ID.String())
	wantErr(t, err, backend.CodeConflict, "", "policy_in_use")
	_, err = sl.DeleteTier("not-an-id")
	wantErr(t, err, backend.CodeInvalid, "id", "id")
	tier, err := sl.SaveTier(backend.ServiceTier{Name: "铂金", PolicyID: p.ID})
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := sl.DeleteTier(tier.ID.String()); err != nil || !ok {
		t.Fatalf("delete an unused tier: %v %v", ok, err)
	}
}

func TestContractsRoundTrip(t *testing.T) {
	s := openServices(t)
	c, k := supportCustomer(t, s, "西湖医疗")
	cs := NewContracts(s)
	if rows, err := cs.ByCustomer(c.ID.String()); err != nil || len(rows) != 1 || rows[0].TierName != "7x24" {
		t.Fatalf("contracts of the customer: %+v %v", rows, err)
	}
	if r, err := cs.Renewals(); err != nil || len(r) != 1 || r[0].CustomerName != "西湖医疗" || r[0].Step != 30 {
		t.Fatalf("a contract ending in 20 days is a renewal within 30: %+v %v", r, err)
	}
	k.Price = -1
	_, err := cs.Update(k)
	wantErr(t, err, backend.CodeInvalid, "price", "range")
	_, err = cs.ByCustomer("x")
	wantErr(t, err, backend.CodeInvalid, "customerId", "id")
	if ok, err := cs.Delete(k.ID.String()); err != nil || !ok {
		t.Fatalf("delete a contract with no tickets: %v %v", ok, err)
	}
}

func TestTicketsAndCallbacksRoundTrip(t *testing.T) {
	s := openServices(t)
	c, k := supportCustomer(t, s, "深圳鹏程智造")
	ts := NewTickets(s)
	tk, err := ts.Create(backend.Ticket{CustomerID: c.ID, Title: "MES 报工接口超时", Kind: "incident", Priority: "P2", Channel: "phone"})
	if err != nil {
		t.Fatal(err)
	}
	if tk.ContractID != k.ID || tk.OutOfContract {
		t.Fatalf("the contract in force holds the ticket: %+v", tk)
	}
	if tk, err = ts.AddEntry(backend.TicketEntry{TicketID: tk.ID, Type: backend.EntryReply, Body: "已远程排查", Minutes: 20}); err != nil || tk.Status != backend.TicketOpen {
		t.Fatalf("the first reply opens the ticket: %+v %v", tk, err)
	}
	clocks, err := ts.Clocks(tk.ID.String())
	if err != nil || len(clocks.Clocks) == 0 || clocks.Clocks[0].Kind != backend.ClockFirstResponse || clocks.Clocks[0].State != backend.ClockMet {
		t.Fatalf("first response met: %+v %v", clocks, err)
	}
	if th, err := ts.Thread(tk.ID.String()); err != nil || len(th) < 2 {
		t.Fatalf("thread: %+v %v", th, err)
	}
	if p, err := ts.List(backend.TicketQuery{Search: "报工"}); err != nil || p.Total != 1 || p.Counts.Open != 1 {
		t.Fatalf("queue: %+v %v", p, err)
	}
	_, err = ts.ConvertToRequirement(tk.ID.String(), backend.Requirement{Title: "报工接口异步化"})
	wantErr(t, err, backend.CodeInvalid, "kind", "ticket_not_feature")
	_, err = ts.LinkRequirement(tk.ID.String(), "nope")
	wantErr(t, err, backend.CodeInvalid, "requirementId", "id")
	_, err = NewContracts(s).Delete(k.ID.String())
	wantErr(t, err, backend.CodeConflict, "", "contract_has_tickets")
	if tk, err = ts.Transition(tk.ID.String(), backend.TicketResolved, ""); err != nil || tk.Status != backend.TicketResolved {
		t.Fatalf("resolve: %+v %v", tk, err)
	}

	cb := NewCallbacks(s)
	open, err := cb.Open(10)
	if err != nil || open.Total != 1 || open.Rows[0].CustomerName != "深圳鹏程智造" {
		t.Fatalf("a resolved ticket gets a callback: %+v %v", open, err)
	}
	id := open.Rows[0].Callback.ID.String()
	_, err = cb.Record(id, backend.CallbackResult{Score: 6, NPS: -1})
	wantErr(t, err, backend.CodeInvalid, "score", "range")
	if done, err := cb.Record(id, backend.CallbackResult{Contact: "陈静", Score: 5, NPS: 9}); err != nil || !done.Done || done.Score != 5 || done.NPS != 9 {
		t.Fatalf("record: %+v %v", done, err)
	}
	if sat, err := cb.Satisfaction(c.ID.String()); err != nil || sat.Recorded != 1 || sat.Score != 5 || sat.NPS != 100 {
		t.Fatalf("one promoter (9) makes NPS 100: %+v %v", sat, err)
	}
	if r, err := cb.Suggest(id, backend.Requirement{Title: "报工失败时短信提醒"}); err != nil || r.Status != backend.ReqDraft {
		t.Fatalf("a suggestion becomes a draft requirement: %+v %v", r, err)
	}
	if l, err := cb.ByCustomer(c.ID.String()); err != nil || len(l) != 1 {
		t.Fatalf("callbacks of the customer: %+v %v", l, err)
	}
}
