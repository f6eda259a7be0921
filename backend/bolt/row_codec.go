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

// The list rows of customers, requirements and deployments are stored compactly since schema 7,
// as ticket rows are (ticket_codec.go): start-up decodes every one of them into the in-memory
// indexes, and as JSON they were most of opening the large data set (0.9 s of its 1.5 s of work).
// Each is a version byte, then its fields in a fixed order: ids raw, numbers as uvarints, times
// as zonedTime, texts as uvarint length ‖ UTF-8.
const (
	requirementRowVersion byte = 2 // ‖ id ‖ customerID ‖ number ‖ updatedAt ‖ title ‖ category
	// ‖ priority ‖ module ‖ status ‖ unit ‖ integration ‖ system test status ‖ confirmedOn ‖ releasedOn
	// (the two days since schema 16, for the lead time; version 1, without them, still reads)
	deploymentRowVersion byte = 1 // ‖ id ‖ customerID ‖ releaseID ‖ number ‖ updatedAt ‖ version
	// ‖ environment ‖ status ‖ deployedOn ‖ goLiveOn ‖ customerName
	customerRowVersion byte = 1 // ‖ id ‖ number ‖ name ‖ shortName ‖ industry ‖ city ‖ region
	// ‖ channel ‖ stage ‖ primaryContact ‖ nextFollowUp ‖ contactText ‖ tags (count ‖ texts)
	// ‖ archived (byte) ‖ contactCount ‖ interactionCount ‖ lastContactAt ‖ createdAt ‖ updatedAt
)

var errRow = errors.New("damaged list row")

// end is errRow if a part did not read or bytes follow the last.
func (d *decoder) end() error {
	if d.bad || len(d.b) > 0 {
		return errRow
	}
	return nil
}

