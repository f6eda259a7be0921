package bolt

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// The history's changes in a customer's story: one item for each record and day it was changed
// (a deal's stage moved, a contact added, the customer archived), its events folded under it.
// Building reads only each event's head (when, which kind, what action); the events themselves
// are decoded for the items of the page returned. A creation is told by the record's own facts
// (a deal opened, a ticket opened), but for a contact, which has none.

// storyChangeKey names one change item: a record's changes of one day.
type storyChangeKey struct {
	record uuid.UUID
	day    string
}

// toldAsChange says whether an event is one of the story's changes.
func toldAsChange(ev eventRefs) bool {
	switch ev.Action {
	case backend.ActionUpdate, backend.ActionArchive, backend.ActionRestore, backend.ActionDelete:
		return true
	case backend.ActionCreate:
		return ev.Kind == "contact"
	}
	return false // a ticket's thread entry, an import
}

// factFields are the fields whose changes the story tells as facts of their own: a quote sent, an
// invoice issued, a payment received, a training held. An update that only added to those is no
// change item; one that removed or corrected an entry is (the fact's item no longer tells it).
var factFields = map[string][]string{
	"deal":           {"quotes", "lastQuote"},
	"sales_contract": {"invoices", "payments"},
	"deployment":     {"trainings"},
}

// toldByFacts says whether an update only added entries to fields the story tells as facts; only
// the events of those kinds are decoded for it (a deal's few, not a ticket's many).
func toldByFacts(k, v []byte, head eventRefs) (bool, error) {
	fields, ok := factFields[head.Kind]
	if !ok || head.Action != backend.ActionUpdate {
		return false, nil
	}
	var ev backend.Event
	if err := decodeEvent(k, v, &ev); err != nil {
		return false, fmt.Errorf("decode event %x: %w", k, err)
	}
	return len(ev.Changes) > 0 && !slices.ContainsFunc(ev.Changes, func(c backend.Change) bool {
		return !slices.Contains(fields, c.Field) || !onlyAdded(c)
	}), nil
}

// onlyAdded says whether a list's change kept every entry it had, as it was, and added some.
func onlyAdded(c backend.Change) bool {
	before, _ := c.Old.([]any)
	after, ok := c.New.([]any)
	if !ok || len(after) <= len(before) {
		return false
	}
	kept := slices.Clone(after)
	for _, old := range before {
		at := slices.IndexFunc(kept, func(v any) bool { return reflect.DeepEqual(v, old) })
		if at < 0 {
			return false
		}
		kept = slices.Delete(kept, at, at+1)
	}
	return true
}

// changes adds the change items of every record of the customer's, deleted ones too, and keeps
// the keys of each item's events for the page.
func (b *storyBuilder) changes() error {
	records, err := customerRecords(b.tx, b.customer)
	if err != nil {
		return err
	}
	b.changeEvents = map[storyChangeKey][][]byte{}
	item := map[storyChangeKey]int{} // where each item is in b.items
	c := b.tx.Bucket(bEvents).Cursor()
	for _, id := range records {
		// A record's events come oldest first (their ids are UUIDv7), but a clock set back may
		// put a day's between another's: items are found by their key, not by the last one.
		for k, v := c.Seek(id[:]); k != nil && bytes.HasPrefix(k, id[:]); k, v = c.Next() {
			ev, err := decodeEventRefs(k, v)
			if err != nil {
				return fmt.Errorf("decode event %x: %w", k, err)
			}
			if !toldAsChange(ev) || ev.At.IsZero() {
				continue
			}
			told, err := toldByFacts(k, v, ev)
			if err != nil {
				return err
			}
			if told {
				continue
			}
			key := storyChangeKey{id, localDay(ev.At)}
			at, ok := item[key]
			if !ok {
				at = len(b.items)
				item[key] = at
				b.add(backend.StoryItem{Day: key.day, Kind: backend.StoryChange, Event: backend.EventChanged, Detail: ev.Kind, RecordID: id})
			}
			if ev.At.After(b.items[at].At) {
				b.items[at].At = ev.At // the item's moment is its last change's
			}
			b.changeEvents[key] = append(b.changeEvents[key], k)
		}
	}
	return nil
}

// fillChanges reads the events of the page's change items, labelled as a history shows them,
// and names each item by its record as its last event did.
func fillChanges(tx *bbolt.Tx, page []backend.StoryItem, events map[storyChangeKey][][]byte) error {
	bucket := tx.Bucket(bEvents)
	for i := range page {
		it := &page[i]
		if it.Kind != backend.StoryChange {
			continue
		}
		for _, k := range events[storyChangeKey{it.RecordID, it.Day}] {
			ev, err := labelledEventAt(tx, k, bucket.Get(k))
			if err != nil {
				return err
			}
			it.Changes = append(it.Changes, ev)
		}
		if n := len(it.Changes); n > 0 {
			it.Ref, it.Title = it.Changes[n-1].Ref, it.Changes[n-1].Title
		}
	}
	return nil
}

// storyFocus is where the page of a jump starts: at the focus's newest item, else at the newest
// item of the day asked for or the nearest day before it (items are newest first); -1 for none.
func storyFocus(items []backend.StoryItem, q backend.StoryQuery) int {
	if q.Focus != uuid.Nil {
		return slices.IndexFunc(items, func(it backend.StoryItem) bool { return it.RecordID == q.Focus })
	}
	if q.Day != "" {
		if at := slices.IndexFunc(items, func(it backend.StoryItem) bool { return it.Day <= q.Day }); at >= 0 {
			return at
		}
		return len(items) - 1 // every item is later: the oldest is nearest
	}
	return -1
}
