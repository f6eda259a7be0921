package sample_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"
	"unicode"

	bbolt "go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/bolt"
	"vendordesk/backend/sample"
)

var ctx = context.Background()

// load fills a fresh data file with the sample vendor in lang, through the real services.
func load(t testing.TB, l sample.Lang) (*bolt.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	db, err := bolt.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	s := sample.Services{Import: db.Import(), Customers: db.Customers(), Requirements: db.Requirements(), Competitors: db.Competitors(),
		Baselines: db.Baselines(), Deployments: db.Deployments(), Tickets: db.Tickets(), Callbacks: db.Callbacks(), ServiceLevels: db.ServiceLevels(), Deals: db.Deals(),
		SalesContracts: db.SalesContracts()}
	n, err := sample.Load(ctx, s, l, time.Now())
	if err != nil || n != 11 {
		t.Fatalf("loaded %d customers: %v", n, err)
	}
	if err := db.Check(); err != nil {
		t.Fatalf("indexes after loading: %v", err)
	}
	return db, path
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]sample.Lang{"zh-CN": sample.Chinese, "zh": sample.Chinese, "en": sample.English, "en-US": sample.English} {
		if got, err := sample.ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := sample.ParseLang("fr"); err == nil {
		t.Error(`ParseLang("fr") accepted an unknown language`)
	}
}

// The sample shows every stage of the vendor's work, in both languages, as of the moment it is
// loaded: what a new user should find on each page.
func TestLoadShowsTheWholeLifecycle(t *testing.T) {
	for _, l := range []sample.Lang{sample.Chinese, sample.English} {
		t.Run([]string{"zh", "en"}[l], func(t *testing.T) {
			db, _ := load(t, l)
			customers := byName(t, db)
			stages := map[backend.Stage]int{}
			for _, c := range customers {
				stages[c.Stage]++
			}
			for _, s := range backend.Stages {
				if stages[s] == 0 {
					t.Errorf("no customer in stage %s: %v", s, stages)
				}
			}
			checkSales(t, db)
			checkRequirements(t, db)
			checkDelivery(t, db)
			checkSupport(t, db)
		})
	}
}

