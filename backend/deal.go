package backend

import (
	"context"
	"strings"
	"time"

	"github.com/google/uuid"
)

// DealStage is where a deal (销售机会) stands in the pipeline.
type DealStage string

const (
	DealInitial     DealStage = "initial"     // 初步接洽
	DealQualified   DealStage = "qualified"   // 需求确认
	DealProposal    DealStage = "proposal"    // 方案/报价
	DealNegotiation DealStage = "negotiation" // 商务谈判
	DealWon         DealStage = "won"         // 赢单
	DealLost        DealStage = "lost"        // 输单
)

// DealStages lists the stages in pipeline order (the columns of the board).
var DealStages = []DealStage{DealInitial, DealQualified, DealProposal, DealNegotiation, DealWon, DealLost}

// Open reports whether a deal in stage s is still to be won or lost.
func (s DealStage) Open() bool { return s != DealWon && s != DealLost }

// StageProbability is the chance of winning a deal in each stage, in percent, that a deal takes
// when it enters the stage; the user may change it.
var StageProbability = map[DealStage]int{DealInitial: 10, DealQualified: 30, DealProposal: 50, DealNegotiation: 70, DealWon: 100, DealLost: 0}

// Limits of a deal's lists.
const (
	MaxProducts  = 20
	MaxDealLinks = 100
)

