package bolt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Salvage saves what can still be read of the damaged data file at dataPath into a new data
// file in its backups folder: every record of every kind that reads back (a damaged page ends
// its kind there), the numbering and the settings, then the indexes and rows worked out from
// them; the new file is opened as the app will open it. The damaged file is only read. The report
// says what was saved and what was lost; the user then restores the new file (the restore checks
// every page of it first, and keeps the damaged one too).
func Salvage(dataPath string, now time.Time) (backend.SalvageReport, error) {
	dest := filepath.Join(backupDir(dataPath), "vendordesk-salvaged-"+stamp(now)+".db")
	out := backend.SalvageReport{Path: dest, Lost: []backend.SalvageLoss{}}
	var records []importedRecord
	var fileID string
	h := exportHeader{Sequences: map[string]uint64{}, Settings: map[string]json.RawMessage{}}
	err := viewReadOnly(dataPath, func(tx *bbolt.Tx) error {
		if meta := tx.Bucket(bMeta); meta != nil { // the schema the records were written in, if it still reads
			h.Schema, _ = strconv.Atoi(string(meta.Get(keySchemaVersion)))
			fileID = string(meta.Get(keyFileID)) // the same user's file: what the window keeps per file stays
		}
		for i := range exchangeKinds {
			k := &exchangeKinds[i]
			loss := backend.SalvageLoss{Kind: k.name}
			err := safely(k.name, func() error {
				b := tx.Bucket(k.bucket)
				if b == nil {
					return nil
				}
				h.Sequences[k.name] = b.Sequence()
				return b.ForEach(func(key, v []byte) error {
					if r, err := checkImported(k, key, bytes.Clone(v)); err == nil { // v lives in the map of the file (key is not kept)
						records = append(records, r)
					} else {
						loss.Records++
						loss.Detail = err.Error()
					}
					return nil
				})
			})
			if err != nil {
				loss.Rest, loss.Detail = true, err.Error()
			}
			if loss.Records > 0 || loss.Rest {
				out.Lost = append(out.Lost, loss)
			}
		}
		_ = safely("settings", func() error {
			return tx.Bucket(bSettings).ForEach(func(k, v []byte) error {
				if json.Valid(v) {
					h.Settings[string(k)] = bytes.Clone(v) // v lives in the map of the file, closed before it is used
				}
				return nil
			})
		})
		return nil
	})
	if err != nil {
		return out, err // not even opened read-only: nothing can be saved
	}
	records, dropped := withoutLostPolicies(records)
	if dropped > 0 {
		out.Lost = append(out.Lost, backend.SalvageLoss{Kind: "tickets", Records: dropped, Detail: "their service level was lost"})
	}
	if err := buildSalvaged(dest, records, h, fileID); err != nil {
		os.Remove(dest)
		return out, fmt.Errorf("save what could be read: %w", err)
	}
	for _, r := range records {
		countRecord(&out.Counts, r.bucket)
	}
	return out, writeNote(backend.Backup{Path: dest, Kind: backend.BackupSalvaged, At: now, Counts: out.Counts, HasCounts: true})
}

// withoutLostPolicies drops the tickets whose SLA policy was lost: their clocks cannot be
// worked out without it.
func withoutLostPolicies(records []importedRecord) ([]importedRecord, int) {
	policies := map[uuid.UUID]bool{}
	for _, r := range records {
		if string(r.bucket) == string(bSLAPolicies) {
			policies[r.id] = true
		}
	}
	out, dropped := records[:0], 0
	for _, r := range records {
		if string(r.bucket) == string(bTickets) {
			var t struct {
				PolicyID uuid.UUID `json:"policyId"`
			}
			if json.Unmarshal(r.raw, &t) == nil && t.PolicyID != uuid.Nil && !policies[t.PolicyID] {
				dropped++
				continue
			}
		}
		out = append(out, r)
	}
	return out, dropped
}

// buildSalvaged makes the new data file at dest from the records read, as an import does, with
// the damaged file's id when it still read (fileID).
func buildSalvaged(dest string, records []importedRecord, h exportHeader, fileID string) error {
	db, err := openForBuilding(dest)
	if err != nil {
		return err
	}
	im, err := newImporter(db)
	if err == nil {
		err = im.add(batchOf(records))
	}
	if err == nil {
		err = im.finish(h)
	}
	im.abandon()
	if err == nil {
		err = db.recordsFromBefore(h.Schema)
	}
	if err == nil && fileID != "" {
		err = db.bolt.Update(func(tx *bbolt.Tx) error { return putFileID(tx, fileID) })
	}
	if err = errors.Join(err, db.finishBuilding()); err != nil {
		return err
	}
	return verifyFile(dest)
}
