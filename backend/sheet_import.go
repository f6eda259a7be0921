package backend

import (
	"context"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/width"
)

// A spreadsheet import (CSV or XLSX) goes in three steps: the file is read and its columns
// mapped to fields (guessed, or remembered from a file with the same header), every row is
// checked and shown as it will be stored, then the valid rows are stored in one transaction.

// ActionImport is the history entry of a record an import created: its note is the file's name.
const ActionImport Action = "import"

// Creates says whether a is the event that made its record: made by hand or imported.
func (a Action) Creates() bool { return a == ActionCreate || a == ActionImport }

// SheetKinds lists what a file's rows can be imported as.
var SheetKinds = []string{"customers", "requirements", "tickets", "deals", "sales_contracts", LedgerPayments, LedgerInvoices, LedgerLicences}

// SheetMapping says what each column of a file fills and what its choice cells mean.
type SheetMapping struct {
	// Columns has a field key ("name", "contact.mobile") per column of the file, "" for a column
	// left out.
	Columns []string `json:"columns"`
	// Choices maps, per choice field ("channel", "stage"), a cell's text to the choice's code;
	// cells not in it are guessed from the words people use ("展会" → exhibition).
	Choices map[string]map[string]string `json:"choices"`
}

// SheetSource names a file to import and how to read it ("" and 0: detect).
type SheetSource struct {
	Kind      string `json:"kind"` // what the rows are: one of SheetKinds ("" is customers)
	Path      string `json:"path"`
	Encoding  string `json:"encoding"`  // of a CSV file: utf-8, utf-8-bom, gb18030 (GBK is part of it), utf-16le, utf-16be
	Separator string `json:"separator"` // of a CSV file: ",", ";" or "\t"
	Sheet     string `json:"sheet"`     // of a workbook; "" is the first
	// Stamp is the file's version when ReadSheet read it: a preview or import of a file changed
	// since is refused ("" does not check).
	Stamp string `json:"stamp"`
}

// SheetFile is a file read for an import: how it was read, its header and first rows, and the
// mapping to start from.
type SheetFile struct {
	SheetSource
	Name       string       `json:"name"`   // the file's name, for the history
	Format     string       `json:"format"` // "csv" or "xlsx"
	Sheets     []string     `json:"sheets"` // of a workbook
	Header     []string     `json:"header"`
	Samples    [][]string   `json:"samples"` // the first rows, as read
	Rows       int          `json:"rows"`    // rows under the header
	Mapping    SheetMapping `json:"mapping"`
	Remembered bool         `json:"remembered"` // the mapping is the one used last for this header
	Fields     []string     `json:"fields"`     // the fields a column can fill
	// Choices lists, per choice field mapped, the distinct cells of its column (at most
	// MaxSheetChoices) with the code each would be stored as ("" when none fits).
	Choices map[string][]SheetChoice `json:"choices"`
}

// MaxSheetChoices bounds the distinct values listed for the mapping of one choice column.
const MaxSheetChoices = 50

// SheetChoice is one distinct cell of a choice column and how many rows hold it.
type SheetChoice struct {
	Value string `json:"value"`
	Code  string `json:"code"`
	Rows  int    `json:"rows"`
}

// SheetImportRequest is a file, its mapping, and what to do with rows that match customers
// already stored.
type SheetImportRequest struct {
	SheetSource
	Mapping    SheetMapping `json:"mapping"`
	Duplicates string       `json:"duplicates"` // DuplicatesSkip or DuplicatesMerge
}

// What an import does with a row whose customer is already stored.
const (
	DuplicatesSkip  = "skip"  // leave it out
	DuplicatesMerge = "merge" // add its contacts (those not there yet) to the stored customer
)

// RowProblem is why one row of a file cannot be imported: its row number as the spreadsheet
// shows it, the column's header and the field, and the reason as an Error has it.
type RowProblem struct {
	Row     int            `json:"row"`
	Column  string         `json:"column"`
	Field   string         `json:"field"`
	Reason  string         `json:"reason"`
	Message string         `json:"message"`
	Params  map[string]any `json:"params,omitempty"`
}

// SheetMatch is a customer of the file that is already stored: found by its name, or by a
// contact's phone, mobile or email.
type SheetMatch struct {
	Row          int       `json:"row"`
	Name         string    `json:"name"`
	CustomerID   uuid.UUID `json:"customerId" ts_type:"string"`
	CustomerRef  string    `json:"customerRef"`
	CustomerName string    `json:"customerName"`
	By           string    `json:"by"` // name, phone, mobile or email
	Value        string    `json:"value"`
}

// Limits of what a preview lists (the counts are always whole).
const (
	SheetPreviewRows     = 20
	SheetPreviewProblems = 500
)

