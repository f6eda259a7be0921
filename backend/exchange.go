package backend

import "time"

// The whole-database export: one JSON file with every record and every event (docs/export.md).
// ExportVersion goes up when the format changes; an import refuses a newer one.
const (
	ExportFormat  = "vendordesk-export"
	ExportVersion = 1
)

// ExportSummary is what an export file holds, as written or as read before an import.
type ExportSummary struct {
	Path      string       `json:"path"`
	At        time.Time    `json:"at"` // when it was exported
	SizeBytes int64        `json:"sizeBytes"`
	Counts    RecordCounts `json:"counts"`
	App       string       `json:"app"`    // the VendorDesk version that wrote it
	Schema    int          `json:"schema"` // the data file's schema version at the time
	Version   int          `json:"version"`
	TookMs    int64        `json:"tookMs"`
}
