package bolt

import (
	"encoding/binary"
	"errors"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
)

// Ticket rows are stored in a compact binary form rather than JSON: start-up decodes 100,000 of
// them, and JSON's time parsing alone took most of a second.
//
// Version 2 (since schema 17, the migration serviceFigures) adds the outcomes of the first-response and the resolution clocks
// (the dashboard's service figures): two bits each in the flags byte (stopped, breached) and,
// after the title, for each clock its time (when it stopped, else when it is due) and its elapsed
// seconds. A row of version 1 still reads, with zero outcomes (a backup from before).
const ticketRowVersion = 2

// The bits of a ticket row's flags byte.
const (
	rowOutOfContract byte = 1 << iota
	rowBreached
	rowPaused
	rowFirstStopped // version 2 on
	rowFirstBreached
	rowResolutionStopped
	rowResolutionBreached
)

func encodeTicketRow(r backend.TicketRow) []byte {
	b := make([]byte, 0, 180+len(r.Title))
	b = append(b, ticketRowVersion)
	for _, id := range []uuid.UUID{r.ID, r.CustomerID, r.ContractID, r.PolicyID, r.RequirementID} {
		b = append(b, id[:]...)
	}
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = binary.AppendUvarint(b, uint64(r.SpentMinutes))
	var flags byte
	for _, f := range [...]struct {
		bit byte
		on  bool
	}{{rowOutOfContract, r.OutOfContract}, {rowBreached, r.SLA.Breached}, {rowPaused, r.SLA.Paused},
		{rowFirstStopped, !r.SLA.FirstResponse.StoppedAt.IsZero()}, {rowFirstBreached, r.SLA.FirstResponse.Breached},
		{rowResolutionStopped, !r.SLA.Resolution.StoppedAt.IsZero()}, {rowResolutionBreached, r.SLA.Resolution.Breached}} {
		if f.on {
			flags |= f.bit
		}
	}
	b = append(b, flags)
	for _, t := range []time.Time{r.SLA.Due, r.SLA.AtRiskAt, r.CreatedAt, r.UpdatedAt} {
		b = binary.AppendVarint(b, backend.UnixNano(t))
	}
	for _, s := range []string{string(r.Priority), string(r.Kind), string(r.Status), string(r.Channel), r.Title} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, o := range []backend.ClockOutcome{r.SLA.FirstResponse, r.SLA.Resolution} {
		b = binary.AppendVarint(b, backend.UnixNano(o.At()))
		b = binary.AppendVarint(b, int64(o.Elapsed))
	}
	return b
}

var errTicketRow = errors.New("damaged ticket row")

func decodeTicketRow(b []byte) (backend.TicketRow, error) {
	var r backend.TicketRow
	if len(b) < 1+5*16 || (b[0] != 1 && b[0] != ticketRowVersion) {
		return r, errTicketRow
	}
	version := b[0]
	b = b[1:]
	for _, id := range []*uuid.UUID{&r.ID, &r.CustomerID, &r.ContractID, &r.PolicyID, &r.RequirementID} {
		copy(id[:], b[:16])
		b = b[16:]
	}
	d := decoder{b: b}
	r.Number, r.SpentMinutes = int(d.uvarint()), int(d.uvarint())
	flags := d.byte()
	r.OutOfContract, r.SLA.Breached, r.SLA.Paused = flags&rowOutOfContract != 0, flags&rowBreached != 0, flags&rowPaused != 0
	for _, t := range []*time.Time{&r.SLA.Due, &r.SLA.AtRiskAt, &r.CreatedAt, &r.UpdatedAt} {
		*t = backend.FromUnixNano(d.varint())
	}
	r.Priority, r.Kind, r.Status = backend.TicketPriority(d.string()), backend.TicketKind(d.string()), backend.TicketStatus(d.string())
	r.Channel, r.Title = backend.TicketChannel(d.string()), d.string()
	if version >= 2 {
		r.SLA.FirstResponse = decodeOutcome(&d, flags&rowFirstStopped != 0, flags&rowFirstBreached != 0)
		r.SLA.Resolution = decodeOutcome(&d, flags&rowResolutionStopped != 0, flags&rowResolutionBreached != 0)
		d.bad = d.bad || len(d.b) > 0
	}
	if d.bad {
		return r, errTicketRow
	}
	return r, nil
}

// decodeOutcome reads one clock's outcome (see encodeTicketRow).
func decodeOutcome(d *decoder, stopped, breached bool) backend.ClockOutcome {
	at, elapsed := backend.FromUnixNano(d.varint()), d.varint()
	o := backend.ClockOutcome{Breached: breached, Elapsed: int(elapsed)}
	if stopped {
		o.StoppedAt = at
	} else {
		o.Due = at
	}
	return o
}
