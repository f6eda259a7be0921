package document

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"vendordesk/backend"
)

// dossierDoc is a dossier ready to render: every string final, clean, in the dossier's language.
type dossierDoc struct {
	lang         Lang
	l            dossierLabels
	dl           *labels
	title        string
	customer     string  // "云帆科技（C-0001）"
	facts        []field // the header's: prepared on, vendor
	profile      []field
	notesLabel   string
	notes        []block
	contactCols  [5]string
	contacts     [][5]string
	open         []dossierList // only the lists with lines
	storyHeading string
	storySummary string // "共 42 条：沟通 12，销售机会 3"
	storyNote    string // the story is empty, or its older items are left out
	days         []dossierDay
	vendor       string
	date         time.Time
}

type dossierList struct {
	heading string
	lines   []string
}

type dossierDay struct {
	day   string
	lines []string
}

func buildDossier(in DossierInput) (*dossierDoc, error) {
	l, ok := dossierText[in.Lang]
	if !ok {
		return nil, backend.Invalid("lang", "enum", "Choose Chinese or English for the document.", map[string]any{"value": string(in.Lang)})
	}
	dl, _ := labelsFor(in.Lang)
	c := in.Customer
	m := &dossierDoc{lang: in.Lang, l: l, dl: dl, title: l.title, vendor: cleanLine(in.Vendor), date: in.Date,
		customer: orDash(cleanLine(c.Name)) + fmt.Sprintf(dl.refFmt, c.Ref())}
	m.facts = []field{{l.made, formatDate(in.Date)}}
	if m.vendor != "" {
		m.facts = append(m.facts, field{l.vendor, m.vendor})
	}
	m.profile = dossierProfile(in, l, dl)
	m.notesLabel, m.notes = word(in.Lang, "fields", "notes"), parseMarkdown(clean(c.Notes))
	m.contactCols = [5]string{l.name}
	for n, f := range []string{"title", "phone", "email", "wechat"} {
		m.contactCols[n+1] = word(in.Lang, "fields", f)
	}
	contacts := slices.Clone(in.Contacts)
	slices.SortStableFunc(contacts, func(a, b backend.Contact) int { return cmp.Compare(boolRank(b.Primary), boolRank(a.Primary)) })
	for _, p := range contacts {
		name := cleanLine(p.Name)
		if p.Primary {
			name += fmt.Sprintf(dl.refFmt, word(in.Lang, "contacts", "primary"))
		}
		m.contacts = append(m.contacts, [5]string{name, orDash(cleanLine(p.Title)), orDash(joinNonEmpty(" / ", cleanLine(p.Phone), cleanLine(p.Mobile))),
			orDash(cleanLine(p.Email)), orDash(cleanLine(p.WeChat))})
	}
	m.open = dossierOpen(in, l, dl)
	m.storyHeading = word(in.Lang, "story", "title")
	m.buildStory(in)
	return m, nil
}

// dossierProfile is the customer's facts that are filled in, then its contract and version.
func dossierProfile(in DossierInput, l dossierLabels, dl *labels) []field {
	c, lang := in.Customer, in.Lang
	out := []field{{word(lang, "fields", "number"), c.Ref()}}
	add := func(name, value string) {
		if value = cleanLine(value); value != "" {
			out = append(out, field{word(lang, "fields", name), value})
		}
	}
	add("shortName", c.ShortName)
	add("stage", word(lang, "stages", string(c.Stage)))
	add("channel", word(lang, "channels", string(c.Channel)))
	add("industry", c.Industry)
	add("region", c.Region)
	add("city", c.City)
	add("address", c.Address)
	add("website", c.Website)
	add("tags", strings.Join(c.Tags, l.list))
	if k := in.Contract; k != nil {
		v := joinNonEmpty(" ", k.Contract.Ref(), cleanLine(k.TierName))
		v = joinNonEmpty(l.sep, v, fmt.Sprintf(l.contractFmt, k.Contract.StartDate, k.Contract.EndDate))
		if !k.InForce && k.Contract.EndDate < in.Now.In(time.Local).Format(backend.DateLayout) {
			v += l.sep + l.expired
		}
		out = append(out, field{l.contract, v})
	}
	if d := in.Production; d != nil {
		v := cleanLine(d.Version)
		if d.DeployedOn != "" {
			v += fmt.Sprintf(dl.refFmt, fmt.Sprintf(l.since, d.DeployedOn))
		}
		out = append(out, field{l.production, v})
	}
	return out
}

