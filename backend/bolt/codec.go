package bolt

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// getJSON decodes the record under id into v; a missing record is backend.NotFound(kind).
func getJSON(tx *bbolt.Tx, bucket []byte, id uuid.UUID, kind string, v any) error {
	raw := tx.Bucket(bucket).Get(id[:])
	if raw == nil {
		return backend.NotFound(kind)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("decode %s %s: %w", kind, id, err)
	}
	return nil
}

func putJSON(tx *bbolt.Tx, bucket []byte, k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Bucket(bucket).Put(k, raw)
}

// eachJSON decodes every record of bucket as a T and calls fn with its key, in key order.
func eachJSON[T any](tx *bbolt.Tx, bucket []byte, fn func(k []byte, v *T) error) error {
	return tx.Bucket(bucket).ForEach(func(k, raw []byte) error {
		var v T
		if err := json.Unmarshal(raw, &v); err != nil {
			return fmt.Errorf("decode %s %x: %w", bucket, k, err)
		}
		return fn(k, &v)
	})
}

// eachPrefix calls fn for every key in bucket that starts with prefix, in key order.
func eachPrefix(tx *bbolt.Tx, bucket, prefix []byte, fn func(k, v []byte) error) error {
	c := tx.Bucket(bucket).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// countPrefix counts the keys in bucket that start with prefix.
func countPrefix(tx *bbolt.Tx, bucket, prefix []byte) int {
	n := 0
	_ = eachPrefix(tx, bucket, prefix, func(k, v []byte) error { n++; return nil })
	return n
}

// lastWithPrefix returns the greatest key in bucket that starts with prefix, or nil.
func lastWithPrefix(tx *bbolt.Tx, bucket, prefix []byte) []byte {
	c := tx.Bucket(bucket).Cursor()
	end := prefixEnd(prefix)
	var k []byte
	if end == nil {
		k, _ = c.Last()
	} else if k, _ = c.Seek(end); k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if k == nil || !bytes.HasPrefix(k, prefix) {
		return nil
	}
	return k
}

// firstWithPrefix returns the smallest key in bucket that starts with prefix, or nil.
func firstWithPrefix(tx *bbolt.Tx, bucket, prefix []byte) []byte {
	k, _ := tx.Bucket(bucket).Cursor().Seek(prefix)
	if k == nil || !bytes.HasPrefix(k, prefix) {
		return nil
	}
	return k
}

// prefixEnd is the first key after every key with the prefix, or nil if there is none.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

func idFrom(b []byte) uuid.UUID {
	var id uuid.UUID
	copy(id[:], b)
	return id
}
