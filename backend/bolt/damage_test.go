package bolt

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
	"vendordesk/backend/sample"
)

var (
	goodFileOnce sync.Once
	goodFile     []byte
	goodPages    map[string][]int // page type ("leaf", "branch", "freelist") → page ids
	goodPageSize int
)

// goodWindow is the window state saved in the good data file.
var goodWindow = backend.WindowState{Width: 1280, Height: 800, X: 40, Y: 30}

// goodDataFile is a closed data file with enough records for two-level trees (so it has branch
// pages), as bytes, with its page ids by type.
func goodDataFile(t *testing.T) []byte {
	t.Helper()
	goodFileOnce.Do(func() {
		path := filepath.Join(t.TempDir(), "good.db")
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		bundles := sample.Large(testNow, 400, 2, 3)
		sample.AddRequirements(bundles, 2)
		if _, err := db.Import().ImportCustomers(ctx, bundles); err != nil {
			t.Fatal(err)
		}
		if err := db.Window().SaveWindowState(ctx, goodWindow); err != nil { // what every close leaves
			t.Fatal(err)
		}
		goodPages, goodPageSize = map[string][]int{}, db.bolt.Info().PageSize
		db.bolt.View(func(tx *bbolt.Tx) error {
			for id := 2; id < int(tx.Size())/goodPageSize; id++ {
				if p, err := tx.Page(id); err == nil && p != nil {
					goodPages[p.Type] = append(goodPages[p.Type], id)
				}
			}
			return nil
		})
		db.Close()
		goodFile, _ = os.ReadFile(path)
	})
	if goodFile == nil || len(goodPages["branch"]) == 0 || len(goodPages["freelist"]) == 0 {
		t.Fatalf("no good file to damage (pages by type: %v)", goodPages)
	}
	return goodFile
}

// leafData is the middle of the keys and values of the fullest leaf page of the good file: bytes
// in use whatever the records of this run (half way down a page may be free space).
func leafData(good []byte) int {
	best, mid := 0, 0
	for _, id := range goodPages["leaf"] {
		p := good[id*goodPageSize:]
		count := int(binary.LittleEndian.Uint16(p[10:]))
		if count == 0 {
			continue
		}
		last := 16 + (count-1)*16 // the last element: flags, pos (from itself), key and value sizes
		start := 16 + count*16
		end := last + int(binary.LittleEndian.Uint32(p[last+4:])+binary.LittleEndian.Uint32(p[last+8:])+binary.LittleEndian.Uint32(p[last+12:]))
		if end <= goodPageSize && end-start > best {
			best, mid = end-start, id*goodPageSize+(start+end)/2
		}
	}
	return mid
}

// scribble overwrites n bytes at off with random bytes from a fixed seed.
func scribble(b []byte, off, n int, seed uint64) []byte {
	out := append([]byte(nil), b...)
	r := rand.New(rand.NewPCG(seed, 7))
	for i := off; i < off+n && i < len(out); i++ {
		out[i] = byte(r.UintN(256))
	}
	return out
}

// openDamaged opens path as start-up does and then runs the full check, and returns the first
// problem. It fails the test if the file's bytes changed.
func openDamaged(t *testing.T, path string) *backend.FileProblem {
	t.Helper()
	before := fileSum(path)
	db, err := Open(path)
	if err == nil {
		err = db.Verify(nil)
		db.Close()
	}
	if after := fileSum(path); after != before {
		t.Errorf("the damaged file was modified")
	}
	var p *backend.FileProblem
	if err != nil && !errors.As(err, &p) {
		t.Fatalf("got %v (%T), want a FileProblem", err, err)
	}
	return p
}

func fileSum(path string) [32]byte {
	b, _ := os.ReadFile(path)
	return sha256.Sum256(b)
}

// Every way a data file can be damaged gives a FileProblem of a kind the user is told about,
// never a panic, and the file is left exactly as it was.
func TestDamagedFilesAreReportedAndLeftAlone(t *testing.T) {
	good := goodDataFile(t)
	page := func(kind string) int { ids := goodPages[kind]; return ids[len(ids)/2] * goodPageSize }
	cases := []struct {
		name  string
		bytes []byte
		want  string
	}{
		{"0 bytes", []byte{}, backend.FileEmpty},
		{"cut to 4 KiB", good[:4096], backend.FileTruncated},
		{"cut to half", good[:len(good)/2], backend.FileTruncated},
		{"random bytes in header page 0", scribble(good, 16, 64, 1), backend.FileHeader},
		{"random bytes in header page 1", scribble(good, goodPageSize+16, 64, 2), backend.FileHeader},
		{"a wiped header page 0", scribble(good, 0, goodPageSize, 3), backend.FileHeader},
		{"random bytes over a leaf page", scribble(good, page("leaf"), goodPageSize, 4), backend.FileDamaged},
		{"random bytes inside a leaf page's data", scribble(good, leafData(good)-128, 256, 5), backend.FileDamaged},
		{"random bytes over a branch page", scribble(good, page("branch"), goodPageSize, 6), backend.FileDamaged},
		{"random bytes over the freelist", scribble(good, page("freelist"), goodPageSize, 7), backend.FileDamaged},
		{"a text file", []byte("客户名称,联系人\n上海云帆,王芳\n"), backend.FileForeign},
		{"a text file longer than two pages", bytes.Repeat([]byte("hello,世界\n"), 2000), backend.FileForeign},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "vendordesk.db")
			if err := os.WriteFile(path, c.bytes, 0o600); err != nil {
				t.Fatal(err)
			}
			if p := openDamaged(t, path); p == nil || p.Kind != c.want {
				t.Fatalf("got %+v, want kind %s", p, c.want)
			}
		})
	}
}

