package document

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// DossierStoryLimit is how many of the story's latest items a dossier lists: a customer with
// years of records still exports in a moment, and a visit needs the recent past.
const DossierStoryLimit = 500

// DossierInput is a customer dossier (客户档案), read before a visit: the profile, the people,
// what is open now, and the story newest first.
type DossierInput struct {
	Lang     Lang
	Vendor   string
	Date     time.Time // the day it is made
	Now      time.Time // the instant the tickets' clocks are judged at
	Customer backend.Customer
	Contacts []backend.Contact
	// Contract is the maintenance contract in force, else the latest; Production the release
	// that runs in production (its latest deployment in use). nil: none.
	Contract    *backend.ContractRow
	Production  *backend.DeploymentRow
	Deals       []backend.DealRow        // open deals
	DealsTotal  int                      // all open deals (Deals may be a page of them)
	Tickets     []backend.TicketRow      // open tickets
	TicketTotal int                      // all open tickets
	Reviews     []backend.RequirementRow // requirements awaiting the customer's confirmation
	Deployments []backend.DeploymentRow  // deployments under way (neither accepted nor rolled back)
	// Story is the story's latest items of the kinds the dossier words, newest first, at most
	// DossierStoryLimit; StoryTotal counts all of them, Counts each kind's.
	Story      []backend.StoryItem
	StoryTotal int
	Counts     []backend.StoryCount
}

// DossierSources are the services a dossier is gathered from.
type DossierSources struct {
	Customers    backend.CustomerService
	Contacts     backend.ContactService
	Contracts    backend.ContractService
	Deployments  backend.DeploymentService
	Deals        backend.DealService
	Tickets      backend.TicketService
	Requirements backend.RequirementService
	Story        backend.StoryService
	System       backend.SystemService
}

// storyKinds are the kinds of story item a dossier can word, in the story's order: a kind added
// to the story later (the field changes of the history, say) is left out, not printed as codes.
func storyKinds() []backend.StoryKind {
	var out []backend.StoryKind
	for _, k := range backend.StoryKinds {
		if known(Chinese, "story.kinds", string(k)) && known(English, "story.kinds", string(k)) {
			out = append(out, k)
		}
	}
	return out
}

// GatherDossier collects the dossier of customer id in lang, as of now.
func GatherDossier(ctx context.Context, src DossierSources, id uuid.UUID, lang Lang, now time.Time) (DossierInput, error) {
	if _, ok := dossierText[lang]; !ok {
		return DossierInput{}, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(lang)})
	}
	c, err := src.Customers.Get(ctx, id)
	if err != nil {
		return DossierInput{}, err
	}
	settings, err := src.System.Settings(ctx)
	if err != nil {
		return DossierInput{}, err
	}
	in := DossierInput{Lang: lang, Vendor: settings.VendorName, Date: now, Now: now, Customer: c}
	if in.Contacts, err = src.Contacts.ListByCustomer(ctx, id); err != nil {
		return DossierInput{}, err
	}
	if err := gatherDelivery(ctx, src, id, &in); err != nil {
		return DossierInput{}, err
	}
	if err := gatherOpen(ctx, src, id, &in); err != nil {
		return DossierInput{}, err
	}
	return in, gatherStory(ctx, src.Story, id, &in)
}

// gatherDelivery picks the maintenance contract, the release in production and the
// deployments under way.
func gatherDelivery(ctx context.Context, src DossierSources, id uuid.UUID, in *DossierInput) error {
	contracts, err := src.Contracts.ByCustomer(ctx, id)
	if err != nil {
		return err
	}
	for i := range contracts {
		c := &contracts[i]
		if in.Contract == nil || c.InForce && !in.Contract.InForce ||
			c.InForce == in.Contract.InForce && c.Contract.EndDate > in.Contract.Contract.EndDate {
			in.Contract = c
		}
	}
	deployments, err := src.Deployments.ByCustomer(ctx, id)
	if err != nil {
		return err
	}
	for i := range deployments {
		d := &deployments[i]
		if d.Environment == "production" && d.Status.InUse() && (in.Production == nil || d.DeployedOn > in.Production.DeployedOn) {
			in.Production = d
		}
		if d.Status != backend.DepAccepted && d.Status != backend.DepRolledBack {
			in.Deployments = append(in.Deployments, *d)
		}
	}
	slices.SortFunc(in.Deployments, func(a, b backend.DeploymentRow) int { return cmp.Compare(b.Number, a.Number) })
	return nil
}

// gatherOpen reads the open deals and tickets (a page of each) and the requirements in review.
func gatherOpen(ctx context.Context, src DossierSources, id uuid.UUID, in *DossierInput) error {
	var open []backend.DealStage
	for _, s := range backend.DealStages {
		if s.Open() {
			open = append(open, s)
		}
	}
	deals, err := src.Deals.List(ctx, backend.DealQuery{CustomerID: id, Stages: open, Limit: backend.MaxPage})
	if err != nil {
		return err
	}
	for _, r := range deals.Rows {
		in.Deals = append(in.Deals, r.Row)
	}
	in.DealsTotal = deals.Total
	tickets, err := src.Tickets.List(ctx, backend.TicketQuery{View: backend.ViewOpen, CustomerID: id.String(), Limit: backend.MaxPage})
	if err != nil {
		return err
	}
	in.Tickets, in.TicketTotal, in.Now = tickets.Rows, tickets.Total, cmp.Or(tickets.Now, in.Now)
	reqs, err := src.Requirements.ListByCustomer(ctx, id)
	if err != nil {
		return err
	}
	for _, r := range reqs.Rows {
		if r.Status == backend.ReqInReview {
			in.Reviews = append(in.Reviews, r)
		}
	}
	return nil
}

// gatherStory reads the story's latest DossierStoryLimit items, a page at a time.
func gatherStory(ctx context.Context, story backend.StoryService, id uuid.UUID, in *DossierInput) error {
	kinds := storyKinds()
	for len(in.Story) < DossierStoryLimit {
		page, err := story.Story(ctx, backend.StoryQuery{CustomerID: id, Kinds: kinds, Offset: len(in.Story),
			Limit: min(backend.MaxPage, DossierStoryLimit-len(in.Story))})
		if err != nil {
			return err
		}
		in.Story = append(in.Story, page.Items...)
		in.StoryTotal, in.Counts = page.Total, page.Counts
		if len(page.Items) == 0 || len(in.Story) >= page.Total {
			break
		}
	}
	return nil
}
