package bolt

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// storyBuilder reads one customer's records, each kind from the index that lists them by
// customer, and turns each dated fact into an item. Records are decoded into small structs of
// the fields a story tells (a deal's quote lines, a requirement's text are skipped), and tickets
// from their compact rows, which keep their clocks' outcomes.
type storyBuilder struct {
	tx       *bbolt.Tx
	db       *DB
	customer uuid.UUID
	now      time.Time
	items    []backend.StoryItem
	// changeEvents are the keys of each change item's events (story_changes.go).
	changeEvents map[storyChangeKey][][]byte
}

func (b *storyBuilder) build() error {
	for _, step := range []func() error{b.interactions, b.deals, b.salesContracts, b.requirements, b.baselines,
		b.deployments, b.tickets, b.callbacks, b.contracts, b.changes} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// add appends an item of the customer's; a fact without a day (a date not yet set) is none.
func (b *storyBuilder) add(it backend.StoryItem) {
	if it.Day == "" {
		return
	}
	it.CustomerID = b.customer
	b.items = append(b.items, it)
}

// each calls fn with the id and stored value of every record of bucket that index lists for
// the customer: keys customerID ‖ … ‖ recordID, but for baselines, whose value is the id.
func (b *storyBuilder) each(index, bucket []byte, fn func(id uuid.UUID, raw []byte) error) error {
	records := b.tx.Bucket(bucket)
	return eachPrefix(b.tx, index, b.customer[:], func(k, v []byte) error {
		id := idFrom(lastID(k, v))
		if bytes.Equal(index, bBaselinesByCustomer) {
			id = idFrom(v)
		}
		raw := records.Get(id[:])
		if raw == nil {
			return fmt.Errorf("index %s lists %s, which %s does not hold", index, id, bucket)
		}
		return fn(id, raw)
	})
}

// eachJSONOf is each, decoding every record as a T.
func eachJSONOf[T any](b *storyBuilder, index, bucket []byte, fn func(id uuid.UUID, v *T)) error {
	return b.each(index, bucket, func(id uuid.UUID, raw []byte) error {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return fmt.Errorf("decode %s %s: %w", bucket, id, err)
		}
		fn(id, &v)
		return nil
	})
}

func (b *storyBuilder) interactions() error {
	return b.each(bInteractionsByCustomer, bInteractions, func(id uuid.UUID, raw []byte) error {
		var i storyInteraction
		if err := i.decode(raw); err != nil {
			return fmt.Errorf("decode %s %s: %w", bInteractions, id, err)
		}
		b.add(backend.StoryItem{Day: localDay(i.At), At: i.At, Kind: backend.StoryInteraction, Event: backend.StoryEvent(i.Kind),
			RecordID: id, Ref: backend.Ref("I", i.Number), Title: storyTitle(i.Summary)})
		return nil
	})
}

func (b *storyBuilder) deals() error {
	type quote struct {
		Number   int           `json:"number"`
		IssuedOn string        `json:"issuedOn"`
		Currency string        `json:"currency"`
		Total    backend.Money `json:"total"`
	}
	type deal struct {
		Number    int               `json:"number"`
		Title     string            `json:"title"`
		Amount    backend.Money     `json:"amount"`
		Currency  string            `json:"currency"`
		Stage     backend.DealStage `json:"stage"`
		ClosedOn  string            `json:"closedOn"`
		Quotes    []quote           `json:"quotes"`
		CreatedAt time.Time         `json:"createdAt"`
	}
	return eachJSONOf(b, bDealsByCustomer, bDeals, func(id uuid.UUID, d *deal) {
		ref := backend.Ref("DL", d.Number)
		it := backend.StoryItem{Kind: backend.StoryDeal, RecordID: id, Ref: ref, Title: d.Title, Amount: d.Amount,
			Currency: d.Currency, Status: string(d.Stage)}
		// A deal entered after the fact (imported, or typed in as won) was opened no later than
		// its first dated fact: then that day, not the day it was typed in.
		created := it
		created.Day, created.At, created.Event = localDay(d.CreatedAt), d.CreatedAt, backend.EventDealCreated
		facts := []string{d.ClosedOn}
		for _, q := range d.Quotes {
			facts = append(facts, q.IssuedOn)
		}
		created.Day, created.At = earliest(created.Day, created.At, facts...)
		b.add(created)
		if d.Stage == backend.DealWon || d.Stage == backend.DealLost {
			closed := it
			closed.Day, closed.Event = d.ClosedOn, backend.EventDealWon
			if d.Stage == backend.DealLost {
				closed.Event = backend.EventDealLost
			}
			b.add(closed)
		}
		for _, q := range d.Quotes {
			b.add(backend.StoryItem{Day: q.IssuedOn, Kind: backend.StoryQuote, Event: backend.EventQuoteSent, RecordID: id,
				Ref: backend.QuoteRef(d.Number, q.Number), Title: d.Title, Amount: q.Total, Currency: q.Currency, Status: string(d.Stage)})
		}
	})
}