// Random bytes over any page in use are reported, never a panic, never a change to the file;
// over a free page they do no harm, and the file opens and checks clean.
func TestRandomBytesInAnyPageNeverCrash(t *testing.T) {
	good := goodDataFile(t)
	var used []int
	for _, kind := range []string{"leaf", "branch", "freelist"} {
		used = append(used, goodPages[kind]...)
	}
	slices.Sort(used)
	pick := func(ids []int, n int) []int {
		var out []int
		for i := range min(n, len(ids)) {
			out = append(out, ids[i*len(ids)/min(n, len(ids))])
		}
		return out
	}
	for i, id := range append(pick(used, 12), pick(goodPages["free"], 4)...) {
		path := filepath.Join(t.TempDir(), "vendordesk.db")
		os.WriteFile(path, scribble(good, id*goodPageSize, goodPageSize, uint64(100+i)), 0o600)
		p := openDamaged(t, path)
		if free := slices.Contains(goodPages["free"], id); (p == nil) != free {
			t.Errorf("page %d (free: %t): got %+v", id, free, p)
		}
	}
}

func TestFilesThatAreNotDataFiles(t *testing.T) {
	dir := t.TempDir()
	t.Run("a folder", func(t *testing.T) {
		path := filepath.Join(dir, "folder.db")
		os.Mkdir(path, 0o700)
		if _, err := Open(path); problemKind(err) != backend.FileNotAFile {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("another program's bbolt file", func(t *testing.T) {
		path := filepath.Join(dir, "other.db")
		other, _ := bbolt.Open(path, 0o600, nil)
		other.Update(func(tx *bbolt.Tx) error { _, err := tx.CreateBucket([]byte("widgets")); return err })
		other.Close()
		if p := openDamaged(t, path); p == nil || p.Kind != backend.FileForeign {
			t.Fatalf("got %+v", p)
		}
	})
}

// An intact file of the current schema is opened without one byte written to it: opening is
// never what damages or "upgrades" a file.
func TestOpeningWritesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	os.WriteFile(path, goodDataFile(t), 0o600)
	before := fileSum(path)
	for range 3 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Verify(nil); err != nil {
			t.Fatalf("the good file fails its check: %v", err)
		}
		db.Close()
	}
	if fileSum(path) != before {
		t.Fatal("opening and checking changed the file")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Fatalf("opening left files beside the data file: %v", entries)
	}
}

// A file of an older schema is copied into the backups folder before it is upgraded.
func TestUpgradeKeepsACopyOfTheOlderFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vendordesk.db")
	os.WriteFile(path, goodDataFile(t), 0o600)
	raw, _ := bbolt.Open(path, 0o600, nil)
	raw.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bMeta).Put(keySchemaVersion, []byte("4")) })
	raw.Close()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	copies, _ := filepath.Glob(filepath.Join(backupDir(path), "vendordesk-schema-4-before-upgrade-*.db"))
	if len(copies) != 1 {
		t.Fatalf("backups: %v", copies)
	}
	v, err := readSchemaVersion(copies[0])
	if err != nil || v != 4 {
		t.Fatalf("the copy has schema %d (%v), want 4", v, err)
	}
}

// A read-only data file, or a read-only folder where a new file would go, is a problem the user
// is told about. Root may write anything, so the test makes the file immutable (chattr +i).
func TestReadOnlyFileAndFolder(t *testing.T) {
	immutable := func(t *testing.T, path string) {
		t.Helper()
		if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil && os.Geteuid() == 0 {
			t.Skipf("chattr +i is not available here (%v: %s); as root nothing else makes a file read-only", err, out)
		} else if err != nil {
			os.Chmod(path, 0o500) // not root: permissions are enough
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", path).Run(); os.Chmod(path, 0o700) })
	}
	t.Run("file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "vendordesk.db")
		os.WriteFile(path, goodDataFile(t), 0o600)
		immutable(t, path)
		if p := openDamaged(t, path); p == nil || p.Kind != backend.FileReadOnly {
			t.Fatalf("got %+v", p)
		}
	})
	t.Run("folder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "data")
		os.Mkdir(dir, 0o700)
		immutable(t, dir)
		_, err := Open(filepath.Join(dir, "vendordesk.db"))
		if problemKind(err) != backend.FileReadOnly {
			t.Fatalf("got %v", err)
		}
		if _, err := os.Stat(filepath.Join(dir, "vendordesk.db")); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("a file was left behind: %v", err)
		}
	})
}

func problemKind(err error) string {
	var p *backend.FileProblem
	if errors.As(err, &p) {
		return p.Kind
	}
	return ""
}
