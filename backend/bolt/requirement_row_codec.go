package bolt

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Requirement rows are stored compactly since schema 7, as ticket rows are: start-up decodes
// every one of them into the requirement index, and as JSON they were the largest part of
// opening the large data set (0.6 s of its 1.5 s of work).
//
//	version(1) ‖ id(16) ‖ customerID(16) ‖ number (uvarint) ‖ updatedAt (zonedTime)
//	‖ title ‖ category ‖ priority ‖ module ‖ status ‖ unit ‖ integration ‖ system test status
//	(texts: uvarint length ‖ UTF-8)
const requirementRowVersion byte = 1

var errRequirementRow = errors.New("damaged requirement row")

func encodeRequirementRow(r backend.RequirementRow) []byte {
	b := make([]byte, 0, 64+len(r.Title)+len(r.Module))
	b = append(append(append(b, requirementRowVersion), r.ID[:]...), r.CustomerID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = appendZonedTime(b, r.UpdatedAt)
	for _, s := range []string{r.Title, string(r.Category), string(r.Priority), r.Module, string(r.Status),
		string(r.Tests.Unit.Status), string(r.Tests.Integration.Status), string(r.Tests.System.Status)} {
		b = appendText(b, s)
	}
	return b
}

func decodeRequirementRow(raw []byte) (backend.RequirementRow, error) {
	var r backend.RequirementRow
	d := decoder{b: raw}
	if d.byte() != requirementRowVersion {
		return r, errRequirementRow
	}
	copy(r.ID[:], d.fixed(16))
	copy(r.CustomerID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.UpdatedAt = d.zonedTime()
	r.Title, r.Category, r.Priority = d.text(), backend.Category(d.text()), backend.Priority(d.text())
	r.Module, r.Status = d.text(), backend.ReqStatus(d.text())
	for _, t := range []*backend.TestResult{&r.Tests.Unit, &r.Tests.Integration, &r.Tests.System} {
		t.Status = backend.TestStatus(d.text())
	}
	if d.bad || len(d.b) > 0 {
		return r, errRequirementRow
	}
	return r, nil
}

// appendZonedTime appends t as unix seconds (varint), nanoseconds (uvarint) and its zone's offset
// in seconds (varint): the instant and the zone it was written in, as RFC 3339 keeps them.
func appendZonedTime(b []byte, t time.Time) []byte {
	_, offset := t.Zone()
	b = binary.AppendVarint(b, t.Unix())
	b = binary.AppendUvarint(b, uint64(t.Nanosecond()))
	return binary.AppendVarint(b, int64(offset))
}

// zonedTime reads what appendZonedTime wrote (timeAt); a time RFC 3339 cannot write (a year
// outside 0 to 9999, an offset of a day or more) is damage.
func (d *decoder) zonedTime() time.Time {
	sec, nsec, offset := d.varint(), d.uvarint(), d.varint()
	if d.bad || nsec >= 1e9 || offset <= -86400 || offset >= 86400 || sec < minEventSec || sec > maxEventSec {
		d.bad = true
		return time.Time{}
	}
	return timeAt(time.Unix(sec, int64(nsec)), offset)
}

// compactRequirementRows rewrites every requirement row stored as JSON in the compact form
// (migration 7).
func compactRequirementRows(tx *bbolt.Tx) error {
	b := tx.Bucket(bRequirementRows)
	rows := map[string][]byte{}
	err := b.ForEach(func(k, v []byte) error {
		if len(v) == 0 || v[0] != '{' {
			return nil
		}
		var r backend.RequirementRow
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode requirement row %x: %w", k, err)
		}
		rows[string(k)] = encodeRequirementRow(r)
		return nil
	})
	if err != nil {
		return err
	}
	for k, v := range rows {
		if err := b.Put([]byte(k), v); err != nil {
			return err
		}
	}
	return nil
}
