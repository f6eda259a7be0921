package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// MaxPage is the largest page any list returns.
const MaxPage = 200

// CustomerRow is what lists, filters, sorting and search need of a customer: a compact summary
// kept up to date on every write, so a list never decodes full records.
type CustomerRow struct {
	ID               uuid.UUID `json:"id" ts_type:"string"`
	Number           int       `json:"number"`
	Name             string    `json:"name"`
	ShortName        string    `json:"shortName"`
	Industry         string    `json:"industry"`
	City             string    `json:"city"`
	Region           string    `json:"region"`
	Channel          Channel   `json:"channel"`
	Stage            Stage     `json:"stage"`
	Tags             []string  `json:"tags"`
	Archived         bool      `json:"archived"`
	PrimaryContact   string    `json:"primaryContact"`
	ContactCount     int       `json:"contactCount"`
	InteractionCount int       `json:"interactionCount"`
	LastContactAt    time.Time `json:"lastContactAt" ts_type:"string"`
	NextFollowUp     string    `json:"nextFollowUp"`
	CreatedAt        time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt        time.Time `json:"updatedAt" ts_type:"string"`
}

// CustomerSort names the columns a customer list can be sorted by.
type CustomerSort string

const (
	SortName         CustomerSort = "name"
	SortNumber       CustomerSort = "number"
	SortStage        CustomerSort = "stage"
	SortUpdated      CustomerSort = "updatedAt"
	SortCreated      CustomerSort = "createdAt"
	SortLastContact  CustomerSort = "lastContactAt"
	SortNextFollowUp CustomerSort = "nextFollowUp"
)

// CustomerSorts lists the sortable columns.
var CustomerSorts = []CustomerSort{SortName, SortNumber, SortStage, SortUpdated, SortCreated, SortLastContact, SortNextFollowUp}

// CustomerQuery selects one page of the customer list.
type CustomerQuery struct {
	Search   string       `json:"search"`   // words matched in name, short name, number, contacts' names, phones, emails
	Stages   []Stage      `json:"stages"`   // any of these; empty means all
	Channels []Channel    `json:"channels"` // any of these; empty means all
	Tag      string       `json:"tag"`
	Archived bool         `json:"archived"` // true lists the archived customers instead of the active ones
	Sort     CustomerSort `json:"sort"`
	Desc     bool         `json:"desc"`
	Offset   int          `json:"offset"`
	Limit    int          `json:"limit"`
}

// Normalize validates the query and fills defaults.
func (q *CustomerQuery) Normalize() error {
	var k checker
	k.text("search", &q.Search, MaxShort, false)
	for _, s := range q.Stages {
		oneOf(&k, "stages", s, Stages)
	}
	for _, c := range q.Channels {
		oneOf(&k, "channels", c, Channels)
	}
	k.text("tag", &q.Tag, MaxTag, false)
	if q.Sort == "" {
		q.Sort = SortUpdated
		q.Desc = true
	}
	oneOf(&k, "sort", q.Sort, CustomerSorts)
	if q.Offset < 0 {
		q.Offset = 0
	}
	if q.Limit <= 0 || q.Limit > MaxPage {
		q.Limit = 50
	}
	return k.result()
}

// CustomerPage is one page of the customer list and the number of matches in all.
type CustomerPage struct {
	Rows  []CustomerRow `json:"rows"`
	Total int           `json:"total"`
}

// TagCount is a tag in use and how many active customers carry it.
type TagCount struct {
	Tag   string `json:"tag"`
	Count int    `json:"count"`
}

// LinkedCounts tells what else refers to a customer (shown before deleting it).
type LinkedCounts struct {
	Contacts       int `json:"contacts"`
	Interactions   int `json:"interactions"`
	Requirements   int `json:"requirements"`
	Baselines      int `json:"baselines"` // confirmed requirement sets: a customer's signed record
	Deployments    int `json:"deployments"`
	Contracts      int `json:"contracts"`
	Tickets        int `json:"tickets"`
	Deals          int `json:"deals"`
	SalesContracts int `json:"salesContracts"`
}

// Total is the number of linked records of every kind.
func (n LinkedCounts) Total() int {
	return n.Contacts + n.Interactions + n.Requirements + n.Baselines + n.Deployments + n.Contracts + n.Tickets + n.Deals + n.SalesContracts
}

// CustomerService keeps customers.
type CustomerService interface {
	Create(ctx context.Context, c Customer) (Customer, error)
	Update(ctx context.Context, c Customer) (Customer, error)
	Get(ctx context.Context, id uuid.UUID) (Customer, error)
	List(ctx context.Context, q CustomerQuery) (CustomerPage, error)
	Tags(ctx context.Context) ([]TagCount, error)
	Linked(ctx context.Context, id uuid.UUID) (LinkedCounts, error)
	SetArchived(ctx context.Context, id uuid.UUID, archived bool) (Customer, error)
	// Delete removes a customer with no linked records; one with contacts, communications or
	// requirements is refused with a conflict (archive it instead), so nothing is cascaded away.
	Delete(ctx context.Context, id uuid.UUID) error
}