// SheetPreview is what an import would store, before anything is written.
type SheetPreview struct {
	Rows      int          `json:"rows"`      // rows in the file
	Records   int          `json:"records"`   // records the valid rows make: customers, requirements, tickets, ...
	Customers int          `json:"customers"` // customers the valid rows make (rows of one name are one customer)
	Contacts  int          `json:"contacts"`
	Invalid   int          `json:"invalid"` // rows with a problem
	Problems  []RowProblem `json:"problems"`
	Matches   []SheetMatch `json:"matches"` // customers already stored
	// Matched counts the records of the file already stored (customers; deals, contracts, and
	// invoices, payments or licences that their contract holds): left out, or merged.
	Matched int              `json:"matched"`
	First   []CustomerBundle `json:"first"` // the first customers as they will be stored
	// Of an import of requirements or tickets: the first as they will be stored, and the names of
	// their customers.
	FirstRequirements []Requirement     `json:"firstRequirements"`
	FirstTickets      []Ticket          `json:"firstTickets"`
	FirstDeals        []Deal            `json:"firstDeals"`
	FirstContracts    []SalesContract   `json:"firstContracts"`
	FirstItems        []SheetLedgerItem `json:"firstItems"` // invoices, payments or licences
	CustomerNames     map[string]string `json:"customerNames"`
}

// SheetImportResult is what an import stored.
type SheetImportResult struct {
	Created  int   `json:"created"`  // new customers
	Contacts int   `json:"contacts"` // contacts added, to new and to stored customers
	Merged   int   `json:"merged"`   // stored customers that got contacts
	Skipped  int   `json:"skipped"`  // records of the file left out as already stored
	Invalid  int   `json:"invalid"`  // rows left out as invalid
	TookMs   int64 `json:"tookMs"`
}

// SheetCustomers is what the import service stores: checked customers with their contacts.
type SheetCustomers struct {
	Bundles    []CustomerBundle
	Rows       []int // the file's row of each bundle (for matches)
	Duplicates string
	Source     string // the file's name, for each record's history
}

// SheetImportService matches and stores customers from a spreadsheet.
type SheetImportService interface {
	// Matches lists the bundles whose customer is already stored.
	Matches(ctx context.Context, in SheetCustomers) ([]SheetMatch, error)
	// ImportSheet stores every bundle in one transaction (all or nothing), telling progress
	// (bundles done, in all) as it goes.
	ImportSheet(ctx context.Context, in SheetCustomers, progress func(done, total int64)) (SheetImportResult, error)
	// SheetStored is what checking rows of kind needs of the stored records (the customers'
	// names always; the deals' and contracts' keys and the contracts by number when kind has
	// them).
	SheetStored(ctx context.Context, kind string) (*SheetStored, error)
	// ImportRequirements, ImportTickets, ImportDeals and ImportSalesContracts store records of
	// stored customers, and ImportLedger adds invoices, payments or licences to stored contracts,
	// in one transaction (all or nothing), each recorded as imported from source, telling progress
	// as they go. A deal or contract already stored (DealKey, ContractKey), or an item its
	// contract holds (AddLedgerItem), is left out and counted as skipped.
	ImportRequirements(ctx context.Context, rs []Requirement, source string, progress func(done, total int64)) (SheetImportResult, error)
	ImportTickets(ctx context.Context, ts []Ticket, source string, progress func(done, total int64)) (SheetImportResult, error)
	ImportDeals(ctx context.Context, ds []Deal, source string, progress func(done, total int64)) (SheetImportResult, error)
	ImportSalesContracts(ctx context.Context, cs []SalesContract, source string, progress func(done, total int64)) (SheetImportResult, error)
	ImportLedger(ctx context.Context, kind string, items []SheetLedgerItem, source string, progress func(done, total int64)) (SheetImportResult, error)
	// SheetMapping is the mapping used last for a file with this header (false: none).
	SheetMapping(ctx context.Context, header []string) (SheetMapping, bool, error)
	SaveSheetMapping(ctx context.Context, header []string, m SheetMapping) error
}

// FoldName is a customer's name as duplicates are found by: half-width, lower case, without
// spaces ("ＡＢＣ 科技" and "abc科技" are one customer).
func FoldName(s string) string {
	s = strings.ToLower(width.Fold.String(s))
	return strings.Join(strings.Fields(s), "")
}

// CustomerNames finds stored customers by what a spreadsheet calls them: their number
// ("C-0007"), else their name, else their short name, compared as FoldName compares. A name two
// customers share names neither (Find says how many it could be).
type CustomerNames struct {
	byRef, byName, byShort map[string][]uuid.UUID
}

// NewCustomerNames makes an empty lookup for Add to fill.
func NewCustomerNames() *CustomerNames {
	return &CustomerNames{byRef: map[string][]uuid.UUID{}, byName: map[string][]uuid.UUID{}, byShort: map[string][]uuid.UUID{}}
}

// Add makes a stored customer findable.
func (n *CustomerNames) Add(id uuid.UUID, number int, name, short string) {
	n.byRef[FoldName(Ref("C", number))] = append(n.byRef[FoldName(Ref("C", number))], id)
	n.byName[FoldName(name)] = append(n.byName[FoldName(name)], id)
	if k := FoldName(short); k != "" {
		n.byShort[k] = append(n.byShort[k], id)
	}
}

// Find is the stored customer s names, and how many customers s could name: 1 when it is found,
// 0 when none, more when it is ambiguous (the id is then nil). A number beats a name, a name a
// short name.
func (n *CustomerNames) Find(s string) (uuid.UUID, int) {
	k := FoldName(s)
	if k == "" {
		return uuid.Nil, 0
	}
	for _, m := range []map[string][]uuid.UUID{n.byRef, n.byName, n.byShort} {
		switch ids := m[k]; len(ids) {
		case 0:
		case 1:
			return ids[0], 1
		default:
			return uuid.Nil, len(ids)
		}
	}
	return uuid.Nil, 0
}