func checkSales(t *testing.T, db *bolt.DB) {
	cols, err := db.Deals().Board(ctx, backend.DealQuery{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cols {
		if c.Total == 0 {
			t.Errorf("no deal in stage %s", c.Stage)
		}
		// A deal being priced has the quote sent, a won one the quote it was won with (sent before
		// it was won): the deal's amount before 13 % VAT.
		for _, card := range c.Cards {
			d, err := db.Deals().Get(ctx, card.Row.ID)
			priced := c.Stage == backend.DealProposal || c.Stage == backend.DealNegotiation || c.Stage == backend.DealWon
			if err != nil || priced != (len(d.Deal.Quotes) == 1) || (priced && d.Deal.Quotes[0].Subtotal != d.Deal.Amount) ||
				(c.Stage == backend.DealWon && d.Deal.Quotes[0].IssuedOn >= d.Deal.ClosedOn) {
				t.Errorf("%s deal %s: quotes %+v (%v)", c.Stage, d.Deal.Title, d.Deal.Quotes, err)
			}
		}
	}
	// Each won deal has its contract; the late customer's go-live payment is overdue.
	overdue := 0
	for _, c := range byName(t, db) {
		rows, err := db.SalesContracts().ByCustomer(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if r.Money.Overdue > 0 {
				overdue++
			}
			if r.Money.Received == 0 || r.Money.PlanDifference != 0 {
				t.Errorf("contract %s: %+v", r.Contract.Title, r.Money)
			}
		}
	}
	if overdue != 1 {
		t.Errorf("%d contracts overdue, want 1", overdue)
	}
	// The released needs tell a lead time from confirmation to release, of some weeks.
	if d, err := db.Dashboard().Delivery(ctx); err != nil || d.LeadTimes == 0 || d.MedianLeadDays < 30 || d.InProgressTotal == 0 {
		t.Errorf("delivery %+v (%v): want lead times and deployments under way", d, err)
	}
	// Two licences expire within the month: the temporary one and the subscription's.
	if due, err := db.SalesContracts().LicencesDue(ctx, 10); err != nil || due.Total != 2 || due.Rows[0].DaysLeft < 1 || due.Rows[1].DaysLeft > 31 {
		t.Errorf("licences due %+v (%v): want two within the month", due, err)
	}
	f, err := db.Interactions().FollowUps(ctx, 0)
	if err != nil || f.OverdueTotal == 0 || f.DueTodayTotal == 0 || f.UpcomingTotal == 0 {
		t.Errorf("follow-ups overdue %d, today %d, upcoming %d (%v): want some of each", f.OverdueTotal, f.DueTodayTotal, f.UpcomingTotal, err)
	}
	rivals, err := db.Competitors().List(ctx, "")
	if err != nil || len(rivals) < 3 {
		t.Fatalf("market research: %d competitors (%v)", len(rivals), err)
	}
	cited := 0
	for _, r := range rivals {
		cited += r.Requirements
	}
	if cited == 0 {
		t.Error("no requirement cites a competitor")
	}
}

func checkRequirements(t *testing.T, db *bolt.DB) {
	board, err := db.Requirements().Board(ctx, backend.RequirementQuery{}, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, col := range board {
		want := col.Status != backend.ReqRejected && col.Status != backend.ReqDeferred
		if want && col.Total == 0 {
			t.Errorf("the board's %s column is empty", col.Status)
		}
	}
	// A customer confirming its requirements: baseline v1, one changed since and one new.
	withChanges, inDevelopment := 0, 0
	for _, c := range byName(t, db) {
		bs, err := db.Baselines().List(ctx, c.ID)
		if err != nil || len(bs) == 0 {
			continue
		}
		reqs, err := db.Requirements().ListByCustomer(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		since := map[backend.SinceBaseline]int{}
		for _, s := range reqs.Since {
			since[s]++
		}
		if reqs.Baseline == 1 && since[backend.SinceChanged] > 0 && since[backend.SinceNew] > 0 {
			withChanges++
		}
		if reqs.ByStatus[backend.ReqInTest] > 0 && reqs.ByStatus[backend.ReqInDevelopment] > 0 {
			inDevelopment++
			for _, r := range reqs.Rows {
				if r.Status == backend.ReqInTest && r.Tests.Unit.Status != "passed" {
					t.Errorf("%s is in test without a passed unit test", r.Title)
				}
			}
		}
	}
	if withChanges != 1 || inDevelopment != 1 {
		t.Errorf("customers with a baseline and changes since: %d, in development after their baseline: %d; want 1 and 1", withChanges, inDevelopment)
	}
}

func checkDelivery(t *testing.T, db *bolt.DB) {
	rels, err := db.Releases().List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	statuses := map[backend.ReleaseStatus]int{}
	for _, r := range rels {
		statuses[r.Status]++
		if r.Requirements == 0 {
			t.Errorf("release %s delivers no requirement", r.Version)
		}
	}
	if statuses[backend.RelReleased] < 3 || statuses[backend.RelInTest] != 1 || statuses[backend.RelPlanned] != 1 {
		t.Errorf("releases by status %v: want 3+ released, one in test, one planned", statuses)
	}
	m, err := db.Deployments().Matrix(ctx, backend.MatrixQuery{})
	if err != nil {
		t.Fatal(err)
	}
	behind := 0
	for _, r := range m.Rows {
		if r.Version != "" && r.Behind > 0 {
			behind++
		}
	}
	if len(m.Rows) < 5 || behind < 2 || m.Newest != "3.0.0" {
		t.Errorf("version matrix: %d rows, %d behind, newest %q", len(m.Rows), behind, m.Newest)
	}
	deps := map[backend.DeployStatus]int{}
	halfDone := false
	for _, c := range byName(t, db) {
		rows, _ := db.Deployments().ByCustomer(ctx, c.ID)
		for _, r := range rows {
			deps[r.Status]++
			d, _ := db.Deployments().Get(ctx, r.ID)
			done := 0
			for _, i := range d.Checklist {
				if i.Done {
					done++
				}
			}
			halfDone = halfDone || (d.Status == backend.DepPreparing && done > 0 && done < len(d.Checklist))
		}
	}
	if !halfDone || deps[backend.DepTraining] == 0 || deps[backend.DepLive] == 0 || deps[backend.DepAccepted] == 0 {
		t.Errorf("deployments by status %v, a checklist half done: %v", deps, halfDone)
	}
}

func checkSupport(t *testing.T, db *bolt.DB) {
	page, err := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewOpen})
	if err != nil {
		t.Fatal(err)
	}
	if page.Counts.AtRisk == 0 || page.Counts.Breached == 0 {
		t.Errorf("open tickets %d, at risk %d, breached %d: want some at risk and some breached", page.Counts.Open, page.Counts.AtRisk, page.Counts.Breached)
	}
	outOfContract, feature := 0, 0
	for _, r := range page.Rows {
		if r.OutOfContract {
			outOfContract++
		}
	}
	all, _ := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewAll, Limit: backend.MaxPage})
	for _, r := range all.Rows {
		if r.Kind == "feature" && r.RequirementID != [16]byte{} {
			feature++
		}
	}
	if outOfContract == 0 || feature != 2 {
		t.Errorf("open out of contract %d, feature requests with a requirement %d (want 2)", outOfContract, feature)
	}
	done, _ := db.Tickets().List(ctx, backend.TicketQuery{View: backend.ViewDone})
	if done.Total < 4 {
		t.Errorf("%d done tickets: want a history", done.Total)
	}
	renewals, err := db.Contracts().Renewals(ctx)
	if err != nil || len(renewals) != 2 || renewals[0].DaysLeft > 30 {
		t.Errorf("renewals %+v (%v): want two, the first within 30 days", renewals, err)
	}
	open, err := db.Callbacks().Open(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	today := time.Now().Format(backend.DateLayout)
	dueToday := 0
	for _, r := range open.Rows {
		if r.Callback.DueOn <= today {
			dueToday++
		}
	}
	if open.Total < 3 || dueToday == 0 {
		t.Errorf("open callbacks %d, due today %d", open.Total, dueToday)
	}
	scored := 0
	for _, c := range byName(t, db) {
		s, _ := db.Callbacks().Satisfaction(ctx, c.ID)
		if s.Recorded > 0 && s.Score > 0 && s.Answers > 0 {
			scored++
		}
	}
	if scored != 2 {
		t.Errorf("%d customers with recorded callbacks: want 2", scored)
	}
}

// The interface language decides the data's: Chinese companies and people in Chinese, and in
// English not one Chinese character anywhere in the data file.
func TestLoadSpeaksTheUsersLanguage(t *testing.T) {
	db, _ := load(t, sample.Chinese)
	for name, c := range byName(t, db) {
		if !hasHan(name) || !hasHan(c.PrimaryContact) {
			t.Errorf("Chinese sample: customer %q, contact %q", name, c.PrimaryContact)
		}
	}
	db, path := load(t, sample.English)
	db.Close()
	raw, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	err = raw.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(bucket []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if json.Valid(v) && hasHan(string(v)) { // records are JSON; index values are binary
					t.Errorf("English sample: Chinese in bucket %s: %.200s", bucket, v)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
}

func byName(t *testing.T, db *bolt.DB) map[string]backend.CustomerRow {
	t.Helper()
	page, err := db.Customers().List(ctx, backend.CustomerQuery{Limit: backend.MaxPage})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]backend.CustomerRow{}
	for _, r := range page.Rows {
		out[r.Name] = r
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// BenchmarkLoad times loading the sample into a fresh file (the click on "Load sample data").
func BenchmarkLoad(b *testing.B) {
	for range b.N {
		load(b, sample.Chinese)
	}
}
