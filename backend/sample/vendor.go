package sample

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Lang is the language the sample vendor is written in: the user's interface language.
type Lang int

const (
	Chinese Lang = iota
	English
)

// ParseLang reads the interface language the frontend sends ("zh-CN", "en").
func ParseLang(s string) (Lang, error) {
	switch {
	case strings.HasPrefix(s, "zh"):
		return Chinese, nil
	case s == "en" || strings.HasPrefix(s, "en-"):
		return English, nil
	}
	return English, backend.Invalid("language", "enum", fmt.Sprintf("Unknown language %q: choose zh-CN or en.", s), map[string]any{"value": s})
}

// text is one text in both languages, side by side: Chinese first, English second.
type text [2]string

func (t text) in(l Lang) string { return t[l] }

// Services are what the sample is loaded through: the bulk import for the history a vendor
// brings along, and the regular services for what only they do (confirming baselines, moving
// requirements on, planning and recording callbacks, linking feature requests).
type Services struct {
	Import         backend.ImportService
	Customers      backend.CustomerService
	Requirements   backend.RequirementService
	Competitors    backend.CompetitorService
	Baselines      backend.BaselineService
	Deployments    backend.DeploymentService
	Tickets        backend.TicketService
	Callbacks      backend.CallbackService
	ServiceLevels  backend.ServiceLevelService
	Deals          backend.DealService
	SalesContracts backend.SalesContractService
}

// vendor is one load of the sample: the language, the moment it is dated from, and the ids the
// stored records were given, by the keys the plans name them with.
type vendor struct {
	s            Services
	l            Lang
	now          time.Time
	customers    map[string]uuid.UUID // by customer key
	requirements map[string]uuid.UUID // by requirement key
	competitors  map[string]uuid.UUID
	releases     map[string]uuid.UUID // by version
	deployments  map[string]uuid.UUID // by deployment key
	tickets      map[string]uuid.UUID // by ticket key
	tiers        map[string]uuid.UUID // "5x8" (business hours) and "7x24"
}

// Load fills an empty database with a small software vendor (a manufacturing-execution product,
// versions 2.x and 3.x) and its customers at every stage: in talks, confirming requirements, in
// development, in deployment and training, live under maintenance contracts with open, at-risk
// and breached tickets and callbacks, and lost. Everything is dated relative to now. It returns
// the number of customers. The caller checks the database is empty.
func Load(ctx context.Context, s Services, l Lang, now time.Time) (int, error) {
	v := &vendor{s: s, l: l, now: now, customers: map[string]uuid.UUID{}, requirements: map[string]uuid.UUID{},
		competitors: map[string]uuid.UUID{}, releases: map[string]uuid.UUID{}, deployments: map[string]uuid.UUID{},
		tickets: map[string]uuid.UUID{}, tiers: map[string]uuid.UUID{}}
	steps := []struct {
		what string
		run  func(context.Context) error
	}{
		{"competitors", v.addCompetitors},
		{"customers", v.addCustomers},
		{"deals", v.addDeals},
		{"baselines", v.confirmBaselines},
		{"releases", v.addDeliveries},
		{"contracts", v.addContracts},
		{"tickets", v.addTickets},
		{"aftercare", v.aftercare},
	}
	for _, st := range steps {
		if err := st.run(ctx); err != nil {
			return 0, fmt.Errorf("sample %s: %w", st.what, err)
		}
	}
	return len(roster), nil
}

// date is the date days from today (negative: ago), as the forms write it.
func (v *vendor) date(days int) string {
	return v.now.AddDate(0, 0, days).Format(backend.DateLayout)
}

// ago is the moment d before now.
func (v *vendor) ago(d time.Duration) time.Time { return v.now.Add(-d) }

// texts renders each text in the vendor's language.
func (v *vendor) texts(ts []text) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.in(v.l)
	}
	return out
}

const (
	hour = time.Hour
	day  = 24 * time.Hour
)

// find is the plan item with the key. The plans name each other by key, so a miss is a typo in
// them (the tests load every plan).
func find[T any](items []T, key string, keyOf func(T) string) T {
	for _, it := range items {
		if keyOf(it) == key {
			return it
		}
	}
	panic("sample: nothing is named " + key)
}

// idOf is the id of the stored record whose name or title is text (unique in the sample), as
// the import does not say which ids it gave; uuid.Nil when none is.
func idOf[R any](rows []R, text string, of func(R) (uuid.UUID, string)) uuid.UUID {
	for _, r := range rows {
		if id, name := of(r); name == text {
			return id
		}
	}
	return uuid.Nil
}
