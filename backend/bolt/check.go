package bolt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Check verifies that every index bucket, every customer summary and the in-memory customer
// index agree with the records. Tests run it after every write; it is also the basis of a
// future "verify data file" command.
func (db *DB) Check() error {
	db.writeMu.Lock() // no write may land between reading the file and reading memory
	defer db.writeMu.Unlock()
	return db.read(func(tx *bbolt.Tx) error {
		want := map[string]map[string]string{}
		add := func(bucket []byte, k []byte, v []byte) {
			if want[string(bucket)] == nil {
				want[string(bucket)] = map[string]string{}
			}
			want[string(bucket)][string(k)] = string(v)
		}
		err := tx.Bucket(bContacts).ForEach(func(k, v []byte) error {
			var p backend.Contact
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			add(bContactsByCustomer, key(p.CustomerID[:], p.ID[:]), nil)
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bInteractions).ForEach(func(k, v []byte) error {
			var i backend.Interaction
			if err := json.Unmarshal(v, &i); err != nil {
				return err
			}
			a, b, c := interactionKeys(i)
			add(bInteractionsByCustomer, a, nil)
			if b != nil {
				add(bFollowUpsByDate, b, i.CustomerID[:])
				add(bFollowUpsByCustomer, c, nil)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bRequirements).ForEach(func(k, v []byte) error {
			var r backend.Requirement
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			a, b := requirementKeys(r)
			add(bRequirementsByCustomer, a, nil)
			row, _ := json.Marshal(r.Row())
			add(bRequirementRows, k, row)
			if mem, ok := db.requirements.row(r.ID); !ok || !bytes.Equal(must(json.Marshal(mem)), row) {
				return fmt.Errorf("memory row of requirement %s differs from the record", r.Ref())
			}
			if b != nil {
				add(bRequirementsBySource, b, nil)
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bBaselines).ForEach(func(k, v []byte) error {
			var b backend.Baseline
			if err := json.Unmarshal(v, &b); err != nil {
				return err
			}
			add(bBaselinesByCustomer, baselineKey(b.CustomerID, b.Version), k)
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bDeployments).ForEach(func(k, v []byte) error {
			var d backend.Deployment
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			row, _ := json.Marshal(d.Row())
			add(bDeploymentRows, k, row)
			add(bDeploymentsByCustomer, key(d.CustomerID[:], k), nil)
			add(bDeploymentsByRelease, key(d.ReleaseID[:], k), nil)
			db.deployments.mu.RLock()
			mem, ok := db.deployments.rows[d.ID]
			db.deployments.mu.RUnlock()
			if !ok || !bytes.Equal(must(json.Marshal(*mem)), row) {
				return fmt.Errorf("memory row of deployment %s differs from the record", d.Ref())
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = tx.Bucket(bReleases).ForEach(func(k, v []byte) error {
			var r backend.Release
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			add(bReleasesByVersion, []byte(backend.VersionKey(r.Version)), k)
			db.deployments.mu.RLock()
			mem, ok := db.deployments.releases[r.ID]
			db.deployments.mu.RUnlock()
			if !ok || mem != r.Row() {
				return fmt.Errorf("memory row of release %s differs from the record", r.Version)
			}
			if r.Status != backend.RelWithdrawn {
				for _, id := range r.Requirements {
					add(bReleaseOfRequirement, id[:], k)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := db.checkTickets(tx, add); err != nil {
			return err
		}
		err = tx.Bucket(bCallbacks).ForEach(func(k, v []byte) error {
			var c backend.Callback
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			add(bCallbacksByCustomer, key(c.CustomerID[:], k), nil)
			add(bCallbacksBySource, key(c.SourceID[:], k), nil)
			if !c.Done {
				add(bCallbacksOpen, key([]byte(c.DueOn), k), nil)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, b := range [][]byte{bCallbacksByCustomer, bCallbacksBySource, bCallbacksOpen, bTicketsByCustomer, bTicketsByRequirement, bContractsByCustomer, bDeploymentRows, bDeploymentsByCustomer, bDeploymentsByRelease, bReleasesByVersion, bReleaseOfRequirement, bBaselinesByCustomer, bContactsByCustomer, bInteractionsByCustomer, bFollowUpsByDate, bFollowUpsByCustomer,
			bRequirementsByCustomer, bRequirementsBySource, bRequirementRows} {
			if err := sameKeys(tx, b, want[string(b)]); err != nil {
				return err
			}
		}
		if n, m := db.requirements.len(), tx.Bucket(bRequirements).Stats().KeyN; n != m {
			return fmt.Errorf("memory holds %d requirements, the file %d", n, m)
		}
		if err := checkCustomerRows(tx); err != nil {
			return err
		}
		if err := db.checkMemory(tx); err != nil {
			return err
		}
		return checkEventIndex(tx)
	})
}

// sameKeys compares a bucket's keys and values with the expected ones.
func sameKeys(tx *bbolt.Tx, bucket []byte, want map[string]string) error {
	got := map[string]string{}
	_ = tx.Bucket(bucket).ForEach(func(k, v []byte) error { got[string(k)] = string(v); return nil })
	for k, v := range want {
		if g, ok := got[k]; !ok {
			return fmt.Errorf("index %s lacks key %x", bucket, k)
		} else if g != v {
			return fmt.Errorf("index %s key %x holds %x, want %x", bucket, k, g, v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			return fmt.Errorf("index %s has stale key %x", bucket, k)
		}
	}
	return nil
}

func checkCustomerRows(tx *bbolt.Tx) error {
	rows := tx.Bucket(bCustomerRows)
	if n, m := rows.Stats().KeyN, tx.Bucket(bCustomers).Stats().KeyN; n != m {
		return fmt.Errorf("customer_rows has %d rows for %d customers", n, m)
	}
	return tx.Bucket(bCustomers).ForEach(func(k, _ []byte) error {
		s, err := buildCustomerSummary(tx, idFrom(k))
		if err != nil {
			return err
		}
		want, _ := json.Marshal(s)
		if got := rows.Get(k); !bytes.Equal(got, want) {
			return fmt.Errorf("customer row %x is stale:\n got %s\nwant %s", k, got, want)
		}
		return nil
	})
}

func (db *DB) checkMemory(tx *bbolt.Tx) error {
	if n, m := db.customers.len(), tx.Bucket(bCustomerRows).Stats().KeyN; n != m {
		return fmt.Errorf("memory holds %d customers, the file %d", n, m)
	}
	return tx.Bucket(bCustomerRows).ForEach(func(k, v []byte) error {
		var s customerSummary
		if err := json.Unmarshal(v, &s); err != nil {
			return err
		}
		got, ok := db.customers.row(idFrom(k))
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(s.Row)
		if !ok || !bytes.Equal(a, b) {
			return fmt.Errorf("memory row of customer %x differs from the file:\n got %s\nwant %s", k, a, b)
		}
		return nil
	})
}

func checkEventIndex(tx *bbolt.Tx) error {
	var indexed, byRecord [][]byte
	err := tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
		var ev backend.Event
		if err := json.Unmarshal(v, &ev); err != nil {
			return err
		}
		if ev.CustomerID != [16]byte{} {
			indexed = append(indexed, key(ev.CustomerID[:], ev.ID[:]))
		}
		byRecord = append(byRecord, key(ev.RecordID[:], ev.ID[:]))
		return nil
	})
	if err != nil {
		return err
	}
	for _, ix := range []struct {
		bucket []byte
		want   [][]byte
	}{{bEventsByCustomer, indexed}, {bEventsByRecord, byRecord}} {
		got := [][]byte{}
		_ = tx.Bucket(ix.bucket).ForEach(func(k, _ []byte) error { got = append(got, bytes.Clone(k)); return nil })
		slices.SortFunc(ix.want, bytes.Compare)
		if !slices.EqualFunc(got, ix.want, bytes.Equal) {
			return fmt.Errorf("%s has %d keys, the events %d", ix.bucket, len(got), len(ix.want))
		}
	}
	return nil
}

func must(b []byte, _ error) []byte { return b }

// checkTickets adds the tickets' and contracts' index keys to want and compares each ticket's
// row, on file and in memory, with the record (the SLA summary as worked out at the last write).
func (db *DB) checkTickets(tx *bbolt.Tx, add func(bucket, k, v []byte)) error {
	err := tx.Bucket(bContracts).ForEach(func(k, v []byte) error {
		var c backend.Contract
		if err := json.Unmarshal(v, &c); err != nil {
			return err
		}
		add(bContractsByCustomer, key(c.CustomerID[:], k), nil)
		return nil
	})
	if err != nil {
		return err
	}
	if n, m := db.tickets.len(), tx.Bucket(bTickets).Stats().KeyN; n != m {
		return fmt.Errorf("memory holds %d tickets, the file %d", n, m)
	}
	return tx.Bucket(bTickets).ForEach(func(k, v []byte) error {
		var t backend.Ticket
		if err := json.Unmarshal(v, &t); err != nil {
			return err
		}
		add(bTicketsByCustomer, key(t.CustomerID[:], k), nil)
		if t.RequirementID != [16]byte{} {
			add(bTicketsByRequirement, key(t.RequirementID[:], k), nil)
		}
		stored, err := decodeTicketRow(tx.Bucket(bTicketRows).Get(k))
		if err != nil {
			return fmt.Errorf("ticket %s: %w", t.Ref(), err)
		}
		want := must(json.Marshal(t.Row(stored.SLA)))
		mem, _ := db.tickets.row(t.ID)
		if !bytes.Equal(must(json.Marshal(stored)), want) || !bytes.Equal(must(json.Marshal(mem)), want) {
			return fmt.Errorf("row of ticket %s differs from the record", t.Ref())
		}
		return nil
	})
}
