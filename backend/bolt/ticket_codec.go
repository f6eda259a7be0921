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
const ticketRowVersion = 1

func encodeTicketRow(r backend.TicketRow) []byte {
	b := make([]byte, 0, 160+len(r.Title))
	b = append(b, ticketRowVersion)
	for _, id := range []uuid.UUID{r.ID, r.CustomerID, r.ContractID, r.PolicyID, r.RequirementID} {
		b = append(b, id[:]...)
	}
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = binary.AppendUvarint(b, uint64(r.SpentMinutes))
	var flags byte
	for bit, on := range []bool{r.OutOfContract, r.SLA.Breached, r.SLA.Paused} {
		if on {
			flags |= 1 << bit
		}
	}
	b = append(b, flags)
	for _, t := range []time.Time{r.SLA.Due, r.SLA.AtRiskAt, r.CreatedAt, r.UpdatedAt} {
		b = binary.AppendVarint(b, unixNano(t))
	}
	for _, s := range []string{string(r.Priority), string(r.Kind), string(r.Status), string(r.Channel), r.Title} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

var errTicketRow = errors.New("damaged ticket row")

func decodeTicketRow(b []byte) (backend.TicketRow, error) {
	var r backend.TicketRow
	if len(b) < 1+5*16 || b[0] != ticketRowVersion {
		return r, errTicketRow
	}
	b = b[1:]
	for _, id := range []*uuid.UUID{&r.ID, &r.CustomerID, &r.ContractID, &r.PolicyID, &r.RequirementID} {
		copy(id[:], b[:16])
		b = b[16:]
	}
	d := decoder{b: b}
	r.Number, r.SpentMinutes = int(d.uvarint()), int(d.uvarint())
	flags := d.byte()
	r.OutOfContract, r.SLA.Breached, r.SLA.Paused = flags&1 != 0, flags&2 != 0, flags&4 != 0
	for _, t := range []*time.Time{&r.SLA.Due, &r.SLA.AtRiskAt, &r.CreatedAt, &r.UpdatedAt} {
		*t = fromUnixNano(d.varint())
	}
	r.Priority, r.Kind, r.Status = backend.TicketPriority(d.string()), backend.TicketKind(d.string()), backend.TicketStatus(d.string())
	r.Channel, r.Title = backend.TicketChannel(d.string()), d.string()
	if d.bad {
		return r, errTicketRow
	}
	return r, nil
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func fromUnixNano(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}