// Deal is a chance of a sale to a customer: what is offered, for how much, how likely and by when.
type Deal struct {
	ID          uuid.UUID `json:"id" ts_type:"string"`
	Number      int       `json:"number"`
	CustomerID  uuid.UUID `json:"customerId" ts_type:"string"`
	Title       string    `json:"title"`
	Amount      Money     `json:"amount"`   // hundredths of Currency
	Currency    string    `json:"currency"` // CNY unless said otherwise
	Rate        int64     `json:"rate"`     // CNY per unit of Currency when the deal was entered, in millionths
	Stage       DealStage `json:"stage"`
	Probability int       `json:"probability"` // percent
	// ExpectedClose is the day the deal is expected to be won or lost (YYYY-MM-DD, may be empty).
	ExpectedClose string   `json:"expectedClose"`
	ClosedOn      string   `json:"closedOn"` // the day it was won or lost
	Channel       Channel  `json:"channel"`  // how the deal came in (may be empty)
	Products      []string `json:"products"` // the products and modules offered
	NextStep      string   `json:"nextStep"`
	LostReason    string   `json:"lostReason"`
	Notes         string   `json:"notes"` // Markdown
	// The communications and requirements that came from the deal (the customer's own).
	InteractionIDs []uuid.UUID `json:"interactionIds" ts_type:"string[]"`
	RequirementIDs []uuid.UUID `json:"requirementIds" ts_type:"string[]"`
	// Quotes are the price offers made on the deal, by number: saved and deleted one at a time
	// (SaveQuote, DeleteQuote), never by the deal's own form.
	Quotes []Quote `json:"quotes"`
	// LastQuote is the highest quote number given, deleted ones included: a number is never given
	// twice, as the customer may still hold a deleted quote.
	LastQuote int       `json:"lastQuote"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: DL-0001.
func (d Deal) Ref() string { return Ref("DL", d.Number) }

// AmountCNY is the deal's amount in CNY at its rate.
func (d Deal) AmountCNY() Money { return InCNY(d.Amount, d.Rate) }

// Normalize validates the deal. A won deal needs its amount; a lost one its reason (asked for
// as a gate, see CheckDealMove). Won deals are certain (100 %), lost ones have no chance (0 %).
func (d *Deal) Normalize() error {
	var k checker
	if d.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	k.required("title", &d.Title, MaxName)
	k.amount("amount", d.Amount)
	k.currency("currency", &d.Currency, &d.Rate)
	if d.Stage == "" {
		d.Stage = DealInitial
	}
	oneOf(&k, "stage", d.Stage, DealStages)
	switch d.Stage {
	case DealWon:
		d.Probability = 100
	case DealLost:
		d.Probability = 0
	}
	if d.Probability < 0 || d.Probability > 100 {
		k.fail("probability", "range", "The probability is 0 to 100 %.", map[string]any{"min": 0, "max": 100})
	}
	k.date("expectedClose", &d.ExpectedClose)
	k.date("closedOn", &d.ClosedOn)
	if d.Channel != "" {
		oneOf(&k, "channel", d.Channel, Channels)
	}
	k.products(&d.Products)
	k.text("nextStep", &d.NextStep, MaxLine, false)
	k.text("lostReason", &d.LostReason, MaxLine, false)
	k.text("notes", &d.Notes, MaxMarkdown, true)
	k.links("interactionIds", &d.InteractionIDs)
	k.links("requirementIds", &d.RequirementIDs)
	k.quotes(d)
	if k.err == nil && d.Stage == DealWon && d.Amount == 0 {
		k.fail("amount", "won_without_amount", "A won deal needs its amount.", nil)
	}
	if k.err == nil && d.Stage == DealLost && d.LostReason == "" {
		k.fail("lostReason", "required", "This field is required.", nil)
	}
	if d.Stage.Open() {
		d.ClosedOn, d.LostReason = "", ""
	}
	if d.Stage == DealWon {
		d.LostReason = ""
	}
	return k.result()
}

// products trims the product names, drops empty and repeated ones, and checks count and length.
func (c *checker) products(products *[]string) {
	out := []string{}
	seen := map[string]bool{}
	for _, p := range *products {
		c.text("products", &p, MaxShort, false)
		if c.err != nil {
			return
		}
		if p != "" && !seen[strings.ToLower(p)] {
			seen[strings.ToLower(p)] = true
			out = append(out, p)
		}
	}
	if len(out) > MaxProducts {
		c.fail("products", "too_many", "At most 20 products.", map[string]any{"max": MaxProducts})
	}
	*products = out
}

// links drops repeated ids and the empty one, and checks the count.
func (c *checker) links(field string, ids *[]uuid.UUID) {
	out := []uuid.UUID{}
	seen := map[uuid.UUID]bool{}
	for _, id := range *ids {
		if id != uuid.Nil && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	if len(out) > MaxDealLinks {
		c.fail(field, "too_many", "At most 100 links.", map[string]any{"max": MaxDealLinks})
	}
	*ids = out
}

// CheckDealMove is the gate on losing a deal: the reason it was lost is asked for, and kept.
func CheckDealMove(to DealStage, reason string) error {
	var k checker
	oneOf(&k, "stage", to, DealStages)
	k.text("reason", &reason, MaxLine, false)
	if k.err != nil {
		return k.err
	}
	if to == DealLost && reason == "" {
		return needReason("lost_reason", "Why was the deal lost? The reason is kept with the deal.", map[string]any{})
	}
	return nil
}

// DealRow is a deal as lists and the board show it.
type DealRow struct {
	ID            uuid.UUID `json:"id" ts_type:"string"`
	Number        int       `json:"number"`
	CustomerID    uuid.UUID `json:"customerId" ts_type:"string"`
	Title         string    `json:"title"`
	Amount        Money     `json:"amount"`
	Currency      string    `json:"currency"`
	AmountCNY     Money     `json:"amountCny"`
	Stage         DealStage `json:"stage"`
	Probability   int       `json:"probability"`
	ExpectedClose string    `json:"expectedClose"`
	ClosedOn      string    `json:"closedOn"`
	Channel       Channel   `json:"channel"`
	CreatedAt     time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time `json:"updatedAt" ts_type:"string"`
}

// Row is the deal's list row.
func (d Deal) Row() DealRow {
	return DealRow{ID: d.ID, Number: d.Number, CustomerID: d.CustomerID, Title: d.Title, Amount: d.Amount, Currency: d.Currency,
		AmountCNY: d.AmountCNY(), Stage: d.Stage, Probability: d.Probability, ExpectedClose: d.ExpectedClose, ClosedOn: d.ClosedOn,
		Channel: d.Channel, CreatedAt: d.CreatedAt, UpdatedAt: d.UpdatedAt}
}

// Weighted is the row's amount in CNY times its probability (the forecast's share of it).
func (r DealRow) Weighted() Money { return (r.AmountCNY*Money(r.Probability) + 50) / 100 }

// DealSort is a column the deal list sorts by.
type DealSort string

// DealSorts are the sortable columns.
var DealSorts = []DealSort{"updatedAt", "number", "title", "amount", "expectedClose", "probability"}

// DealQuery filters, sorts and pages the deal list.
type DealQuery struct {
	CustomerID uuid.UUID   `json:"customerId" ts_type:"string"` // zero: every customer
	Search     string      `json:"search"`                      // words in number and title
	Stages     []DealStage `json:"stages"`
	Channels   []Channel   `json:"channels"`
	Sort       DealSort    `json:"sort"`
	Desc       bool        `json:"desc"`
	Offset     int         `json:"offset"`
	Limit      int         `json:"limit"`
}

// Normalize validates the query and fills defaults.
func (q *DealQuery) Normalize() error {
	var k checker
	k.text("search", &q.Search, MaxShort, false)
	for _, s := range q.Stages {
		oneOf(&k, "stages", s, DealStages)
	}
	for _, c := range q.Channels {
		oneOf(&k, "channels", c, Channels)
	}
	if q.Sort == "" {
		q.Sort, q.Desc = "updatedAt", true
	}
	oneOf(&k, "sort", q.Sort, DealSorts)
	if q.Offset < 0 {
		q.Offset = 0
	}
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	return k.result()
}

// DealListRow is a list row with its customer's name and number.
type DealListRow struct {
	Row          DealRow `json:"row"`
	CustomerName string  `json:"customerName"`
	CustomerRef  string  `json:"customerRef"`
}

// DealPage is one page of the deal list, the number of matches and their sums in CNY.
type DealPage struct {
	Rows     []DealListRow `json:"rows"`
	Total    int           `json:"total"`
	Sum      Money         `json:"sum"`      // the matches' amounts
	Weighted Money         `json:"weighted"` // the matches' amounts times their probabilities
}

// DealColumn is one stage of the board: its count, sums and first cards (soonest to close first).
type DealColumn struct {
	Stage    DealStage     `json:"stage"`
	Total    int           `json:"total"`
	Sum      Money         `json:"sum"`
	Weighted Money         `json:"weighted"`
	Cards    []DealListRow `json:"cards"`
}

// LinkedRecord is a record a deal links to, as a line: its number, title and date.
type LinkedRecord struct {
	ID    uuid.UUID `json:"id" ts_type:"string"`
	Ref   string    `json:"ref"`
	Title string    `json:"title"`
	Date  string    `json:"date"`
}

// DealDetail is a deal with its customer and the records it links to.
type DealDetail struct {
	Deal         Deal           `json:"deal"`
	CustomerName string         `json:"customerName"`
	CustomerRef  string         `json:"customerRef"`
	Interactions []LinkedRecord `json:"interactions"`
	Requirements []LinkedRecord `json:"requirements"`
}

// DealService keeps deals.
type DealService interface {
	// Create stores a new deal; a won one makes its customer (a lead or prospect) a customer.
	Create(ctx context.Context, d Deal) (Deal, error)
	Update(ctx context.Context, d Deal) (Deal, error)
	// Move puts a deal in another stage with that stage's probability; losing one needs the reason.
	Move(ctx context.Context, id uuid.UUID, to DealStage, reason string) (Deal, error)
	Delete(ctx context.Context, id uuid.UUID) error
	Get(ctx context.Context, id uuid.UUID) (DealDetail, error)
	List(ctx context.Context, q DealQuery) (DealPage, error)
	// Board is every stage's column of the deals q matches (its stages ignored), perColumn cards each.
	Board(ctx context.Context, q DealQuery, perColumn int) ([]DealColumn, error)
	// SaveQuote adds a quote to a deal (number 0: the next number) or replaces the one of its
	// number, in the deal's currency; setAmount makes the quote's total the deal's amount.
	SaveQuote(ctx context.Context, dealID uuid.UUID, q Quote, setAmount bool) (Deal, error)
	DeleteQuote(ctx context.Context, dealID uuid.UUID, number int) (Deal, error)
}
