package bolt

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sheet"
)

type sheetImportService struct{ db *DB }

// SheetImport returns the spreadsheet import service.
func (db *DB) SheetImport() backend.SheetImportService { return sheetImportService{db} }

func (s sheetImportService) Matches(ctx context.Context, in backend.SheetCustomers) ([]backend.SheetMatch, error) {
	var out []backend.SheetMatch
	err := s.db.read(func(tx *bbolt.Tx) error {
		m, err := newCustomerMatcher(tx)
		if err != nil {
			return err
		}
		for i, b := range in.Bundles {
			if match, ok := m.find(b); ok {
				if i < len(in.Rows) {
					match.Row = in.Rows[i]
				}
				out = append(out, match)
			}
		}
		return nil
	})
	return out, wrapInternal("match customers", err)
}

// progressEvery is how many customers an import stores between two progress reports.
const progressEvery = 500

func (s sheetImportService) ImportSheet(ctx context.Context, in backend.SheetCustomers, progress func(done, total int64)) (backend.SheetImportResult, error) {
	started := time.Now()
	var res backend.SheetImportResult
	err := s.db.write(func(w *writeTx) error {
		w.startBulk()
		w.source = in.Source
		m, err := newCustomerMatcher(w.tx)
		if err != nil {
			return err
		}
		for i, b := range in.Bundles {
			if err := w.importSheetBundle(m, b, in.Duplicates, &res); err != nil {
				return err
			}
			if progress != nil && (i+1)%progressEvery == 0 {
				progress(int64(i+1), int64(len(in.Bundles)))
			}
		}
		return w.finishBulk()
	})
	if err != nil {
		return backend.SheetImportResult{}, wrapInternal("import customers", err)
	}
	if progress != nil {
		progress(int64(len(in.Bundles)), int64(len(in.Bundles)))
	}
	res.TookMs = time.Since(started).Milliseconds()
	return res, nil
}

// importSheetBundle stores a customer of the file with its contacts, or, when it is already
// stored, skips it or adds the contacts it lacks. Each record is checked again: an invalid one
// fails the whole import.
func (w *writeTx) importSheetBundle(m *customerMatcher, b backend.CustomerBundle, duplicates string, res *backend.SheetImportResult) error {
	id, contacts := uuid.Nil, b.Contacts
	if match, ok := m.find(b); ok {
		if duplicates != backend.DuplicatesMerge {
			res.Skipped++
			return nil
		}
		id, contacts = match.CustomerID, m.newContacts(match.CustomerID, b.Contacts)
		if len(contacts) > 0 {
			res.Merged++
		}
	} else {
		if err := b.Customer.Normalize(); err != nil {
			return err
		}
		c, err := w.createCustomer(b.Customer)
		if err != nil {
			return err
		}
		id = c.ID
		res.Created++
	}
	for _, p := range contacts {
		p.CustomerID = id
		if err := p.Normalize(); err != nil {
			return err
		}
		if _, err := w.createContact(p); err != nil {
			return err
		}
		res.Contacts++
	}
	return nil
}

// customerMatcher finds stored customers by name (folded: width, case, spaces) and by their
// contacts' mobiles, phones and emails.
type customerMatcher struct {
	rows     map[uuid.UUID]backend.CustomerRow
	byName   map[string]uuid.UUID
	byValue  map[string]uuid.UUID // sheet.ContactKey.Key → customer
	contacts map[uuid.UUID][]backend.Contact
}

