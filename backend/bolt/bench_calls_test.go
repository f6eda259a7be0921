package bolt

import (
	"fmt"
	"testing"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The bound calls `make bench` tables beside their floors and budgets (README, "Benchmarks"),
// each defined once: its benchmark times it at the large data set, TestBoundCallWork counts its
// allocations and payload at a medium one.

// customerListCall is a page of the customer list as q asks for it.
func customerListCall(name string, q backend.CustomerQuery) boundCall {
	return boundCall{name, func(tb testing.TB, db *DB) func() (any, error) {
		return func() (any, error) { return db.Customers().List(ctx, q) }
	}}
}

var (
	callCustomerList   = customerListCall("customer-list", backend.CustomerQuery{Stages: []backend.Stage{backend.StageCustomer, backend.StageProspect}, Sort: backend.SortName, Limit: 50})
	callCustomerSearch = customerListCall("customer-search", backend.CustomerQuery{Search: "云帆", Sort: backend.SortName, Limit: 50})

	callCustomerGet = boundCall{"customer-get", func(tb testing.TB, db *DB) func() (any, error) {
		id := middleCustomer(tb, db)
		return func() (any, error) { return db.Customers().Get(ctx, id) }
	}}

	callCustomerUpdate = boundCall{"customer-save", func(tb testing.TB, db *DB) func() (any, error) {
		c, err := db.Customers().Get(ctx, middleCustomer(tb, db))
		if err != nil {
			tb.Fatal(err)
		}
		n := 0
		return func() (any, error) {
			n++
			c.Notes = fmt.Sprintf("benchmark save %d", n)
			return db.Customers().Update(ctx, c)
		}
	}}

	callInteractionCreate = boundCall{"interaction-save", func(tb testing.TB, db *DB) func() (any, error) {
		id := middleCustomer(tb, db)
		return func() (any, error) {
			return db.Interactions().Create(ctx, backend.Interaction{CustomerID: id, Kind: backend.KindCall, At: testNow, Summary: "电话回访", FollowUpOn: "2026-12-01"})
		}
	}}

	callRequirementList = boundCall{"requirement-list", func(tb testing.TB, db *DB) func() (any, error) {
		q := backend.RequirementQuery{Statuses: []backend.ReqStatus{backend.ReqConfirmed, backend.ReqInDevelopment}, Priorities: []backend.Priority{"must", "should"}, Sort: "priority", Limit: 50}
		return func() (any, error) { return db.Requirements().List(ctx, q) }
	}}

	// The board view as the window asks for it: ten columns with counts and their first 30 cards
	// (BOARD_PER_COLUMN in the requirement list store).
	callRequirementBoard = boundCall{"requirement-board", func(tb testing.TB, db *DB) func() (any, error) {
		return func() (any, error) { return db.Requirements().Board(ctx, backend.RequirementQuery{}, 30) }
	}}

	callRequirementUpdate = boundCall{"requirement-save", func(tb testing.TB, db *DB) func() (any, error) {
		p, err := db.Requirements().List(ctx, backend.RequirementQuery{Limit: 1})
		if err != nil || len(p.Rows) == 0 {
			tb.Fatalf("no requirement: %v", err)
		}
		r, err := db.Requirements().Get(ctx, p.Rows[0].Row.ID)
		if err != nil {
			tb.Fatal(err)
		}
		n := 0
		return func() (any, error) {
			n++
			r.Title = fmt.Sprintf("订单明细导出 %d", n)
			return db.Requirements().Update(ctx, r)
		}
	}}

	// The ticket queue, open tickets sorted by SLA due.
	callTicketQueue = boundCall{"ticket-queue", func(tb testing.TB, db *DB) func() (any, error) {
		return func() (any, error) { return db.Tickets().List(ctx, backend.TicketQuery{Limit: 50}) }
	}}

	// A ticket's page: the ticket, the names it refers to, its thread and clocks, in one call.
	callTicketPage = boundCall{"ticket-page", func(tb testing.TB, db *DB) func() (any, error) {
		p, err := db.Tickets().List(ctx, backend.TicketQuery{Limit: 1})
		if err != nil || len(p.Rows) == 0 {
			tb.Fatalf("no ticket: %v", err)
		}
		return func() (any, error) { return db.Tickets().Detail(ctx, p.Rows[0].ID) }
	}}

	// Creating a ticket: contract lookup, default release, clocks, a synced write.
	callTicketCreate = boundCall{"ticket-save", func(tb testing.TB, db *DB) func() (any, error) {
		customer := middleCustomer(tb, db)
		return func() (any, error) {
			return db.Tickets().Create(ctx, backend.Ticket{CustomerID: customer, Title: "基准测试工单", Priority: "P2"})
		}
	}}

	callVersionMatrix = boundCall{"version-matrix", func(tb testing.TB, db *DB) func() (any, error) {
		return func() (any, error) { return db.Deployments().Matrix(ctx, backend.MatrixQuery{Limit: 50}) }
	}}

	// The deal list sorted by amount, a page of 50, with the sums of every match.
	callDealList = boundCall{"deal-list", func(tb testing.TB, db *DB) func() (any, error) {
		return func() (any, error) {
			return db.Deals().List(ctx, backend.DealQuery{Sort: "amount", Desc: true, Limit: 50})
		}
	}}

	callDealUpdate = boundCall{"deal-save", func(tb testing.TB, db *DB) func() (any, error) {
		p, err := db.Deals().List(ctx, backend.DealQuery{Limit: 1})
		if err != nil || len(p.Rows) == 0 {
			tb.Fatalf("no deal: %v", err)
		}
		d, err := db.Deals().Get(ctx, p.Rows[0].Row.ID)
		if err != nil {
			tb.Fatal(err)
		}
		deal, n := d.Deal, 0
		return func() (any, error) {
			n++
			deal.Title = fmt.Sprintf("项目 %d 期", n)
			return db.Deals().Update(ctx, deal)
		}
	}}

	// The dashboard's four calls (the page makes them at once; here one after another).
	callDashboard = boundCall{"dashboard", func(tb testing.TB, db *DB) func() (any, error) {
		s := db.Dashboard()
		return func() (any, error) {
			sales, err := s.Sales(ctx)
			if err != nil {
				return nil, err
			}
			delivery, err := s.Delivery(ctx)
			if err != nil {
				return nil, err
			}
			service, err := s.Service(ctx)
			if err != nil {
				return nil, err
			}
			health, err := s.Health(ctx, 12)
			return []any{sales, delivery, service, health}, err
		}
	}}

	callGlobalSearch = searchCall("科技", 5, nil)
)

// searchCall is the global search for q, perKind hits a group (kinds: nil for every kind).
func searchCall(q string, perKind int, kinds []string) boundCall {
	return boundCall{"global-search", func(tb testing.TB, db *DB) func() (any, error) {
		<-db.searchBuilt()
		return func() (any, error) { return db.Search().Search(ctx, q, perKind, kinds) }
	}}
}

// boundCalls are the calls TestBoundCallWork checks.
var boundCalls = []boundCall{callCustomerList, callCustomerSearch, callCustomerGet, callCustomerUpdate, callInteractionCreate,
	callRequirementList, callRequirementBoard, callRequirementUpdate, callTicketQueue, callTicketPage, callTicketCreate,
	callVersionMatrix, callDealList, callDealUpdate, callDashboard, callGlobalSearch}

// middleCustomer is the customer in the middle of the list by number.
func middleCustomer(tb testing.TB, db *DB) uuid.UUID {
	p, err := db.Customers().List(ctx, backend.CustomerQuery{Sort: backend.SortNumber, Limit: 1, Offset: db.customers.Len() / 2})
	if err != nil || len(p.Rows) == 0 {
		tb.Fatalf("no customer: %v", err)
	}
	return p.Rows[0].ID
}
