package search

import (
	"fmt"
	"maps"
	"slices"
	"testing"
	"unsafe"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Found in review: a release written between working out the version order and reading it left
// readers with an empty release list.
func TestReleaseOrderUnderConcurrentWrites(t *testing.T) {
	ix := NewDeployments()
	for i := range 200 {
		ix.PutRelease(backend.ReleaseRow{ID: uuid.New(), Version: fmt.Sprintf("1.%d", i), Status: backend.RelReleased})
	}
	stop := make(chan struct{})
	go func() {
		extra := backend.ReleaseRow{ID: uuid.New(), Version: "9.9", Status: backend.RelReleased}
		for {
			select {
			case <-stop:
				return
			default:
				ix.PutRelease(extra)
				ix.RemoveRelease(extra.ID)
			}
		}
	}()
	defer close(stop)
	for range 100_000 {
		if n := len(ix.ReleaseRows()); n < 200 {
			t.Fatalf("the release list came back with %d of 200 releases", n)
		}
	}
}

// The version matrix shows each customer's newest production deployment in use, how many
// released versions are newer, and keeps the customers its filters ask for.
func TestVersionMatrix(t *testing.T) {
	ix, customers := NewDeployments(), NewCustomers()
	acme, beta, idle := backend.CustomerRow{ID: uuid.New(), Number: 1, Name: "甲"}, backend.CustomerRow{ID: uuid.New(), Number: 2, Name: "乙"}, backend.CustomerRow{ID: uuid.New(), Number: 3, Name: "丙"}
	for _, c := range []backend.CustomerRow{acme, beta, idle} {
		customers.Put(c, "")
	}
	rel := map[string]backend.ReleaseRow{}
	for _, v := range []string{"1.0", "2.0", "2.1", "3.0"} {
		rel[v] = backend.ReleaseRow{ID: uuid.New(), Version: v, Status: backend.RelReleased}
		if v == "3.0" {
			r := rel[v]
			r.Status = backend.RelPlanned // not out yet: nobody is behind it
			rel[v] = r
		}
		ix.PutRelease(rel[v])
	}
	deploy := func(n int, c backend.CustomerRow, v string, env backend.Environment, on string, st backend.DeployStatus) {
		ix.Put(backend.DeploymentRow{ID: uuid.New(), Number: n, CustomerID: c.ID, ReleaseID: rel[v].ID, Environment: env, DeployedOn: on, Status: st})
	}
	deploy(1, acme, "1.0", "production", "2026-01-01", backend.DepLive)
	deploy(2, acme, "2.1", "production", "2026-03-01", backend.DepRolledBack) // not in use
	deploy(3, acme, "2.0", "production", "2026-02-01", backend.DepLive)
	deploy(4, beta, "2.1", "test", "2026-04-01", backend.DepLive) // not production
	q := backend.MatrixQuery{Limit: 50}
	m := ix.Matrix(q, uuid.Nil, customers)
	if m.Newest != "2.1" || m.Total != 3 {
		t.Fatalf("newest %q, %d customers", m.Newest, m.Total)
	}
	cells := map[string]string{}
	for _, r := range m.Rows {
		cells[r.CustomerName] = fmt.Sprintf("%s %s %d", r.Version, r.Since, r.Behind)
	}
	if want := map[string]string{"甲": "2.0 2026-02-01 1", "乙": "  0", "丙": "  0"}; !maps.Equal(cells, want) {
		t.Errorf("cells %q, want %q", cells, want)
	}
	if ix.Production(acme.ID) != rel["2.0"].ID || ix.Production(beta.ID) != uuid.Nil {
		t.Error("a ticket is filed against the release in production")
	}
	q.OlderThan = "2.1"
	if m := ix.Matrix(q, uuid.Nil, customers); m.Total != 1 || m.Rows[0].CustomerName != "甲" {
		t.Errorf("older than 2.1: %+v", m.Rows)
	}
	if m := ix.Matrix(backend.MatrixQuery{Limit: 50}, rel["2.1"].ID, customers); m.Total != 1 || m.Rows[0].CustomerName != "乙" {
		t.Errorf("running 2.1 (in any environment, in use): %+v", m.Rows)
	}
	if got := ix.Where(func(r *backend.DeploymentRow) bool { return r.CustomerID == acme.ID }); len(got) != 3 || got[0].Number != 2 || got[0].Version != "2.1" {
		t.Errorf("acme's deployments, newest first, with their versions: %+v", got)
	}
	if got := ix.ReleaseRows(); !slices.EqualFunc(got, []string{"3.0", "2.1", "2.0", "1.0"}, func(r backend.ReleaseRow, v string) bool { return r.Version == v }) {
		t.Errorf("releases newest first: %+v", got)
	}
}

// Deployments' repeating values (the version, the environment, the customer's name, …) are kept
// once, not once per decoded row; the rows read back as put.
func TestDeploymentRowsShareRepeatingValues(t *testing.T) {
	ix := NewDeployments()
	fresh := func(s string) string { return string([]byte(s)) } // a copy of its own, as a decoded row has
	customer := uuid.New()
	var ids []uuid.UUID
	for range 2 {
		r := backend.DeploymentRow{ID: uuid.New(), CustomerID: customer, Version: fresh("2.4.0"), Environment: backend.Environment(fresh("production")),
			Status: backend.DeployStatus(fresh("live")), GoLiveOn: fresh("2026-11-20"), CustomerName: fresh("上海云帆信息技术有限公司")}
		ix.Put(r)
		ids = append(ids, r.ID)
	}
	a, _ := ix.Row(ids[0])
	b, _ := ix.Row(ids[1])
	for _, pair := range [][2]string{{a.Version, b.Version}, {string(a.Environment), string(b.Environment)}, {a.GoLiveOn, b.GoLiveOn}, {a.CustomerName, b.CustomerName}} {
		if pair[0] != pair[1] || unsafe.StringData(pair[0]) != unsafe.StringData(pair[1]) {
			t.Errorf("%q is kept twice", pair[0])
		}
	}
	if b.CustomerName != "上海云帆信息技术有限公司" || b.Status != "live" || b.DeployedOn != "" {
		t.Errorf("row read back as %+v", b)
	}
}
