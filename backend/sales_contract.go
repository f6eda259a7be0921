package backend

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"
)

// LicenceType is how the software in a sales contract is licensed.
type LicenceType string

const (
	LicencePerpetual    LicenceType = "perpetual"    // 永久授权
	LicenceSubscription LicenceType = "subscription" // 订阅，按期限
)

// LicenceTypes lists the licence types.
var LicenceTypes = []LicenceType{LicencePerpetual, LicenceSubscription}

// InstalmentTrigger is what makes an instalment of the payment plan due (回款节点).
type InstalmentTrigger string

// InstalmentTriggers: on signing, at go-live, at acceptance, or on a date agreed.
var InstalmentTriggers = []InstalmentTrigger{"signing", "golive", "acceptance", "date"}

// PaymentMethod is how a payment was received.
type PaymentMethod string

// PaymentMethods lists the ways a payment comes in.
var PaymentMethods = []PaymentMethod{"bank_transfer", "alipay", "wechat_pay", "cheque", "cash", "other"}

// Instalment is one step of a contract's payment plan (回款计划): what is due, when. An
// instalment due at go-live or acceptance may have no date until that day is known, or follow a
// deployment of the customer's (DeploymentID): its day is then the deployment's (see DueAt).
type Instalment struct {
	Label        string            `json:"label"`
	Trigger      InstalmentTrigger `json:"trigger"`
	DueOn        string            `json:"dueOn"`
	Amount       Money             `json:"amount"`
	DeploymentID uuid.UUID         `json:"deploymentId" ts_type:"string"`
}

// DueAt is the day an instalment due at trigger falls due by the deployment it follows: its
// go-live day once it went live (or was accepted), its acceptance day once accepted; "" until then
// (a planned go-live that slips must not make the money overdue).
func DueAt(d Deployment, trigger InstalmentTrigger) string {
	switch {
	case trigger == "golive" && (d.Status == DepLive || d.Status == DepAccepted):
		return d.GoLiveOn
	case trigger == "acceptance" && d.Status == DepAccepted:
		return d.Acceptance.Date
	}
	return ""
}

// Invoice is one invoice issued against a contract (开票记录).
type Invoice struct {
	Number string `json:"number"`
	Date   string `json:"date"`
	Amount Money  `json:"amount"`
}

// Payment is one payment received on a contract (回款记录).
type Payment struct {
	Date   string        `json:"date"`
	Amount Money         `json:"amount"`
	Method PaymentMethod `json:"method"`
	Note   string        `json:"note"`
}

// Limits of a sales contract's lists and numbers.
const (
	MaxInstalments = 24
	MaxInvoices    = 200
	MaxPayments    = 200
	MaxTermMonths  = 120
	MaxSeats       = 1_000_000
)