func (b *storyBuilder) salesContracts() error {
	type contract struct {
		Number   int                 `json:"number"`
		Title    string              `json:"title"`
		SignedOn string              `json:"signedOn"`
		Amount   backend.Money       `json:"amount"`
		Currency string              `json:"currency"`
		Invoices []backend.Invoice   `json:"invoices"`
		Payments []backend.Payment   `json:"payments"`
		Licence  backend.LicenceType `json:"licence"`
	}
	return eachJSONOf(b, bSalesContractsByCustomer, bSalesContracts, func(id uuid.UUID, c *contract) {
		ref := backend.Ref("SC", c.Number)
		b.add(backend.StoryItem{Day: c.SignedOn, Kind: backend.StorySalesContract, Event: backend.EventContractSigned, RecordID: id,
			Ref: ref, Title: c.Title, Amount: c.Amount, Currency: c.Currency, Detail: string(c.Licence)})
		for _, inv := range c.Invoices {
			b.add(backend.StoryItem{Day: inv.Date, Kind: backend.StoryInvoice, Event: backend.EventInvoiceIssued, RecordID: id,
				Ref: ref, Title: inv.Number, Amount: inv.Amount, Currency: c.Currency})
		}
		for _, p := range c.Payments {
			b.add(backend.StoryItem{Day: p.Date, Kind: backend.StoryPayment, Event: backend.EventPaymentReceived, RecordID: id,
				Ref: ref, Title: c.Title, Amount: p.Amount, Currency: c.Currency, Detail: string(p.Method)})
		}
	})
}

func (b *storyBuilder) requirements() error {
	type requirement struct {
		Number      int               `json:"number"`
		Title       string            `json:"title"`
		Status      backend.ReqStatus `json:"status"`
		ConfirmedOn string            `json:"confirmedOn"`
		ReleasedOn  string            `json:"releasedOn"`
		CreatedAt   time.Time         `json:"createdAt"`
	}
	return eachJSONOf(b, bRequirementsByCustomer, bRequirements, func(id uuid.UUID, r *requirement) {
		it := backend.StoryItem{Kind: backend.StoryRequirement, RecordID: id, Ref: backend.Ref("R", r.Number), Title: r.Title, Status: string(r.Status)}
		raisedDay, raisedAt := earliest(localDay(r.CreatedAt), r.CreatedAt, r.ConfirmedOn, r.ReleasedOn) // imported: raised no later than confirmed
		for _, e := range []struct {
			day   string
			at    time.Time
			event backend.StoryEvent
		}{{raisedDay, raisedAt, backend.EventRequirementRaised}, {r.ConfirmedOn, time.Time{}, backend.EventRequirementConfirmed},
			{r.ReleasedOn, time.Time{}, backend.EventRequirementReleased}} {
			it.Day, it.At, it.Event = e.day, e.at, e.event
			b.add(it)
		}
	})
}

// baselines are read as their info: the requirements each keeps are skipped.
func (b *storyBuilder) baselines() error {
	return eachJSONOf(b, bBaselinesByCustomer, bBaselines, func(id uuid.UUID, bl *backend.BaselineInfo) {
		b.add(backend.StoryItem{Day: bl.Confirmed.Date, Kind: backend.StoryBaseline, Event: backend.EventBaselineConfirmed, RecordID: id,
			Ref: bl.Ref(), Title: bl.Confirmed.ConfirmedBy, Detail: string(bl.Confirmed.Method)})
	})
}