func encodeRequirementRow(r backend.RequirementRow) []byte {
	b := make([]byte, 0, 64+len(r.Title)+len(r.Module))
	b = append(append(append(b, requirementRowVersion), r.ID[:]...), r.CustomerID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = appendZonedTime(b, r.UpdatedAt)
	for _, s := range []string{r.Title, string(r.Category), string(r.Priority), r.Module, string(r.Status),
		string(r.Tests.Unit.Status), string(r.Tests.Integration.Status), string(r.Tests.System.Status), r.ConfirmedOn, r.ReleasedOn} {
		b = appendText(b, s)
	}
	return b
}

func decodeRequirementRow(raw []byte) (backend.RequirementRow, error) {
	var r backend.RequirementRow
	d := decoder{b: raw}
	version := d.byte()
	if version < 1 || version > requirementRowVersion {
		return r, errRow
	}
	copy(r.ID[:], d.fixed(16))
	copy(r.CustomerID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.UpdatedAt = d.zonedTime()
	r.Title, r.Category, r.Priority = d.text(), enumText(&d, backend.Categories), enumText(&d, backend.Priorities)
	r.Module, r.Status = d.text(), enumText(&d, backend.ReqStatuses)
	for _, t := range []*backend.TestResult{&r.Tests.Unit, &r.Tests.Integration, &r.Tests.System} {
		t.Status = enumText(&d, backend.TestStatuses)
	}
	if version >= 2 {
		r.ConfirmedOn, r.ReleasedOn = d.text(), d.text()
	}
	return r, d.end()
}

func encodeDeploymentRow(r backend.DeploymentRow) []byte {
	b := make([]byte, 0, 96+len(r.Version))
	b = append(append(append(append(b, deploymentRowVersion), r.ID[:]...), r.CustomerID[:]...), r.ReleaseID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = appendZonedTime(b, r.UpdatedAt)
	for _, s := range []string{r.Version, string(r.Environment), string(r.Status), r.DeployedOn, r.GoLiveOn, r.CustomerName} {
		b = appendText(b, s)
	}
	return b
}

func decodeDeploymentRow(raw []byte) (backend.DeploymentRow, error) {
	var r backend.DeploymentRow
	d := decoder{b: raw}
	if d.byte() != deploymentRowVersion {
		return r, errRow
	}
	copy(r.ID[:], d.fixed(16))
	copy(r.CustomerID[:], d.fixed(16))
	copy(r.ReleaseID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.UpdatedAt = d.zonedTime()
	r.Version, r.Environment, r.Status = d.text(), backend.Environment(d.text()), backend.DeployStatus(d.text())
	r.DeployedOn, r.GoLiveOn, r.CustomerName = d.text(), d.text(), d.text()
	return r, d.end()
}

func encodeCustomerRow(s customerSummary) []byte {
	r := s.Row
	b := make([]byte, 0, 128+len(r.Name)+len(s.ContactText))
	b = append(append(b, customerRowVersion), r.ID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	for _, t := range []string{r.Name, r.ShortName, r.Industry, r.City, r.Region, string(r.Channel), string(r.Stage),
		r.PrimaryContact, r.NextFollowUp, s.ContactText} {
		b = appendText(b, t)
	}
	b = binary.AppendUvarint(b, uint64(len(r.Tags)))
	for _, t := range r.Tags {
		b = appendText(b, t)
	}
	archived := byte(0)
	if r.Archived {
		archived = 1
	}
	b = append(b, archived)
	b = binary.AppendUvarint(b, uint64(r.ContactCount))
	b = binary.AppendUvarint(b, uint64(r.InteractionCount))
	for _, t := range []time.Time{r.LastContactAt, r.CreatedAt, r.UpdatedAt} {
		b = appendZonedTime(b, t)
	}
	return b
}

// decodeCustomerRow reads a customer row; its tags are never nil (Customer.Normalize).
func decodeCustomerRow(raw []byte) (customerSummary, error) {
	var s customerSummary
	r := &s.Row
	d := decoder{b: raw}
	if d.byte() != customerRowVersion {
		return s, errRow
	}
	copy(r.ID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.Name, r.ShortName, r.Industry, r.City, r.Region = d.text(), d.text(), d.text(), d.text(), d.text()
	r.Channel, r.Stage = backend.Channel(d.text()), backend.Stage(d.text())
	r.PrimaryContact, r.NextFollowUp, s.ContactText = d.text(), d.text(), d.text()
	n := d.count()
	r.Tags = make([]string, 0, n)
	for i := 0; i < n && !d.bad; i++ {
		r.Tags = append(r.Tags, d.text())
	}
	switch d.byte() {
	case 0:
	case 1:
		r.Archived = true
	default:
		d.bad = true
	}
	r.ContactCount, r.InteractionCount = int(d.uvarint()), int(d.uvarint())
	r.LastContactAt, r.CreatedAt, r.UpdatedAt = d.zonedTime(), d.zonedTime(), d.zonedTime()
	return s, d.end()
}

// compactRows rewrites every customer, requirement and deployment row stored as JSON in the
// compact form (migration 7).
func compactRows(tx *bbolt.Tx) error {
	return errors.Join(
		compactRowsOf[customerSummary](tx, bCustomerRows, encodeCustomerRow),
		compactRowsOf[backend.RequirementRow](tx, bRequirementRows, encodeRequirementRow),
		compactRowsOf[backend.DeploymentRow](tx, bDeploymentRows, encodeDeploymentRow))
}

// compactRowsOf rewrites the JSON rows (of type T) of bucket with encode.
func compactRowsOf[T any](tx *bbolt.Tx, bucket []byte, encode func(T) []byte) error {
	b := tx.Bucket(bucket)
	rows := map[string][]byte{}
	err := b.ForEach(func(k, v []byte) error {
		if len(v) == 0 || v[0] != '{' {
			return nil
		}
		var r T
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode %s %x: %w", bucket, k, err)
		}
		rows[string(k)] = encode(r)
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

// eachRow decodes every list row of bucket in tx and hands it to add (what builds an in-memory
// index at open); a row that does not decode is named in the error.
func eachRow[R any](tx *bbolt.Tx, bucket []byte, what string, decode func([]byte) (R, error), add func(R)) error {
	return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
		r, err := decode(v)
		if err != nil {
			return fmt.Errorf("decode %s %x: %w", what, k, err)
		}
		add(r)
		return nil
	})
}