// SalesContract is what a customer signed to buy (销售合同): the amount, the licence, the payment
// plan, and the invoices issued and payments received against it. It may come from a won deal.
type SalesContract struct {
	ID         uuid.UUID   `json:"id" ts_type:"string"`
	Number     int         `json:"number"`
	CustomerID uuid.UUID   `json:"customerId" ts_type:"string"`
	DealID     uuid.UUID   `json:"dealId" ts_type:"string"` // the won deal it came from, if any
	Title      string      `json:"title"`
	SignedOn   string      `json:"signedOn"`
	Amount     Money       `json:"amount"`
	Currency   string      `json:"currency"`
	Rate       int64       `json:"rate"` // CNY per unit of Currency when signed, in millionths
	Licence    LicenceType `json:"licence"`
	TermMonths int         `json:"termMonths"` // a subscription's term
	Seats      int         `json:"seats"`
	// MaintenanceID is the maintenance contract (维保合同) the sale includes, if any.
	MaintenanceID uuid.UUID    `json:"maintenanceId" ts_type:"string"`
	Plan          []Instalment `json:"plan"`
	Invoices      []Invoice    `json:"invoices"`
	Payments      []Payment    `json:"payments"`
	Licences      []Licence    `json:"licences"`
	Notes         string       `json:"notes"` // Markdown
	CreatedAt     time.Time    `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time    `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: SC-0001.
func (c SalesContract) Ref() string { return Ref("SC", c.Number) }

// Normalize validates the contract. Amounts that do not add up (a plan that is not the contract's
// amount, payments above it) are allowed and shown as warnings (see Money): a plan is often
// settled after signing, and a customer may pay a fee on top. Dates may not come before signing.
func (c *SalesContract) Normalize() error {
	var k checker
	if c.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	k.required("title", &c.Title, MaxName)
	k.required("signedOn", &c.SignedOn, MaxShort)
	k.date("signedOn", &c.SignedOn)
	k.amount("amount", c.Amount)
	k.currency("currency", &c.Currency, &c.Rate)
	if c.Licence == "" {
		c.Licence = LicencePerpetual
	}
	oneOf(&k, "licence", c.Licence, LicenceTypes)
	switch {
	case c.Licence == LicencePerpetual:
		c.TermMonths = 0
	case c.TermMonths < 1 || c.TermMonths > MaxTermMonths:
		k.fail("termMonths", "range", "A subscription's term is 1 to 120 months.", map[string]any{"min": 1, "max": MaxTermMonths})
	}
	if c.Seats < 0 || c.Seats > MaxSeats {
		k.fail("seats", "range", "Seats are 0 to 1000000.", map[string]any{"min": 0, "max": MaxSeats})
	}
	k.text("notes", &c.Notes, MaxMarkdown, true)
	k.plan(c)
	k.invoices(c)
	k.payments(c)
	k.licences(c)
	return k.result()
}

// notBefore checks a date of the contract's lists: valid, and not before the signing.
func (k *checker) notBefore(field string, date *string, signed string) {
	k.date(field, date)
	if k.err == nil && *date != "" && signed != "" && *date < signed {
		k.fail(field, "date_order", fmt.Sprintf("This date cannot be before %s.", signed), map[string]any{"date": signed})
	}
}

func (k *checker) plan(c *SalesContract) {
	if c.Plan == nil {
		c.Plan = []Instalment{}
	}
	if len(c.Plan) > MaxInstalments {
		k.fail("plan", "too_many", "At most 24 instalments.", map[string]any{"max": MaxInstalments})
	}
	for i := range c.Plan {
		in := &c.Plan[i]
		k.text("plan", &in.Label, MaxShort, false)
		if in.Trigger == "" {
			in.Trigger = "date"
		}
		oneOf(k, "plan", in.Trigger, InstalmentTriggers)
		if in.Trigger == "signing" {
			in.DueOn = c.SignedOn // due the day it is signed, whatever that day becomes
		}
		if in.DeploymentID != uuid.Nil {
			if in.Trigger != "golive" && in.Trigger != "acceptance" {
				k.fail("plan", "deployment_trigger", "Only an instalment due at go-live or acceptance can follow a deployment.", nil)
			}
			in.DueOn = "" // the deployment's day, filled in when stored
		}
		k.notBefore("plan", &in.DueOn, c.SignedOn)
		if k.err == nil && in.DueOn == "" && in.Trigger == "date" {
			k.fail("plan", "required", "This field is required.", nil)
		}
		k.amount("plan", in.Amount)
	}
}

func (k *checker) invoices(c *SalesContract) {
	if c.Invoices == nil {
		c.Invoices = []Invoice{}
	}
	if len(c.Invoices) > MaxInvoices {
		k.fail("invoices", "too_many", "At most 200 invoices.", map[string]any{"max": MaxInvoices})
	}
	for i := range c.Invoices {
		in := &c.Invoices[i]
		k.text("invoices", &in.Number, MaxShort, false)
		k.required("invoices", &in.Date, MaxShort)
		k.notBefore("invoices", &in.Date, c.SignedOn)
		k.amount("invoices", in.Amount)
	}
}

func (k *checker) payments(c *SalesContract) {
	if c.Payments == nil {
		c.Payments = []Payment{}
	}
	if len(c.Payments) > MaxPayments {
		k.fail("payments", "too_many", "At most 200 payments.", map[string]any{"max": MaxPayments})
	}
	for i := range c.Payments {
		p := &c.Payments[i]
		k.required("payments", &p.Date, MaxShort)
		k.notBefore("payments", &p.Date, c.SignedOn)
		k.amount("payments", p.Amount)
		if p.Method == "" {
			p.Method = "bank_transfer"
		}
		oneOf(k, "payments", p.Method, PaymentMethods)
		k.text("payments", &p.Note, MaxLine, false)
	}
}

// ContractMoney is where a contract's money stands on a day, in its currency: what was invoiced
// and received, what is still to come, what is overdue and since when, and the warnings.
type ContractMoney struct {
	Invoiced    Money `json:"invoiced"`
	Received    Money `json:"received"`
	Outstanding Money `json:"outstanding"` // the amount not yet received (0 when more came in)
	Due         Money `json:"due"`         // the plan's instalments due by the day
	Overdue     Money `json:"overdue"`     // due and not received
	// OverdueSince is the due day of the oldest instalment not fully paid, when something is overdue:
	// payments pay the plan's instalments in order of their due days.
	OverdueSince string `json:"overdueSince"`
	// PlanDifference is the amount minus the plan's sum: not 0 when the plan does not add up.
	PlanDifference Money `json:"planDifference"`
	// Overpaid is what was received above the amount.
	Overpaid Money `json:"overpaid"`
}

// MoneyOn works out the contract's money on day (YYYY-MM-DD): payments dated later are not
// received yet, and an instalment is overdue from the day after it was due.
func (c SalesContract) MoneyOn(day string) ContractMoney {
	var m ContractMoney
	for _, in := range c.Invoices {
		m.Invoiced += in.Amount
	}
	for _, p := range c.Payments {
		if p.Date <= day {
			m.Received += p.Amount
		}
	}
	m.Outstanding = max(0, c.Amount-m.Received)
	m.Overpaid = max(0, m.Received-c.Amount)
	planned, pastDue := Money(0), Money(0)
	paid := m.Received
	for _, in := range sortedPlan(c.Plan) {
		planned += in.Amount
		if in.DueOn == "" || in.DueOn > day {
			continue
		}
		m.Due += in.Amount
		if in.DueOn == day { // due today: not late yet
			continue
		}
		pastDue += in.Amount
		if paid >= in.Amount {
			paid -= in.Amount
			continue
		}
		paid = 0
		if m.OverdueSince == "" {
			m.OverdueSince = in.DueOn
		}
	}
	m.Overdue = min(max(0, pastDue-m.Received), m.Outstanding) // a plan above the amount owes no more than it
	if m.Overdue == 0 {
		m.OverdueSince = ""
	}
	m.PlanDifference = c.Amount - planned
	return m
}

// sortedPlan is the plan in order of due days, undated instalments last: the plan itself when it
// is in that order already (as plans usually are), else a sorted copy.
func sortedPlan(plan []Instalment) []Instalment {
	if slices.IsSortedFunc(plan, func(a, b Instalment) int {
		switch {
		case laterDue(a, b):
			return 1
		case laterDue(b, a):
			return -1
		}
		return 0
	}) {
		return plan
	}
	out := append([]Instalment(nil), plan...)
	for i := 1; i < len(out); i++ { // a handful of instalments: insertion sort, stable
		for j := i; j > 0 && laterDue(out[j-1], out[j]); j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out
}

func laterDue(a, b Instalment) bool {
	switch {
	case a.DueOn == "":
		return b.DueOn != ""
	case b.DueOn == "":
		return false
	}
	return a.DueOn > b.DueOn
}

// SalesContractRow is a contract with its customer, the deal it came from and its money today.
type SalesContractRow struct {
	Contract     SalesContract `json:"contract"`
	CustomerName string        `json:"customerName"`
	CustomerRef  string        `json:"customerRef"`
	DealRef      string        `json:"dealRef"`
	Money        ContractMoney `json:"money"`
}

// SalesContractService keeps sales contracts.
type SalesContractService interface {
	// Create stores a new contract; one from a deal needs the customer's won deal.
	Create(ctx context.Context, c SalesContract) (SalesContract, error)
	Update(ctx context.Context, c SalesContract) (SalesContract, error)
	Delete(ctx context.Context, id uuid.UUID) error
	// ByCustomer lists a customer's contracts, latest signed first, with their money today.
	ByCustomer(ctx context.Context, customerID uuid.UUID) ([]SalesContractRow, error)
	// Receivables lists the contracts with money still to come, most overdue first, with totals.
	Receivables(ctx context.Context, q ReceivablesQuery) (ReceivablesPage, error)
	// All lists every contract with its customer, latest signed first, with its money today: the
	// exports of contracts, invoices, payments and licences (it reads every contract).
	All(ctx context.Context) ([]SalesContractRow, error)
	// LicencesDue lists the first limit licences expiring within LicenceWarnDays of today or
	// expired within LicenceExpiredDays that no later licence of the customer replaces, soonest
	// first, and how many there are.
	LicencesDue(ctx context.Context, limit int) (LicencesDuePage, error)
}

// Ageing buckets of overdue money, by days past the oldest unpaid instalment's due day.
var AgeingBuckets = []string{"current", "1_30", "31_90", "over_90"}

// AgeingOf is the bucket of an amount overdue since since (YYYY-MM-DD) on day; "current" when
// nothing is overdue.
func AgeingOf(since, day string) string {
	if since == "" || since >= day {
		return "current"
	}
	switch days := DaysBetween(since, day); {
	case days <= 30:
		return "1_30"
	case days <= 90:
		return "31_90"
	}
	return "over_90"
}

// ReceivablesQuery filters the receivables: every contract with money still to come, or only the
// overdue ones, of every customer or one.
type ReceivablesQuery struct {
	CustomerID  uuid.UUID `json:"customerId" ts_type:"string"`
	OverdueOnly bool      `json:"overdueOnly"`
	Offset      int       `json:"offset"`
	Limit       int       `json:"limit"`
}

// Normalize fills the page's defaults.
func (q *ReceivablesQuery) Normalize() {
	if q.Offset < 0 {
		q.Offset = 0
	}
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
}

// Receivable is a contract with money still to come, its amounts in its currency and in CNY.
type Receivable struct {
	ContractID   uuid.UUID     `json:"contractId" ts_type:"string"`
	Ref          string        `json:"ref"`
	Title        string        `json:"title"`
	CustomerID   uuid.UUID     `json:"customerId" ts_type:"string"`
	CustomerName string        `json:"customerName"`
	CustomerRef  string        `json:"customerRef"`
	SignedOn     string        `json:"signedOn"`
	Currency     string        `json:"currency"`
	Amount       Money         `json:"amount"`
	Money        ContractMoney `json:"money"`
	OverdueCNY   Money         `json:"overdueCny"`
	Ageing       string        `json:"ageing"` // one of AgeingBuckets
}

// ReceivablesPage is a page of receivables, most overdue first, with the totals in CNY of all
// that match: outstanding, overdue, and overdue by age.
type ReceivablesPage struct {
	Rows           []Receivable     `json:"rows"`
	Total          int              `json:"total"`
	OutstandingCNY Money            `json:"outstandingCny"`
	OverdueCNY     Money            `json:"overdueCny"`
	ByAge          map[string]Money `json:"byAge"` // CNY by ageing bucket (current: outstanding not yet due)
}
