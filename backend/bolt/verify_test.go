package bolt

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// spreadKeys is a bbolt file whose bucket bCustomers holds n JSON values under keys that begin
// with times a second apart, as record ids do; bad, if at least 0, is a key whose value is not
// JSON.
func spreadKeys(t *testing.T, n, bad int) (*bbolt.DB, [][]byte) {
	t.Helper()
	bdb, err := bbolt.Open(filepath.Join(t.TempDir(), "spread.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bdb.Close() })
	var keys [][]byte
	err = bdb.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(bCustomers)
		if err != nil {
			return err
		}
		for i := range n {
			k := binary.BigEndian.AppendUint64(nil, uint64(1_700_000_000_000+i*1000))
			k = append(k, byte(i), 0xEE) // 10 bytes, longer than the 8 the parts are cut by
			v := []byte(`{"name":"客户"}`)
			if i == bad {
				v = []byte(`{"name":`)
			}
			keys = append(keys, k)
			if err := b.Put(k, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return bdb, keys
}

func TestWalkPartsReadEveryKeyOnce(t *testing.T) {
	bdb, keys := spreadKeys(t, 5_000, -1)
	var parts []walkPart
	bdb.View(func(tx *bbolt.Tx) error { parts = walkParts(bCustomers, tx.Bucket(bCustomers)); return nil })
	if len(parts) != walkPieces {
		t.Fatalf("%d parts, want %d", len(parts), walkPieces)
	}
	seen := map[string]int{}
	for i, p := range parts {
		n := 0
		bdb.View(func(tx *bbolt.Tx) error {
			return p.each(tx, func(k, _ []byte) error { seen[string(k)]++; n++; return nil })
		})
		if n < len(keys)/walkPieces/2 { // evenly spread keys make parts of about equal size
			t.Errorf("part %d has %d keys of %d", i, n, len(keys))
		}
	}
	for _, k := range keys {
		if seen[string(k)] != 1 {
			t.Fatalf("key %x read %d times", k, seen[string(k)])
		}
	}
	if len(seen) != len(keys) {
		t.Fatalf("%d keys read, %d stored", len(seen), len(keys))
	}
	if err := walkBuckets(bdb.View, 2, nil); err != nil {
		t.Fatal(err)
	}
}

func TestWalkFindsAnUnreadableValueInAnyPart(t *testing.T) {
	for _, bad := range []int{0, 2_345, 4_999} { // the first part, one in the middle, the last
		bdb, keys := spreadKeys(t, 5_000, bad)
		err := walkBuckets(bdb.View, 2, nil)
		if err == nil || !strings.Contains(err.Error(), "not readable") {
			t.Fatalf("value %d: %v", bad, err)
		}
		if want := fmt.Sprintf("%x", keys[bad]); !strings.Contains(err.Error(), want) {
			t.Errorf("value %d: %v does not name %s", bad, err, want)
		}
	}
}

// A key raised in place on its page (damage: the keys after it on that page are now below it)
// must be reported, as the one-goroutine walk did: a part that stops at it and a next part that
// starts elsewhere would leave the rest of the page unread for bbolt's check, which runs on a
// goroutine of its own where a bad page kills the process.
func TestWalkFindsAKeyRaisedOutOfOrder(t *testing.T) {
	bdb, keys := spreadKeys(t, 5_000, -1)
	path := bdb.Path()
	bdb.Close()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raised := false
	for i := 2_345; i < 2_400 && !raised; i++ { // a key stored once: not the first of its page, which a branch copies
		if bytes.Count(raw, keys[i]) == 1 {
			raw[bytes.Index(raw, keys[i])] = 0x7F
			raised = true
		}
	}
	if !raised {
		t.Fatal("no key stored once")
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	damaged, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer damaged.Close()
	if err := walkBuckets(damaged.View, 2, nil); err == nil || !strings.Contains(err.Error(), "out of order") {
		t.Fatalf("a key raised out of order: %v", err)
	}
}

// A walk steps aside within a part too, every walkStepKeys keys: the parts are cut by the keys'
// first bytes, and one part may hold most of a bucket (the day's backup could not step aside for
// the half second the large data set's events took: a few of its records' ids are far from the
// others).
func TestWalkStepsAsideWithinAPart(t *testing.T) {
	bdb, err := bbolt.Open(filepath.Join(t.TempDir(), "skewed.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { bdb.Close() })
	const clustered = 3 * walkStepKeys
	err = bdb.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(bCustomers)
		if err != nil {
			return err
		}
		for i := range clustered + 1 {
			k := binary.BigEndian.AppendUint64(nil, uint64(1_700_000_000_000+i))
			if i == clustered {
				k = binary.BigEndian.AppendUint64(nil, 1<<62) // far from the others: every other key falls in the first part
			}
			if err := b.Put(k, []byte(`{"name":"客户"}`)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var parts int
	if err := bdb.View(func(tx *bbolt.Tx) error { parts = len(walkParts(bCustomers, tx.Bucket(bCustomers))); return nil }); err != nil {
		t.Fatal(err)
	}
	steps := 0
	if err := walkBuckets(bdb.View, 1, func() { steps++ }); err != nil {
		t.Fatal(err)
	}
	if want := parts + 3; steps < want {
		t.Fatalf("%d steps aside over %d parts, want at least %d", steps, parts, want)
	}
}
