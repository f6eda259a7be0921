package backend

import (
	"time"

	"github.com/google/uuid"
)

// Licence is a licence delivered under a sales contract (许可证): the key, or the name of the
// licence file sent, its seats, and the days it runs. A licence without an expiry never ends.
type Licence struct {
	Key       string `json:"key"`
	Seats     int    `json:"seats"`
	StartsOn  string `json:"startsOn"`
	ExpiresOn string `json:"expiresOn"`
}

// MaxLicences is how many licences one contract holds.
const MaxLicences = 50

// How far ahead the home page warns of a licence's expiry, and how long an expired licence that
// nothing replaced stays there.
const (
	LicenceWarnDays    = 90
	LicenceExpiredDays = 30
)

// licences checks a contract's licences: a key, a start, an expiry (if any) not before the start.
// A licence may start before the signing: a trial licence often does.
func (k *checker) licences(c *SalesContract) {
	if c.Licences == nil {
		c.Licences = []Licence{}
	}
	if len(c.Licences) > MaxLicences {
		k.fail("licences", "too_many", "At most 50 licences.", map[string]any{"max": MaxLicences})
	}
	for i := range c.Licences {
		l := &c.Licences[i]
		k.required("licences", &l.Key, MaxLine)
		k.noBidi("licences", l.Key) // a key is copied character by character: it must look as it is
		k.required("licences", &l.StartsOn, MaxShort)
		k.date("licences", &l.StartsOn)
		k.notBefore("licences", &l.ExpiresOn, l.StartsOn)
		if l.Seats < 0 || l.Seats > MaxSeats {
			k.fail("licences", "range", "Seats are 0 to 1000000.", map[string]any{"min": 0, "max": MaxSeats})
		}
	}
}

// LicenceDue is a licence that expires soon, or expired lately, and that no later licence of the
// customer replaces.
type LicenceDue struct {
	ContractID   uuid.UUID `json:"contractId" ts_type:"string"`
	ContractRef  string    `json:"contractRef"`
	CustomerID   uuid.UUID `json:"customerId" ts_type:"string"`
	CustomerName string    `json:"customerName"`
	CustomerRef  string    `json:"customerRef"`
	Licence      Licence   `json:"licence"`
	DaysLeft     int       `json:"daysLeft"` // negative once expired
}

// LicencesDuePage is the first licences due, soonest expiry first, and how many there are.
type LicencesDuePage struct {
	Rows  []LicenceDue `json:"rows"`
	Total int          `json:"total"`
}

// Replaces tells whether licence l, of the same customer, carries on where old stops: it started
// after old did, by the day after old's expiry, and runs longer (or never ends). A licence that
// started earlier (a perpetual one for another module, say) replaces nothing.
func (l Licence) Replaces(old Licence) bool {
	if old.ExpiresOn == "" || l.StartsOn < old.StartsOn || l == old {
		return false
	}
	end, err := time.Parse(DateLayout, old.ExpiresOn)
	if err != nil {
		return false
	}
	return l.StartsOn <= end.AddDate(0, 0, 1).Format(DateLayout) && (l.ExpiresOn == "" || l.ExpiresOn > old.ExpiresOn)
}

// DaysBetween is the days from a to b (YYYY-MM-DD), negative when b is earlier.
func DaysBetween(a, b string) int {
	x, _ := time.Parse(DateLayout, a)
	y, _ := time.Parse(DateLayout, b)
	return int(y.Sub(x).Hours() / 24)
}
