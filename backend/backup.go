package backend

import (
	"context"
	"time"
)

// RecordCounts is how many records of each kind a data file (or a backup of it) holds: what a
// user compares to recognise a backup before restoring it.
type RecordCounts struct {
	Customers      int `json:"customers"`
	Contacts       int `json:"contacts"`
	Interactions   int `json:"interactions"`
	Requirements   int `json:"requirements"`
	Releases       int `json:"releases"`
	Deployments    int `json:"deployments"`
	Tickets        int `json:"tickets"`
	Contracts      int `json:"contracts"`
	Callbacks      int `json:"callbacks"`
	Deals          int `json:"deals"`
	SalesContracts int `json:"salesContracts"`
	Events         int `json:"events"`
}

// Kinds of backup.
const (
	BackupDaily   = "daily"   // the automatic copy at the first start of a day
	BackupUpgrade = "upgrade" // the copy made before a newer VendorDesk upgraded the file
	BackupManual  = "manual"  // "Back up now" to a file the user picked
	// BackupBeforeRestore is the data file as it was before a restore replaced it.
	BackupBeforeRestore = "before_restore"
	// BackupBeforeCompact is the data file as it was before a compaction replaced it.
	BackupBeforeCompact = "before_compact"
	// BackupDamaged is a damaged data file, kept byte for byte when a restore replaced it.
	BackupDamaged = "damaged"
)

// BackupKinds lists every kind, for the frontend's copy (enums_frontend_test.go).
var BackupKinds = []string{BackupDaily, BackupUpgrade, BackupManual, BackupBeforeRestore, BackupBeforeCompact, BackupDamaged, BackupSalvaged}

// Backup is one copy of the data file.
type Backup struct {
	Path      string       `json:"path"`
	Name      string       `json:"name"`
	Kind      string       `json:"kind"`
	At        time.Time    `json:"at"`
	SizeBytes int64        `json:"sizeBytes"`
	Counts    RecordCounts `json:"counts"`
	// HasCounts is false for a copy whose counts were not recorded (its note file is missing).
	HasCounts bool `json:"hasCounts"`
}

// Backups is the backups folder and what it holds, newest first.
type Backups struct {
	Dir  string   `json:"dir"`
	List []Backup `json:"list"`
	// LastError is why the last automatic backup failed ("" when it did not): Settings shows it.
	LastError string `json:"lastError,omitempty"`
}

// BackupService makes and lists copies of the data file.
type BackupService interface {
	Backups(ctx context.Context) (Backups, error)
	// BackupTo writes a consistent copy to path while the app keeps working; progress is told
	// (bytes written, bytes in all) as it goes.
	BackupTo(ctx context.Context, path string, progress func(done, total int64)) (Backup, error)
	// ExportTo writes every record and event to path as one JSON file (the export format); app
	// is the VendorDesk version written into it; progress is told (records written, in all).
	ExportTo(ctx context.Context, path, app string, progress func(done, total int64)) (ExportSummary, error)
}

// BackupSalvaged is a new data file made of what could still be read from a damaged one.
const BackupSalvaged = "salvaged"

// SalvageReport says what a salvage saved from a damaged data file and what it could not read.
type SalvageReport struct {
	Path   string        `json:"path"` // the new data file, in the backups folder
	Counts RecordCounts  `json:"counts"`
	Lost   []SalvageLoss `json:"lost"`
}

// SalvageLoss is what could not be read of one kind of record.
type SalvageLoss struct {
	Kind string `json:"kind"` // customers, contacts, … events (the export's names)
	// Records is how many records were found but did not read back.
	Records int `json:"records"`
	// Rest is true when part of the kind could not be reached at all (a damaged page): how many
	// records it held is unknown.
	Rest   bool   `json:"rest"`
	Detail string `json:"detail"`
}

// CompactSummary is what a compaction of the data file did.
type CompactSummary struct {
	BeforeBytes int64 `json:"beforeBytes"`
	AfterBytes  int64 `json:"afterBytes"`
	// Backup is the file as it was, kept in the backups folder.
	Backup string `json:"backup"`
}