// ContactService keeps the contacts of customers.
type ContactService interface {
	Create(ctx context.Context, c Contact) (Contact, error)
	Update(ctx context.Context, c Contact) (Contact, error)
	Delete(ctx context.Context, id uuid.UUID) error
	ListByCustomer(ctx context.Context, customerID uuid.UUID) ([]Contact, error)
}

// InteractionPage is one page of a communication log, newest first.
type InteractionPage struct {
	Rows  []Interaction `json:"rows"`
	Total int           `json:"total"`
}

// FollowUp is an open follow-up on the home page.
type FollowUp struct {
	Interaction  Interaction `json:"interaction"`
	CustomerName string      `json:"customerName"`
	CustomerRef  string      `json:"customerRef"`
}

// FollowUps are the open follow-ups due up to a week ahead, split for the home page. Each list
// holds the first items of its group (oldest due first); the totals count the whole group.
type FollowUps struct {
	Today         string     `json:"today"`
	Overdue       []FollowUp `json:"overdue"`
	DueToday      []FollowUp `json:"dueToday"`
	Upcoming      []FollowUp `json:"upcoming"` // the next 7 days
	OverdueTotal  int        `json:"overdueTotal"`
	DueTodayTotal int        `json:"dueTodayTotal"`
	UpcomingTotal int        `json:"upcomingTotal"`
}

// InteractionService keeps the communication log.
type InteractionService interface {
	Create(ctx context.Context, i Interaction) (Interaction, error)
	Update(ctx context.Context, i Interaction) (Interaction, error)
	Delete(ctx context.Context, id uuid.UUID) error
	Get(ctx context.Context, id uuid.UUID) (Interaction, error)
	ListByCustomer(ctx context.Context, customerID uuid.UUID, offset, limit int) (InteractionPage, error)
	SetFollowUpDone(ctx context.Context, id uuid.UUID, done bool) (Interaction, error)
	// FollowUps lists at most limit items per group (1 to MaxPage; other values mean MaxPage).
	FollowUps(ctx context.Context, limit int) (FollowUps, error)
	// Position is how many communications come before this one in its customer's log (newest
	// first), so a link to it can open the page of the log that shows it.
	Position(ctx context.Context, id uuid.UUID) (int, error)
}

// CustomerBundle is a customer with its contacts and communications: the unit of imports and of
// the sample data.
type CustomerBundle struct {
	Customer     Customer      `json:"customer"`
	Contacts     []Contact     `json:"contacts"`
	Interactions []Interaction `json:"interactions"`
	Requirements []Requirement `json:"requirements"` // sources other than meetings (their ids are not known yet)
}

// ImportService adds many records at once.
type ImportService interface {
	// ImportCustomers validates and stores every bundle (new ids and numbers are assigned). It
	// stops at the first invalid record, naming it; bundles stored before it stay.
	ImportCustomers(ctx context.Context, bundles []CustomerBundle) (int, error)
	// ImportReleases stores releases and then deployments as they are (statuses included),
	// returning how many records were stored; records may carry their own new ids.
	ImportReleases(ctx context.Context, releases []Release, deployments []Deployment) (int, error)
	// ImportContracts stores maintenance contracts, then ImportTickets replays tickets' histories
	// (their steps checked as if made by hand, at their own times) and works out their clocks.
	ImportContracts(ctx context.Context, contracts []Contract) (int, error)
	ImportTickets(ctx context.Context, tickets []TicketHistory) (int, error)
}

// RequirementService keeps requirements and moves them through their workflow.
type RequirementService interface {
	Create(ctx context.Context, r Requirement) (Requirement, error)
	// Update saves the editable fields (not the status, number or customer).
	Update(ctx context.Context, r Requirement) (Requirement, error)
	Get(ctx context.Context, id uuid.UUID) (Requirement, error)
	ListByCustomer(ctx context.Context, customerID uuid.UUID) (CustomerRequirements, error)
	// Transition moves a requirement to another status (see CheckTransition); reason is recorded.
	Transition(ctx context.Context, id uuid.UUID, to ReqStatus, reason string) (Requirement, error)
	// Delete removes a draft or rejected requirement; later ones are deferred or rejected instead,
	// so what a customer saw never silently disappears.
	Delete(ctx context.Context, id uuid.UUID) error
	// List pages through the requirements of every customer (or one), filtered and sorted.
	List(ctx context.Context, q RequirementQuery) (RequirementPage, error)
	// Board returns, for each status, the count and the first perColumn cards (most important
	// first), for the same filters as List (its statuses, sort and paging are ignored).
	Board(ctx context.Context, q RequirementQuery, perColumn int) ([]BoardColumn, error)
	// Modules lists the module names in use (of one customer, or of all when customerID is zero),
	// with how many requirements each has, most used first.
	Modules(ctx context.Context, customerID uuid.UUID) ([]NameCount, error)
}

// NameCount is a name in use and how many records carry it.
type NameCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}
