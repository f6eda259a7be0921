package backend

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// Competitor is one entry of the market-research register (市场调研): a rival product the vendor
// meets at its customers, which requirements can cite as their source.
type Competitor struct {
	ID         uuid.UUID `json:"id" ts_type:"string"`
	Number     int       `json:"number"`
	Name       string    `json:"name"`    // the competing company
	Product    string    `json:"product"` // its product
	Website    string    `json:"website"`
	Strengths  string    `json:"strengths"`  // Markdown
	Weaknesses string    `json:"weaknesses"` // Markdown
	PriceNotes string    `json:"priceNotes"` // Markdown
	Notes      string    `json:"notes"`      // Markdown
	CreatedAt  time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt  time.Time `json:"updatedAt" ts_type:"string"`
}

// Ref is the short number people use: CP-0001.
func (c Competitor) Ref() string { return Ref("CP", c.Number) }

// Normalize trims the user's text and validates every field.
func (c *Competitor) Normalize() error {
	var k checker
	k.required("name", &c.Name, MaxName)
	k.text("product", &c.Product, MaxName, false)
	k.website("website", &c.Website)
	k.text("strengths", &c.Strengths, MaxMarkdown, true)
	k.text("weaknesses", &c.Weaknesses, MaxMarkdown, true)
	k.text("priceNotes", &c.PriceNotes, MaxMarkdown, true)
	k.text("notes", &c.Notes, MaxMarkdown, true)
	return k.result()
}

// CompetitorRow is a register entry with the number of requirements that cite it.
type CompetitorRow struct {
	Competitor   Competitor `json:"competitor"`
	Requirements int        `json:"requirements"`
}

// CompetitorService keeps the market-research register. The register is small (tens of
// entries), so it is listed whole.
type CompetitorService interface {
	Create(ctx context.Context, c Competitor) (Competitor, error)
	Update(ctx context.Context, c Competitor) (Competitor, error)
	Get(ctx context.Context, id uuid.UUID) (Competitor, error)
	// List returns every competitor matching search (words in name, product, number), by name.
	List(ctx context.Context, search string) ([]CompetitorRow, error)
	// Delete removes a competitor no requirement cites; a cited one is refused with a conflict.
	Delete(ctx context.Context, id uuid.UUID) error
}
