package bolt

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// A change that points at another record (a ticket's requirement, a release's requirements, a
// contract's service tier) holds that record's id. People know records by number and title, so
// each event carries, beside its changes, the label of every record they name ("R-0012 对接
// SAP"), taken when the change is written: the history still reads right after the record is
// renamed or deleted. Events written before labels existed get them when they are read.

// refKind is a bucket whose records can be named in a change, and how one is labelled.
type refKind struct {
	bucket []byte
	label  func(r refRecord) string
}

// refRecord holds the fields any kind's label is made of (each kind fills its own).
type refRecord struct {
	Number  int    `json:"number"`
	Title   string `json:"title"`
	Name    string `json:"name"`
	Version any    `json:"version"` // a release's "2.3.0", a baseline's 3
	Topic   string `json:"topic"`
	Summary string `json:"summary"`
}

func numbered(prefix string, text func(r refRecord) string) func(r refRecord) string {
	return func(r refRecord) string {
		return strings.TrimSpace(backend.Ref(prefix, r.Number) + " " + text(r))
	}
}

var (
	noText   = func(refRecord) string { return "" }
	refKinds = []refKind{
		{bRequirements, numbered("R", func(r refRecord) string { return r.Title })},
		{bTickets, numbered("T", func(r refRecord) string { return r.Title })},
		{bReleases, func(r refRecord) string { return strings.TrimSpace(fmt.Sprint(r.Version) + " " + r.Name) }},
		{bCustomers, func(r refRecord) string { return r.Name }},
		{bContacts, func(r refRecord) string { return r.Name }},
		{bContracts, numbered("MC", noText)},
		{bSalesContracts, numbered("SC", func(r refRecord) string { return r.Title })},
		{bServiceTiers, func(r refRecord) string { return r.Name }},
		{bSLAPolicies, func(r refRecord) string { return r.Name }},
		{bDeployments, numbered("D", noText)},
		{bInteractions, numbered("I", func(r refRecord) string { return firstLine(strings.TrimSpace(r.Summary)) })},
		{bCompetitors, func(r refRecord) string { return r.Name }},
		{bCallbacks, numbered("CB", func(r refRecord) string { return r.Topic })},
		{bDeals, numbered("DL", func(r refRecord) string { return r.Title })},
		{bBaselines, func(r refRecord) string { return fmt.Sprintf("v%v", r.Version) }},
	}
)

// recordLabel names the record with this id, whatever its kind; ok is false when none has it.
func recordLabel(tx *bbolt.Tx, id uuid.UUID) (string, bool) {
	for _, k := range refKinds {
		raw := tx.Bucket(k.bucket).Get(id[:])
		if raw == nil {
			continue
		}
		var r refRecord
		if json.Unmarshal(raw, &r) != nil {
			return "", false
		}
		return k.label(r), true
	}
	return "", false
}

// labelRefs adds to ev.Refs the label of every record its changes name and it does not label yet.
// An id no record has any more stays unlabelled: the history calls it a deleted record.
func labelRefs(tx *bbolt.Tx, ev *backend.Event) {
	for _, c := range ev.Changes {
		for _, v := range []any{c.Old, c.New} {
			eachID(v, func(id uuid.UUID) {
				if _, done := ev.Refs[id.String()]; done {
					return
				}
				if label, ok := recordLabel(tx, id); ok {
					if ev.Refs == nil {
						ev.Refs = map[string]string{}
					}
					ev.Refs[id.String()] = label
				}
			})
		}
	}
}

// eachID calls fn for every non-zero id among v's values (as stored: strings in maps and lists).
func eachID(v any, fn func(uuid.UUID)) {
	switch x := v.(type) {
	case string:
		if len(x) == 36 {
			if id, err := uuid.Parse(x); err == nil && id != uuid.Nil {
				fn(id)
			}
		}
	case uuid.UUID:
		if x != uuid.Nil {
			fn(x)
		}
	case []any:
		for _, e := range x {
			eachID(e, fn)
		}
	case map[string]any:
		for _, e := range x {
			eachID(e, fn)
		}
	}
}
