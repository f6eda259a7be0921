package bolt

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// exchangeKind is one kind of record in an export: its name there and its bucket here.
type exchangeKind struct {
	name   string
	bucket []byte
	// read decodes a record strictly (an import stores only records this app reads) and works
	// out what an import needs of it besides its bytes: see importedRecord. k is the key it is
	// stored under in a file being saved (an event of format 2 needs it), nil in an export.
	read func(k, raw []byte) (importedRecord, error)
	// asJSON is the record stored under k as an export writes it; nil: as stored (JSON already).
	asJSON func(k, raw []byte) ([]byte, error)
}

// exchangeOf is the kind of record T, in bucket, whose id idOf finds and whose derived keys
// derive works out (nil: none).
func exchangeOf[T any](name string, bucket []byte, idOf func(*T) uuid.UUID, derive func(k []byte, v *T, put putFn) error) exchangeKind {
	return exchangeKind{name: name, bucket: bucket, read: func(_, raw []byte) (importedRecord, error) {
		return readAs(raw, bucket, idOf, derive)
	}}
}

// exchangeKinds are the record buckets of an export, in the order an import needs them (what a
// record names comes before it); events last.
var exchangeKinds = []exchangeKind{
	exchangeOf("slaPolicies", bSLAPolicies, func(v *backend.SLAPolicy) uuid.UUID { return v.ID }, nil),
	exchangeOf("serviceTiers", bServiceTiers, func(v *backend.ServiceTier) uuid.UUID { return v.ID }, nil),
	exchangeOf("competitors", bCompetitors, func(v *backend.Competitor) uuid.UUID { return v.ID }, nil),
	exchangeOf("customers", bCustomers, func(v *backend.Customer) uuid.UUID { return v.ID }, nil),
	exchangeOf("contacts", bContacts, func(v *backend.Contact) uuid.UUID { return v.ID }, deriveContact),
	exchangeOf("interactions", bInteractions, func(v *backend.Interaction) uuid.UUID { return v.ID }, deriveInteraction),
	exchangeOf("requirements", bRequirements, func(v *backend.Requirement) uuid.UUID { return v.ID }, deriveRequirement),
	exchangeOf("baselines", bBaselines, func(v *backend.Baseline) uuid.UUID { return v.ID }, deriveBaseline),
	exchangeOf("releases", bReleases, func(v *backend.Release) uuid.UUID { return v.ID }, deriveRelease),
	exchangeOf("deployments", bDeployments, func(v *backend.Deployment) uuid.UUID { return v.ID }, deriveDeployment),
	exchangeOf("contracts", bContracts, func(v *backend.Contract) uuid.UUID { return v.ID }, deriveContract),
	exchangeOf("tickets", bTickets, func(v *backend.Ticket) uuid.UUID { return v.ID }, deriveTicket),
	exchangeOf("callbacks", bCallbacks, func(v *backend.Callback) uuid.UUID { return v.ID }, deriveCallback),
	exchangeOf("deals", bDeals, func(v *backend.Deal) uuid.UUID { return v.ID }, deriveDeal),
	exchangeOf("salesContracts", bSalesContracts, func(v *backend.SalesContract) uuid.UUID { return v.ID }, deriveSalesContract),
	{name: "events", bucket: bEvents, read: readEvent, asJSON: eventJSON},
}

// exportHeader is everything in an export before its records.
type exportHeader struct {
	Format     string               `json:"format"`
	Version    int                  `json:"version"`
	Schema     int                  `json:"schema"`
	App        string               `json:"app"`
	ExportedAt time.Time            `json:"exportedAt"`
	Counts     backend.RecordCounts `json:"counts"`
	// Sequences are the numbers given last (C-0012, R-0040, …), so numbering goes on after an
	// import where it left off, gaps and all.
	Sequences map[string]uint64 `json:"sequences"`
	// Settings are the app's settings, by name, as stored.
	Settings map[string]json.RawMessage `json:"settings"`
}

// ExportTo writes every record and event to path as one JSON file (docs/export.md), from one
// read transaction while the app keeps working. Each record is written as stored, one per line.
func (db *DB) ExportTo(path, app string, progress func(done, total int64)) (backend.ExportSummary, error) {
	start := time.Now()
	out := backend.ExportSummary{Path: path, At: db.Now(), App: app, Schema: SchemaVersion, Version: backend.ExportVersion}
	err := writeAtomically(path, func(f *os.File) error {
		bw := newBackgroundWriter(f)
		w := bufio.NewWriterSize(bw, 1<<20)
		err := safely("export", func() error {
			return db.bolt.View(func(tx *bbolt.Tx) error { return writeExport(tx, w, &out, progress) })
		})
		if err == nil {
			err = w.Flush()
		}
		if cerr := bw.Close(); err == nil {
			err = cerr
		}
		return err
	})
	if err != nil {
		return out, fmt.Errorf("export to %s: %w", path, err)
	}
	if st, err := os.Stat(path); err == nil {
		out.SizeBytes = st.Size()
	}
	out.TookMs = time.Since(start).Milliseconds()
	return out, nil
}

func writeExport(tx *bbolt.Tx, w *bufio.Writer, out *backend.ExportSummary, progress func(done, total int64)) error {
	h := exportHeader{Format: backend.ExportFormat, Version: out.Version, Schema: out.Schema, App: out.App,
		ExportedAt: out.At, Counts: countRecords(tx), Sequences: map[string]uint64{}, Settings: map[string]json.RawMessage{}}
	out.Counts = h.Counts
	var total int64
	for _, k := range exchangeKinds {
		b := tx.Bucket(k.bucket)
		if seq := b.Sequence(); seq > 0 {
			h.Sequences[k.name] = seq
		}
		total += int64(b.Stats().KeyN)
	}
	_ = tx.Bucket(bSettings).ForEach(func(k, v []byte) error {
		h.Settings[string(k)] = json.RawMessage(v)
		return nil
	})
	head, err := json.Marshal(h)
	if err != nil {
		return err
	}
	w.Write(head[:len(head)-1]) // the header's fields, then "records" in the same object
	w.WriteString(`,"records":{`)
	p := &progressWriter{total: total, progress: progress}
	for i, k := range exchangeKinds {
		if i > 0 {
			w.WriteByte(',')
		}
		fmt.Fprintf(w, "\n%q:[", k.name)
		n := 0
		err := tx.Bucket(k.bucket).ForEach(func(key, v []byte) error {
			if n > 0 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
			n++
			p.add(1)
			if k.asJSON != nil {
				var err error
				if v, err = k.asJSON(key, v); err != nil {
					return err
				}
			}
			_, err := w.Write(v)
			return err
		})
		if err != nil {
			return err
		}
		w.WriteString("\n]")
	}
	_, err = w.WriteString("\n}}\n")
	return err
}
