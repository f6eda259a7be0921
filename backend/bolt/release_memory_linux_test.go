package bolt

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// mappedKB is how much of the file at path this process has mapped in memory (its Rss in
// /proc/self/smaps), in KB.
func mappedKB(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	kb, inFile := 0, false
	for s := bufio.NewScanner(f); s.Scan(); {
		fields := strings.Fields(s.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-"): // a mapping's first line
			inFile = len(fields) == 6 && fields[5] == path
		case inFile && fields[0] == "Rss:":
			n, _ := strconv.Atoi(fields[1])
			kb += n
		}
	}
	return kb
}

func TestReleaseMemoryUnmapsTheFileAndLosesNothing(t *testing.T) {
	db := openTest(t)
	bucket, value := []byte("release-test"), bytes.Repeat([]byte("数据"), 1000) // 6 KB
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucket(bucket)
		for i := 0; err == nil && i < 2000; i++ { // 12 MB
			err = b.Put([]byte(strconv.Itoa(i)), append(value, byte(i)))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	readAll := func() (n int) {
		t.Helper()
		err := db.read(func(tx *bbolt.Tx) error {
			return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
				i, _ := strconv.Atoi(string(k))
				if !bytes.Equal(v, append(value, byte(i))) {
					t.Fatalf("value %s changed", k)
				}
				n++
				return nil
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	readAll()
	before := mappedKB(t, db.path)
	if before < 8000 {
		t.Fatalf("only %d KB of the file mapped after reading 12 MB of it", before)
	}
	db.ReleaseMemory()
	if after := mappedKB(t, db.path); after > before/10 {
		t.Errorf("%d KB of the file still mapped after ReleaseMemory (%d KB before)", after, before)
	}
	if n := readAll(); n != 2000 {
		t.Errorf("read %d values after ReleaseMemory, want 2000", n)
	}
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucket) }); err != nil {
		t.Fatal(err)
	}
}
