package search

import (
	"cmp"
	"time"
)

// zonedTime is a time.Time in 16 bytes instead of 24 and without a pointer: its instant and its
// zone's offset (what a stored time keeps, bolt's zonedTime), so a row built from it writes the
// same JSON and encodes to the same stored bytes as the row put.
type zonedTime struct {
	sec          int64
	nsec, offset int32
}

func zonedOf(t time.Time) zonedTime {
	_, offset := t.Zone()
	return zonedTime{sec: t.Unix(), nsec: int32(t.Nanosecond()), offset: int32(offset)}
}

// time is z as a time.Time in UTC, the local zone or a fixed zone of its offset, the way bolt
// reads stored times; zones holds a fixed zone for each offset put (so no row build allocates
// one). The zero time comes back as the zero time.
func (z zonedTime) time(zones map[int32]*time.Location) time.Time {
	t := time.Unix(z.sec, int64(z.nsec))
	if z.offset == 0 {
		return t.UTC()
	}
	if _, local := t.Zone(); local == int(z.offset) {
		return t
	}
	return t.In(zones[z.offset])
}

func (z zonedTime) compare(o zonedTime) int {
	if c := cmp.Compare(z.sec, o.sec); c != 0 {
		return c
	}
	return cmp.Compare(z.nsec, o.nsec)
}