func newCustomerMatcher(tx *bbolt.Tx) (*customerMatcher, error) {
	m := &customerMatcher{rows: map[uuid.UUID]backend.CustomerRow{}, byName: map[string]uuid.UUID{},
		byValue: map[string]uuid.UUID{}, contacts: map[uuid.UUID][]backend.Contact{}}
	err := tx.Bucket(bCustomerRows).ForEach(func(k, v []byte) error {
		s, err := decodeCustomerRow(v)
		if err != nil {
			return err
		}
		m.rows[s.Row.ID] = s.Row
		if _, taken := m.byName[backend.FoldName(s.Row.Name)]; !taken {
			m.byName[backend.FoldName(s.Row.Name)] = s.Row.ID
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachJSON(tx, bContacts, func(_ []byte, p *backend.Contact) error {
		m.contacts[p.CustomerID] = append(m.contacts[p.CustomerID], *p)
		for _, k := range sheet.ContactKeys(*p) {
			if _, taken := m.byValue[k.Key]; !taken {
				m.byValue[k.Key] = p.CustomerID
			}
		}
		return nil
	})
	return m, err
}

// find is the stored customer b is: by name first, then by a contact's mobile, phone or email.
func (m *customerMatcher) find(b backend.CustomerBundle) (backend.SheetMatch, bool) {
	match := func(id uuid.UUID, by, value string) (backend.SheetMatch, bool) {
		row := m.rows[id]
		return backend.SheetMatch{Name: b.Customer.Name, CustomerID: id, CustomerRef: backend.Ref("C", row.Number),
			CustomerName: row.Name, By: by, Value: value}, true
	}
	if id, ok := m.byName[backend.FoldName(b.Customer.Name)]; ok {
		return match(id, "name", b.Customer.Name)
	}
	for _, p := range b.Contacts {
		for _, k := range sheet.ContactKeys(p) {
			if id, ok := m.byValue[k.Key]; ok {
				return match(id, k.By, k.Value)
			}
		}
	}
	return backend.SheetMatch{}, false
}

// newContacts are the contacts of the file its stored customer id does not have yet.
func (m *customerMatcher) newContacts(id uuid.UUID, contacts []backend.Contact) []backend.Contact {
	var out []backend.Contact
	for _, p := range contacts {
		known := false
		for _, q := range m.contacts[id] {
			known = known || sheet.SameContact(q, p)
		}
		if !known {
			out = append(out, p)
			m.contacts[id] = append(m.contacts[id], p)
		}
	}
	return out
}

// keySheetMappings holds the mappings used last, by the file's header.
var keySheetMappings = []byte("sheetMappings")

// maxSheetMappings bounds how many headers' mappings are remembered.
const maxSheetMappings = 50

type savedMapping struct {
	Mapping backend.SheetMapping `json:"mapping"`
	At      time.Time            `json:"at"`
}

// headerKey is how a header is remembered: its names folded, in order.
func headerKey(header []string) string {
	folded := make([]string, len(header))
	for i, h := range header {
		folded[i] = backend.FoldName(h)
	}
	return strings.Join(folded, "\x1f")
}

func readSheetMappings(tx *bbolt.Tx) (map[string]savedMapping, error) {
	saved := map[string]savedMapping{}
	if raw := tx.Bucket(bSettings).Get(keySheetMappings); raw != nil {
		if err := json.Unmarshal(raw, &saved); err != nil {
			return nil, err
		}
	}
	return saved, nil
}

func (s sheetImportService) SheetMapping(ctx context.Context, header []string) (backend.SheetMapping, bool, error) {
	var m savedMapping
	var ok bool
	err := s.db.read(func(tx *bbolt.Tx) error {
		saved, err := readSheetMappings(tx)
		m, ok = saved[headerKey(header)]
		return err
	})
	return m.Mapping, ok, wrapInternal("read the mapping", err)
}

func (s sheetImportService) SaveSheetMapping(ctx context.Context, header []string, m backend.SheetMapping) error {
	err := s.db.write(func(w *writeTx) error {
		saved, err := readSheetMappings(w.tx)
		if err != nil {
			return err
		}
		saved[headerKey(header)] = savedMapping{Mapping: m, At: w.now}
		for len(saved) > maxSheetMappings {
			delete(saved, oldestMapping(saved))
		}
		return putJSON(w.tx, bSettings, keySheetMappings, saved)
	})
	return wrapInternal("save the mapping", err)
}

func oldestMapping(saved map[string]savedMapping) string {
	oldest := ""
	for k, m := range saved {
		if oldest == "" || m.At.Before(saved[oldest].At) {
			oldest = k
		}
	}
	return oldest
}

// customerNames finds the stored customers by what rows call them.
func (db *DB) customerNames() *backend.CustomerNames {
	names := backend.NewCustomerNames()
	db.customers.Each(func(r *backend.CustomerRow) { names.Add(r.ID, r.Number, r.Name, r.ShortName) })
	return names
}

func (s sheetImportService) ImportRequirements(ctx context.Context, rs []backend.Requirement, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
	return importSheetRecords(s.db, "import requirements", source, rs, progress, func(w *writeTx, r backend.Requirement) (bool, error) {
		if err := r.Normalize(); err != nil {
			return false, err
		}
		return true, w.importRequirement(r)
	}, nil)
}

func (s sheetImportService) ImportTickets(ctx context.Context, ts []backend.Ticket, source string, progress func(done, total int64)) (backend.SheetImportResult, error) {
	return importSheetRecords(s.db, "import tickets", source, ts, progress, func(w *writeTx, t backend.Ticket) (bool, error) {
		if err := t.Normalize(); err != nil {
			return false, err
		}
		_, err := w.createTicket(t)
		return true, err
	}, nil)
}

// importSheetRecords stores records in one bulk transaction, each recorded as imported from
// source; store says whether it stored a record or left it out as stored already, and finish
// (if any) stores what the records changed together. Any failure stores none of them.
func importSheetRecords[T any](db *DB, what, source string, records []T, progress func(done, total int64),
	store func(w *writeTx, rec T) (bool, error), finish func(w *writeTx) error) (backend.SheetImportResult, error) {
	var res backend.SheetImportResult
	err := db.write(func(w *writeTx) error {
		w.startBulk()
		w.source = source
		for i, rec := range records {
			stored, err := store(w, rec)
			if err != nil {
				return err
			}
			if stored {
				res.Created++
			} else {
				res.Skipped++
			}
			if progress != nil && (i+1)%progressEvery == 0 {
				progress(int64(i+1), int64(len(records)))
			}
		}
		if finish != nil {
			if err := finish(w); err != nil {
				return err
			}
		}
		return w.finishBulk()
	})
	if err != nil {
		return backend.SheetImportResult{}, wrapInternal(what, err)
	}
	if progress != nil {
		progress(int64(len(records)), int64(len(records)))
	}
	return res, nil
}
