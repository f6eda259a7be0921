package backend

import (
	"context"
	"math"
	"time"

	"github.com/google/uuid"
)

// Contract is a customer's maintenance contract (维保合同): a service tier for a period, with
// included hours of maintenance work and a price.
type Contract struct {
	ID            uuid.UUID `json:"id" ts_type:"string"`
	Number        int       `json:"number"`
	CustomerID    uuid.UUID `json:"customerId" ts_type:"string"`
	TierID        uuid.UUID `json:"tierId" ts_type:"string"`
	StartDate     string    `json:"startDate"`
	EndDate       string    `json:"endDate"` // the last day in force
	IncludedHours float64   `json:"includedHours"`
	Price         float64   `json:"price"` // in the currency of Settings
	Notes         string    `json:"notes"` // Markdown
	CreatedAt     time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt     time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: MC-0001 (维保; SC- is a sales contract's since they came).
func (c Contract) Ref() string { return Ref("MC", c.Number) }

// InForce reports whether the contract covers the date (YYYY-MM-DD).
func (c Contract) InForce(date string) bool { return c.StartDate <= date && date <= c.EndDate }

// Limits of a contract's numbers.
const (
	MaxIncludedHours = 100_000
	MaxPrice         = 1e12
)

// Normalize validates the contract: a customer, a tier, a period that ends after it starts,
// hours and a price that are not negative (the price is kept to the cent).
func (c *Contract) Normalize() error {
	var k checker
	if c.CustomerID == uuid.Nil {
		k.fail("customerId", "required", "Choose the customer.", nil)
	}
	if c.TierID == uuid.Nil {
		k.fail("tierId", "required", "Choose the service tier.", nil)
	}
	k.required("startDate", &c.StartDate, MaxShort)
	k.date("startDate", &c.StartDate)
	k.required("endDate", &c.EndDate, MaxShort)
	k.date("endDate", &c.EndDate)
	if k.err == nil && c.EndDate < c.StartDate {
		k.fail("endDate", "date_order", "The contract cannot end before it starts.", map[string]any{"date": c.StartDate})
	}
	if math.IsNaN(c.IncludedHours) || c.IncludedHours < 0 || c.IncludedHours > MaxIncludedHours {
		k.fail("includedHours", "range", "Included hours are 0 to 100000.", map[string]any{"min": 0, "max": MaxIncludedHours})
	}
	if math.IsNaN(c.Price) || c.Price < 0 || c.Price > MaxPrice {
		k.fail("price", "range", "The price is 0 or more.", map[string]any{"min": 0, "max": MaxPrice})
	}
	c.Price = math.Round(c.Price*100) / 100
	c.IncludedHours = math.Round(c.IncludedHours*100) / 100
	k.text("notes", &c.Notes, MaxMarkdown, true)
	return k.result()
}

// ContractRow is a contract with its tier's and policy's names and the maintenance hours used.
type ContractRow struct {
	Contract    Contract `json:"contract"`
	TierName    string   `json:"tierName"`
	PolicyName  string   `json:"policyName"`
	UsedMinutes int      `json:"usedMinutes"` // time spent on the contract's maintenance tickets
	InForce     bool     `json:"inForce"`
}

// RenewalSteps are the days before a contract's end at which it is brought up for renewal.
var RenewalSteps = []int{7, 30, 60, 90}

// Renewal is a contract that ends soon and was not renewed (no later contract follows it).
type Renewal struct {
	Contract     Contract `json:"contract"`
	CustomerName string   `json:"customerName"`
	CustomerRef  string   `json:"customerRef"`
	TierName     string   `json:"tierName"`
	DaysLeft     int      `json:"daysLeft"`
	Step         int      `json:"step"` // the smallest RenewalSteps value DaysLeft is within
}

// ContractService keeps maintenance contracts.
type ContractService interface {
	Create(ctx context.Context, c Contract) (Contract, error)
	Update(ctx context.Context, c Contract) (Contract, error)
	// Delete refuses a contract that tickets were opened under.
	Delete(ctx context.Context, id uuid.UUID) error
	ByCustomer(ctx context.Context, customerID uuid.UUID) ([]ContractRow, error)
	// Renewals lists the contracts ending within 90 days that no later contract renews,
	// soonest first.
	Renewals(ctx context.Context) ([]Renewal, error)
}
