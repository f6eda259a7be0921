package bolt

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"io"
	"io/fs"
	"os"

	"vendordesk/backend"
)

// bbolt's file header, as written by go.etcd.io/bbolt 1.x: two meta pages (page 0 at offset 0,
// page 1 at offset pageSize), each a 16-byte page header followed by the meta record below.
// bbolt silently falls back to the older meta page when the newer one fails its checksum, which
// would drop the newest changes without a word; reading both ourselves lets start-up say so.
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	pageHeaderSize = 16
	// magic, version, pageSize, flags (4 each); root bucket (pgid, sequence); freelist; pgid; txid
	metaChecksumAt = 4*4 + 8*2 + 8*3
	metaSize       = metaChecksumAt + 8
)

// boltMeta is the part of a meta page start-up needs.
type boltMeta struct {
	valid    bool
	magic    bool // the bbolt marker is there (false: not a bbolt file, or a wiped page)
	pageSize uint32
	highMark uint64 // pages in use: the file must be at least highMark*pageSize long
	txid     uint64
}

func readMeta(page []byte) boltMeta {
	if len(page) < pageHeaderSize+metaSize {
		return boltMeta{}
	}
	m := page[pageHeaderSize : pageHeaderSize+metaSize]
	le := binary.LittleEndian // bbolt writes its structs in the machine's order: little-endian on amd64 and arm64
	out := boltMeta{magic: le.Uint32(m[0:]) == boltMagic, pageSize: le.Uint32(m[8:]),
		highMark: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}
	h := fnv.New64a()
	h.Write(m[:metaChecksumAt])
	out.valid = out.magic && le.Uint32(m[4:]) == boltVersion && h.Sum64() == le.Uint64(m[metaChecksumAt:])
	return out
}

// regularFile is what any file VendorDesk reads must be: there (else fs.ErrNotExist, as it is),
// readable, a regular file and not empty (else a FileProblem saying which).
func regularFile(path string) (os.FileInfo, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, err
	case err != nil:
		return nil, backend.Problem(backend.FileUnreadable, "%v", err)
	case !st.Mode().IsRegular():
		return nil, backend.Problem(backend.FileNotAFile, "%s is not a regular file (mode %v)", path, st.Mode())
	case st.Size() == 0:
		return nil, backend.Problem(backend.FileEmpty, "the file is 0 bytes long")
	}
	return st, nil
}

// inspectFile checks what can be checked without opening the file as a database: that it is a
// regular, non-empty bbolt file whose two headers are intact and which is as long as they say.
// It only reads. A missing file is not a problem (os.ErrNotExist is returned for the caller to
// create one).
func inspectFile(path string) error {
	st, err := regularFile(path)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return backend.Problem(backend.FileUnreadable, "%v", err)
	}
	defer f.Close()
	head := make([]byte, 64<<10) // room for both meta pages at any page size up to 32 KiB
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return backend.Problem(backend.FileUnreadable, "read the header: %v", err)
	}
	head = head[:n]
	m0 := readMeta(head)
	pageSize := int64(m0.pageSize)
	if !m0.valid {
		pageSize = 4096 // bbolt's default; a damaged first header does not say
	}
	if m0.valid && (pageSize < 1024 || pageSize > 32<<10) {
		return backend.Problem(backend.FileHeader, "header page 0 gives a page size of %d", pageSize)
	}
	if st.Size() < 2*pageSize {
		if !m0.magic {
			return backend.Problem(backend.FileForeign, "%d bytes without a bbolt header", st.Size())
		}
		return backend.Problem(backend.FileTruncated, "the file is %d bytes; the headers alone take %d", st.Size(), 2*pageSize)
	}
	m1 := readMeta(head[pageSize:])
	switch {
	case !m0.magic && !m1.magic:
		return backend.Problem(backend.FileForeign, "no bbolt header in the first %d bytes", len(head))
	case !m0.valid || !m1.valid:
		return backend.Problem(backend.FileHeader, "header page 0 valid: %t, header page 1 valid: %t", m0.valid, m1.valid)
	}
	newest := m0
	if m1.txid > m0.txid {
		newest = m1
	}
	if need := int64(newest.highMark) * int64(newest.pageSize); st.Size() < need {
		return backend.Problem(backend.FileTruncated, "the file is %d bytes; its header says at least %d", st.Size(), need)
	}
	return nil
}