// dossierOpen words what is open now: deals, tickets with their SLA, requirements the customer
// is to confirm, deployments under way.
func dossierOpen(in DossierInput, l dossierLabels, dl *labels) []dossierList {
	lang := in.Lang
	var deals, tickets, reviews, deployments []string
	for _, d := range in.Deals {
		money := ""
		if d.Amount != 0 {
			money = cleanLine(d.Currency) + " " + hundredths(d.Amount, true)
		}
		close := ""
		if d.ExpectedClose != "" {
			close = fmt.Sprintf(l.expectedClose, d.ExpectedClose)
		}
		deals = append(deals, sentence(dl, l, backend.Ref("DL", d.Number), d.Title, word(lang, "dealStages", string(d.Stage)), money, close))
	}
	if n := in.DealsTotal - len(in.Deals); n > 0 {
		deals = append(deals, l.more(n))
	}
	for _, t := range in.Tickets {
		sla := ""
		if o := t.StoryOutcome(in.Now); o != backend.SLANone {
			sla = word(lang, "story.sla", string(o))
		}
		tickets = append(tickets, sentence(dl, l, backend.Ref("T", t.Number), t.Title,
			word(lang, "ticketPriorities", string(t.Priority)), word(lang, "ticketStatuses", string(t.Status)), sla))
	}
	if n := in.TicketTotal - len(in.Tickets); n > 0 {
		tickets = append(tickets, l.more(n))
	}
	for _, r := range in.Reviews {
		reviews = append(reviews, sentence(dl, l, backend.Ref("R", r.Number), r.Title))
	}
	for _, d := range in.Deployments {
		on := ""
		if d.DeployedOn != "" {
			on = fmt.Sprintf(l.deployedOn, d.DeployedOn)
		}
		deployments = append(deployments, sentence(dl, l, backend.Ref("D", d.Number), d.Version,
			word(lang, "environments", string(d.Environment)), word(lang, "depStatuses", string(d.Status)), on))
	}
	var out []dossierList
	for _, list := range []dossierList{{l.deals, deals}, {l.tickets, tickets}, {l.reviews, reviews}, {l.deployments, deployments}} {
		if len(list.lines) > 0 {
			out = append(out, list)
		}
	}
	return out
}

// buildStory groups the story's items by day, each a sentence, and says how much it holds.
func (m *dossierDoc) buildStory(in DossierInput) {
	var kinds []string
	for _, c := range in.Counts {
		if c.Count > 0 && known(m.lang, "story.kinds", string(c.Kind)) {
			kinds = append(kinds, word(m.lang, "story.kinds", string(c.Kind))+" "+strconv.Itoa(c.Count))
		}
	}
	if in.StoryTotal > 0 {
		m.storySummary = m.l.storyTotal(in.StoryTotal)
		if len(kinds) > 0 {
			m.storySummary += m.dl.colon + strings.Join(kinds, m.l.sep)
		}
	}
	shown := 0
	for _, it := range in.Story {
		if !known(m.lang, "story.kinds", string(it.Kind)) {
			continue // a kind this version can not word
		}
		shown++
		if len(m.days) == 0 || m.days[len(m.days)-1].day != it.Day {
			m.days = append(m.days, dossierDay{day: cleanLine(it.Day)})
		}
		d := &m.days[len(m.days)-1]
		d.lines = append(d.lines, storySentence(m.lang, m.l, m.dl, it))
	}
	switch {
	case shown == 0:
		m.storyNote = word(m.lang, "story", "empty")
	case in.StoryTotal > shown:
		m.storyNote = m.l.leftOut(shown, in.StoryTotal-shown)
	}
}

// storyDetail names what qualifies an item, as the story tab does: a payment's method, a
// deployment's environment, a ticket's priority, a callback's source.
var storyDetail = map[backend.StoryKind]string{"payment": "paymentMethods", "deployment": "environments",
	"ticket": "ticketPriorities", "callback": "callbacks.sources"}

// storySentence words one item: "10:30 赢单：DL-0003 MES 二期（CNY 380,000.00）",
// "Ticket resolved: T-0012 Misprint (P2 High, SLA met)".
func storySentence(lang Lang, l dossierLabels, dl *labels, it backend.StoryItem) string {
	event := word(lang, "story.events", string(it.Event))
	if it.Kind == backend.StoryInteraction {
		event = word(lang, "interactionKinds", string(it.Event))
	}
	if !it.At.IsZero() {
		event = it.At.In(time.Local).Format("15:04") + " " + event
	}
	var extra []string
	if section, ok := storyDetail[it.Kind]; ok && known(lang, section, it.Detail) {
		extra = append(extra, word(lang, section, it.Detail))
	}
	if it.Currency != "" {
		extra = append(extra, cleanLine(it.Currency)+" "+hundredths(it.Amount, true))
	}
	if it.SLA != backend.SLANone {
		extra = append(extra, word(lang, "story.sla", string(it.SLA)))
	}
	if it.Score > 0 {
		extra = append(extra, withN(word(lang, "story", "score"), it.Score))
	}
	if it.NPS != nil {
		extra = append(extra, "NPS "+strconv.Itoa(*it.NPS))
	}
	s := event
	if subject := joinNonEmpty(" ", cleanLine(it.Ref), cleanLine(it.Title)); subject != "" {
		s += dl.colon + subject
	}
	if len(extra) > 0 {
		s += fmt.Sprintf(dl.refFmt, strings.Join(extra, l.sep))
	}
	return s
}

// sentence words a record: "DL-0003 MES 二期：商务谈判，CNY 380,000.00".
func sentence(dl *labels, l dossierLabels, ref, title string, parts ...string) string {
	s := joinNonEmpty(" ", ref, cleanLine(title))
	if rest := joinNonEmpty(l.sep, parts...); rest != "" {
		s += dl.colon + rest
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	return strings.Join(slices.DeleteFunc(slices.Clone(parts), func(s string) bool { return s == "" }), sep)
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}
