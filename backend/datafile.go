package backend

import "fmt"

// Kinds of FileProblem: why a data file cannot be used as it is. The frontend words each one in
// the user's language; Detail is the technical text for a support request.
const (
	FileLocked     = "locked"     // another VendorDesk has it open
	FileNewer      = "newer"      // written by a newer VendorDesk (Params: file, app)
	FileEmpty      = "empty"      // 0 bytes: an existing file is never taken for a new one
	FileNotAFile   = "not_a_file" // a folder, or something else that is not a regular file
	FileForeign    = "foreign"    // not a VendorDesk data file at all
	FileTruncated  = "truncated"  // shorter than its own header says (a copy that stopped early)
	FileHeader     = "header"     // one of the two headers fails its checksum: the newest changes may be lost
	FileDamaged    = "damaged"    // pages or records that do not read back
	FileUnreadable = "unreadable" // the system refuses access (permissions)
	FileReadOnly   = "read_only"  // can be read but not written
)

// FileProblemKinds lists every kind, for the frontend's copy (enums_frontend_test.go).
var FileProblemKinds = []string{FileLocked, FileNewer, FileEmpty, FileNotAFile, FileForeign, FileTruncated, FileHeader,
	FileDamaged, FileUnreadable, FileReadOnly}

// FileProblem says why the data file (or a backup or export being checked) cannot be used.
// Nothing has been written to the file when one is returned.
type FileProblem struct {
	Kind   string         `json:"kind"`
	Detail string         `json:"detail"`
	Params map[string]any `json:"params,omitempty"`
}

func (p *FileProblem) Error() string { return fmt.Sprintf("data file %s: %s", p.Kind, p.Detail) }

// Problem makes a FileProblem of kind with a technical detail.
func Problem(kind, format string, args ...any) *FileProblem {
	return &FileProblem{Kind: kind, Detail: fmt.Sprintf(format, args...)}
}
