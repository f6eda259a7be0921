package bolt

import (
	"encoding/binary"

	"vendordesk/backend"
)

// Deal rows are stored compactly, like the other list rows (row_codec.go), in deal_rows: opening
// the file builds the deal index from them without decoding a deal.
const dealRowVersion byte = 2 // ‖ id ‖ customerID ‖ number ‖ updatedAt ‖ amount (varint) ‖ amountCNY
// (varint) ‖ probability ‖ title ‖ currency ‖ stage ‖ expectedClose ‖ closedOn ‖ channel ‖ createdAt
// (since schema 14, for the sales cycle; version 1, without it, still reads: a backup from before)

func encodeDealRow(r backend.DealRow) []byte {
	b := make([]byte, 0, 80+len(r.Title))
	b = append(append(append(b, dealRowVersion), r.ID[:]...), r.CustomerID[:]...)
	b = binary.AppendUvarint(b, uint64(r.Number))
	b = appendZonedTime(b, r.UpdatedAt)
	b = binary.AppendVarint(b, r.Amount)
	b = binary.AppendVarint(b, r.AmountCNY)
	b = binary.AppendUvarint(b, uint64(r.Probability))
	for _, s := range []string{r.Title, r.Currency, string(r.Stage), r.ExpectedClose, r.ClosedOn, string(r.Channel)} {
		b = appendText(b, s)
	}
	return appendZonedTime(b, r.CreatedAt)
}

func decodeDealRow(raw []byte) (backend.DealRow, error) {
	var r backend.DealRow
	d := decoder{b: raw}
	version := d.byte()
	if version != 1 && version != dealRowVersion {
		return r, errRow
	}
	copy(r.ID[:], d.fixed(16))
	copy(r.CustomerID[:], d.fixed(16))
	r.Number = int(d.uvarint())
	r.UpdatedAt = d.zonedTime()
	r.Amount, r.AmountCNY, r.Probability = d.varint(), d.varint(), int(d.uvarint())
	r.Title, r.Currency, r.Stage = d.text(), enumText(&d, backend.Currencies), enumText(&d, backend.DealStages)
	r.ExpectedClose, r.ClosedOn, r.Channel = d.text(), d.text(), enumText(&d, backend.Channels)
	if version == dealRowVersion {
		r.CreatedAt = d.zonedTime()
	}
	return r, d.end()
}
