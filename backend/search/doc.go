// Package search owns every in-memory index of the app, and knows nothing of the data file:
// storage feeds them the records on open and after each commit.
//
// The list engines serve the lists, boards and queues: customers (customers.go), requirements,
// deals, deployments with releases and the version matrix, tickets with their clocks.
//
// The global search (the header box and Ctrl+K, index.go and query.go) finds every record kind a
// user looks for by its number, its name or title (Chinese substrings, pinyin in full and by
// initials, English words in any case and width), and the emails and phone numbers of contacts;
// below those, the communications and tickets whose long texts hold the words (body.go), whose
// bodies storage reads for the candidates a query's bigrams name.
package search

import (
	"strings"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// The kinds of record searched, in the order their groups are listed.
var Kinds = []string{"customer", "contact", "ticket", "requirement", "deal", "sales_contract", "deployment", "release", "interaction", "callback", "contract", "competitor"}

// Doc is one searchable record: what is matched (its number, its title, more text) and what a
// result shows.
type Doc struct {
	ID         uuid.UUID
	Kind       string
	CustomerID uuid.UUID // zero for a release or a competitor
	Ref        string    // C-0007, T-1024, 2.3.0
	Title      string    // the name or title shown
	Text       string    // more to match: a contact's email and phones, a customer's short name
	Phones     []string  // matched by their digits (phoneDigits)
	Updated    time.Time // recent first among equal matches
	// Body is the record's own long text, matched as a body (body.go): a communication's summary,
	// outcome and next step; a ticket's description (its thread's entries come by Index.Append).
	Body string
}

// DocOf is the searchable form of a stored record (false for a kind not searched). A deployment
// is named by the version it installs: releaseVersion finds it.
func DocOf(v any, releaseVersion func(uuid.UUID) string) (Doc, bool) {
	switch r := v.(type) {
	case backend.Customer:
		return Doc{r.ID, "customer", r.ID, r.Ref(), r.Name, join(r.ShortName, r.City), nil, r.UpdatedAt, ""}, true
	case backend.Contact:
		return Doc{r.ID, "contact", r.CustomerID, r.Ref(), r.Name, join(r.Title, r.Email, r.Phone, r.Mobile, r.WeChat), []string{r.Phone, r.Mobile}, r.UpdatedAt, ""}, true
	case backend.Interaction: // titled by its first line; the whole of it is its body
		first, _, _ := strings.Cut(r.Summary, "\n")
		return Doc{r.ID, "interaction", r.CustomerID, r.Ref(), first, "", nil, r.UpdatedAt, joinLines(r.Summary, r.Outcome, r.NextStep)}, true
	case backend.Requirement:
		return Doc{r.ID, "requirement", r.CustomerID, r.Ref(), r.Title, r.Module, nil, r.UpdatedAt, ""}, true
	case backend.Ticket:
		return Doc{r.ID, "ticket", r.CustomerID, r.Ref(), r.Title, "", nil, r.UpdatedAt, r.Description}, true
	case backend.Deal:
		return Doc{r.ID, "deal", r.CustomerID, r.Ref(), r.Title, strings.Join(r.Products, " "), nil, r.UpdatedAt, ""}, true
	case backend.SalesContract:
		return Doc{r.ID, "sales_contract", r.CustomerID, r.Ref(), r.Title, "", nil, r.UpdatedAt, ""}, true
	case backend.Deployment:
		return Doc{r.ID, "deployment", r.CustomerID, r.Ref(), releaseVersion(r.ReleaseID), "", nil, r.UpdatedAt, ""}, true
	case backend.Release:
		return Doc{r.ID, "release", uuid.Nil, r.Ref(), join(r.Version, r.Name), "", nil, r.UpdatedAt, ""}, true
	case backend.Callback:
		return Doc{r.ID, "callback", r.CustomerID, r.Ref(), r.Topic, join(r.SourceRef, r.Contact), nil, r.UpdatedAt, ""}, true
	case backend.Contract:
		return Doc{r.ID, "contract", r.CustomerID, r.Ref(), "", "", nil, r.UpdatedAt, ""}, true
	case backend.Competitor:
		return Doc{r.ID, "competitor", uuid.Nil, r.Ref(), r.Name, r.Product, nil, r.UpdatedAt, ""}, true
	}
	return Doc{}, false
}

// joinLines is the non-empty parts, a line each.
func joinLines(parts ...string) string { return strings.Join(nonEmpty(parts), "\n") }

// join is the non-empty parts, a space between.
func join(parts ...string) string { return strings.Join(nonEmpty(parts), " ") }

// nonEmpty is the parts trimmed, without the empty ones.
func nonEmpty(parts []string) []string {
	out := parts[:0] // in place: every caller passes its own list
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