func (b *storyBuilder) deployments() error {
	type training struct {
		Date  string `json:"date"`
		Score int    `json:"score"`
	}
	type deployment struct {
		Number      int                  `json:"number"`
		ReleaseID   uuid.UUID            `json:"releaseId"`
		Environment backend.Environment  `json:"environment"`
		Status      backend.DeployStatus `json:"status"`
		DeployedOn  string               `json:"deployedOn"`
		Trainings   []training           `json:"trainings"`
		GoLiveOn    string               `json:"goLiveOn"`
		Acceptance  struct {
			Date string `json:"date"`
		} `json:"acceptance"`
	}
	return eachJSONOf(b, bDeploymentsByCustomer, bDeployments, func(id uuid.UUID, d *deployment) {
		rel, _ := b.db.deployments.Release(d.ReleaseID) // the version: in memory
		it := backend.StoryItem{Kind: backend.StoryDeployment, RecordID: id, Ref: backend.Ref("D", d.Number), Title: rel.Version,
			Detail: string(d.Environment), Status: string(d.Status)}
		// A day is a fact once the deployment got there (a go-live day is typed before it goes
		// live; a rolled-back one was deployed but never went live), a training once it was held.
		reached := map[backend.StoryEvent]bool{
			backend.EventDeployed: d.Status.InUse() || d.Status == backend.DepRolledBack,
			backend.EventGoLive:   d.Status == backend.DepLive || d.Status == backend.DepAccepted,
			backend.EventAccepted: d.Status == backend.DepAccepted,
		}
		today := localDay(b.now)
		for _, e := range []struct {
			day   string
			event backend.StoryEvent
		}{{d.DeployedOn, backend.EventDeployed}, {d.GoLiveOn, backend.EventGoLive}, {d.Acceptance.Date, backend.EventAccepted}} {
			if reached[e.event] && e.day <= today {
				it.Day, it.Event = e.day, e.event
				b.add(it)
			}
		}
		for _, t := range d.Trainings {
			if t.Date <= today {
				it.Day, it.Event, it.Score = t.Date, backend.EventTraining, t.Score
				b.add(it)
			}
		}
	})
}

// tickets are read from their rows: the row keeps the clocks' outcomes, and when the resolution
// clock stopped, which is when the ticket was resolved.
func (b *storyBuilder) tickets() error {
	return b.each(bTicketsByCustomer, bTicketRows, func(id uuid.UUID, raw []byte) error {
		r, err := decodeTicketRow(raw)
		if err != nil {
			return fmt.Errorf("ticket row %s: %w", id, err)
		}
		it := backend.StoryItem{Kind: backend.StoryTicket, RecordID: id, Ref: backend.Ref("T", r.Number), Title: r.Title,
			Detail: string(r.Priority), Status: string(r.Status), SLA: r.StoryOutcome(b.now)}
		opened := it
		opened.Day, opened.At, opened.Event = localDay(r.CreatedAt), r.CreatedAt, backend.EventTicketOpened
		b.add(opened)
		if !r.Status.Done() {
			return nil
		}
		done := r.SLA.Resolution.StoppedAt
		if done.IsZero() { // no resolution clock (out of contract): the history says when
			if done, err = b.ticketDoneAt(id); err != nil {
				return err
			}
		}
		it.Day, it.At, it.Event = localDay(done), done, backend.EventTicketResolved
		b.add(it)
		return nil
	})
}

// ticketDoneAt is when a ticket's work last ended, from its history: the first of the status
// changes to resolved or closed since it was last reopened (resolved, then closed days later,
// was resolved the first day). Zero when the history does not say (an import that kept no steps).
func (b *storyBuilder) ticketDoneAt(id uuid.UUID) (time.Time, error) {
	var done time.Time
	c := b.tx.Bucket(bEvents).Cursor()
	k, v := c.Seek(prefixEnd(id[:]))
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	for ; k != nil && bytes.HasPrefix(k, id[:]); k, v = c.Prev() {
		// Only an update changes the status: the thread's entries, often most of a ticket's
		// events, are passed over by their heads.
		head, err := decodeEventRefs(k, v)
		if err != nil {
			return time.Time{}, fmt.Errorf("decode event %x: %w", k, err)
		}
		if head.Action != backend.ActionUpdate {
			continue
		}
		var ev backend.Event
		if err := decodeEvent(k, v, &ev); err != nil {
			return time.Time{}, fmt.Errorf("decode event %x: %w", k, err)
		}
		for _, ch := range ev.Changes {
			if ch.Field != "status" {
				continue
			}
			if s, _ := ch.New.(string); !backend.TicketStatus(s).Done() {
				return done, nil // reopened, or opened: the run of done changes began after this
			}
			done = ev.At
		}
	}
	return done, nil
}

func (b *storyBuilder) callbacks() error {
	type callback struct {
		Number    int                    `json:"number"`
		Source    backend.CallbackSource `json:"source"`
		SourceRef string                 `json:"sourceRef"`
		Topic     string                 `json:"topic"`
		Done      bool                   `json:"done"`
		DoneOn    string                 `json:"doneOn"`
		Score     int                    `json:"score"`
		NPS       int                    `json:"nps"`
	}
	return eachJSONOf(b, bCallbacksByCustomer, bCallbacks, func(id uuid.UUID, c *callback) {
		if !c.Done { // one still to make is a task, not yet part of the story
			return
		}
		it := backend.StoryItem{Day: c.DoneOn, Kind: backend.StoryCallback, Event: backend.EventCallbackDone, RecordID: id,
			Ref: backend.Ref("CB", c.Number), Title: storyTitle(c.Topic), Detail: string(c.Source), Score: c.Score}
		if c.NPS >= 0 {
			it.NPS = &c.NPS
		}
		b.add(it)
	})
}

// contracts tell the maintenance contracts' starts and renewals: a contract that starts after
// another did, and by the day after it ends, renews it (one after a gap starts anew, one beside
// another runs alongside it); a contract that nothing renews is due for renewal on its last day,
// or expired once that has passed.
func (b *storyBuilder) contracts() error {
	var all []backend.Contract
	err := eachJSONOf(b, bContractsByCustomer, bContracts, func(_ uuid.UUID, c *backend.Contract) { all = append(all, *c) })
	if err != nil || len(all) == 0 {
		return err
	}
	levels, err := readLevels(b.tx)
	if err != nil {
		return err
	}
	currency := readSettings(b.tx).Currency // a maintenance price is in the currency of Settings
	today := localDay(b.now)
	slices.SortFunc(all, func(x, y backend.Contract) int {
		return cmp.Or(strings.Compare(x.StartDate, y.StartDate), cmp.Compare(x.Number, y.Number))
	})
	for _, c := range all {
		it := backend.StoryItem{Day: c.StartDate, Kind: backend.StoryContract, Event: backend.EventContractStarted, RecordID: c.ID,
			Ref: c.Ref(), Title: levels.tiers[c.TierID].Name, Amount: backend.Money(math.Round(c.Price * 100)), Currency: currency}
		if slices.ContainsFunc(all, func(p backend.Contract) bool { return renews(c, p) }) {
			it.Event = backend.EventContractRenewed
		}
		b.add(it)
		if slices.ContainsFunc(all, func(next backend.Contract) bool { return renews(next, c) }) {
			continue // renewed: the later contract's item tells it
		}
		it.Day, it.Event = c.EndDate, backend.EventContractExpired
		if c.EndDate >= today {
			it.Event = backend.EventContractRenewalDue
		}
		b.add(it)
	}
	return nil
}

// renews says whether contract c carries on from p: it starts after p did, no later than the day
// after p ends, and runs past p's end.
func renews(c, p backend.Contract) bool {
	end, err := time.Parse(backend.DateLayout, p.EndDate)
	if err != nil || c.ID == p.ID {
		return false
	}
	return c.StartDate > p.StartDate && c.StartDate <= end.AddDate(0, 0, 1).Format(backend.DateLayout) && c.EndDate > p.EndDate
}

// earliest is day (and its moment at) unless one of the other days is earlier: then that day,
// without a moment ("" days are none).
func earliest(day string, at time.Time, others ...string) (string, time.Time) {
	for _, o := range others {
		if o != "" && o < day {
			day, at = o, time.Time{}
		}
	}
	return day, at
}
