package bolt

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

// Bucket names. Index buckets hold fixed-width composite keys with small or empty values, so a
// prefix scan answers "the contacts of customer X" without decoding records.
var (
	bMeta     = []byte("meta")
	bSettings = []byte("settings")
	bEvents   = []byte("events") // recordID ‖ eventID → one change (event_codec.go)
	// deleted_by_customer: customerID ‖ recordID of each record deleted, whose history stays in
	// its customer's timeline (timeline.go), where the indexes of live records no longer list it
	bDeletedByCustomer = []byte("deleted_by_customer")
	// events_by_customer: customerID ‖ eventID → recordID, schemas 1 to 8: a key per event, a
	// million on the large data set, where since schema 9 a timeline is read from its records
	bEventsByCustomer = []byte("events_by_customer")

	bCustomers    = []byte("customers")
	bCustomerRows = []byte("customer_rows") // id → customerSummary, compact

	bContacts           = []byte("contacts")
	bContactsByCustomer = []byte("contacts_by_customer") // customerID ‖ contactID

	bInteractions           = []byte("interactions")
	bInteractionsByCustomer = []byte("interactions_by_customer") // customerID ‖ at(8) ‖ id
	bFollowUpsByDate        = []byte("followups_by_date")        // date(8) ‖ id → customerID
	bFollowUpsByCustomer    = []byte("followups_by_customer")    // customerID ‖ date(8) ‖ id

	bRequirements           = []byte("requirements")
	bRequirementsByCustomer = []byte("requirements_by_customer") // customerID ‖ id
	bRequirementsBySource   = []byte("requirements_by_source")   // source refID ‖ id (a meeting's requirements)
	bRequirementRows        = []byte("requirement_rows")         // id → RequirementRow, compact (the list summary)

	bCompetitors = []byte("competitors")

	bBaselines           = []byte("baselines")             // id → Baseline JSON, written once
	bBaselinesByCustomer = []byte("baselines_by_customer") // customerID ‖ version(8) → id

	// events_by_record: recordID ‖ eventID (one record's history), schemas 3 to 7: since schema 8
	// the events are stored under those keys themselves
	bEventsByRecord = []byte("events_by_record")

	bReleases             = []byte("releases")
	bReleasesByVersion    = []byte("releases_by_version")    // VersionKey → id (versions are unique)
	bReleaseOfRequirement = []byte("release_of_requirement") // requirementID → the live release delivering it

	bDeployments           = []byte("deployments")
	bDeploymentRows        = []byte("deployment_rows")         // id → DeploymentRow, compact (lists, the matrix)
	bDeploymentsByCustomer = []byte("deployments_by_customer") // customerID ‖ id
	bDeploymentsByRelease  = []byte("deployments_by_release")  // releaseID ‖ id

	bSLAPolicies         = []byte("sla_policies")  // id → SLAPolicy JSON
	bServiceTiers        = []byte("service_tiers") // id → ServiceTier JSON
	bContracts           = []byte("contracts")
	bContractsByCustomer = []byte("contracts_by_customer") // customerID ‖ id → endDate (since schema 10; empty before)
	bContractsByEnd      = []byte("contracts_by_end")      // endDate ‖ id → customerID: the renewals due, in date order

	bTickets              = []byte("tickets")
	bTicketRows           = []byte("ticket_rows")            // id → TicketRow in a compact binary form (ticket_codec.go)
	bTicketsByCustomer    = []byte("tickets_by_customer")    // customerID ‖ id
	bTicketsByRequirement = []byte("tickets_by_requirement") // requirementID ‖ ticketID (who asked for a feature)

	bCallbacks           = []byte("callbacks")
	bCallbacksByCustomer = []byte("callbacks_by_customer") // customerID ‖ id
	bCallbacksBySource   = []byte("callbacks_by_source")   // ticket or deployment ID ‖ id
	bCallbacksOpen       = []byte("callbacks_open")        // dueOn (YYYY-MM-DD) ‖ id: the ones still to make
	// callbacks_done: doneOn (YYYY-MM-DD) ‖ id → customerID ‖ score (1 byte) ‖ NPS (1 byte, signed,
	// -1: not asked) of each done callback: the satisfaction figures by month (callbacks_done.go)
	bCallbacksDone = []byte("callbacks_done")

	bDeals           = []byte("deals")
	bDealRows        = []byte("deal_rows")         // id → DealRow, compact (deal_rows.go)
	bDealsByCustomer = []byte("deals_by_customer") // customerID ‖ id

	bSalesContracts           = []byte("sales_contracts")
	bSalesContractsByCustomer = []byte("sales_contracts_by_customer") // customerID ‖ id → dealID (16 bytes, zero for none)
	bSalesContractRows        = []byte("sales_contract_rows")         // id → the contract's money, compact (receivables.go)
)

// migrations run in order at open, each once; the index+1 is the schema version it produces.
// Shipped migrations are never edited: add a new one.
var migrations = []func(tx *bbolt.Tx) error{
	func(tx *bbolt.Tx) error { // 1: the foundation buckets
		for _, b := range [][]byte{bMeta, bSettings, bEvents, bEventsByCustomer, bCustomers, bCustomerRows,
			bContacts, bContactsByCustomer, bInteractions, bInteractionsByCustomer, bFollowUpsByDate, bFollowUpsByCustomer} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *bbolt.Tx) error { // 2: requirements
		for _, b := range [][]byte{bRequirements, bRequirementsByCustomer, bRequirementsBySource, bRequirementRows} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *bbolt.Tx) error { // 3: the competitor register, requirement baselines, record histories
		for _, b := range [][]byte{bCompetitors, bBaselines, bBaselinesByCustomer, bEventsByRecord} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		byRecord := tx.Bucket(bEventsByRecord)
		return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
			ev, err := decodeEventRefs(k, v) // JSON in a file of then; either form reads
			if err != nil {
				return fmt.Errorf("decode event %x: %w", k, err)
			}
			return byRecord.Put(key(ev.RecordID[:], k), nil)
		})
	},
	func(tx *bbolt.Tx) error { // 4: releases and deployments
		for _, b := range [][]byte{bReleases, bReleasesByVersion, bReleaseOfRequirement,
			bDeployments, bDeploymentRows, bDeploymentsByCustomer, bDeploymentsByRelease} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *bbolt.Tx) error { // 5: after-sales service: SLA policies, tiers, contracts, tickets, callbacks
		for _, b := range [][]byte{bSLAPolicies, bServiceTiers, bContracts, bContractsByCustomer,
			bTickets, bTicketRows, bTicketsByCustomer, bTicketsByRequirement,
			bCallbacks, bCallbacksByCustomer, bCallbacksBySource, bCallbacksOpen} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return seedServiceLevels(tx)
	},
	compactStoredEvents, // 6: events in their compact form (event_codec.go)
	compactRows,         // 7: customer, requirement and deployment rows in their compact form (row_codec.go)
	eventsUnderRecords,  // 8: events stored under recordID ‖ eventID; events_by_record dropped (events.go)
	timelinesOfRecords,  // 9: events_by_customer dropped for deleted_by_customer (timeline.go)
	contractEnds,        // 10: contracts by end date, and each customer's contracts with their ends (renewals.go)
	func(tx *bbolt.Tx) error { // 11: deals
		for _, b := range [][]byte{bDeals, bDealRows, bDealsByCustomer} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *bbolt.Tx) error { // 12: sales contracts
		for _, b := range [][]byte{bSalesContracts, bSalesContractsByCustomer} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *bbolt.Tx) error { // 13: each sales contract's money row (receivables.go)
		if _, err := tx.CreateBucketIfNotExists(bSalesContractRows); err != nil {
			return err
		}
		return rewriteContractRows(tx)
	},
	func(tx *bbolt.Tx) error { // 14: deal rows with their creation, contract rows with their deal (the dashboard)
		deals := tx.Bucket(bDealRows)
		err := eachJSON(tx, bDeals, func(k []byte, d *backend.Deal) error { return deals.Put(k, encodeDealRow(d.Row())) })
		if err != nil {
			return err
		}
		return rewriteContractRows(tx)
	},
	rewriteContractRows, // 15: contract rows with their licences (the licences due)
	requirementDates,    // 16: requirements with the days they were confirmed and released (requirement_dates.go)
	serviceFigures,      // 17: callbacks_done, and ticket rows with their clocks' outcomes (the dashboard's service half)
}

// rewriteContractRows writes every sales contract's row anew, in this build's form.
func rewriteContractRows(tx *bbolt.Tx) error {
	rows := tx.Bucket(bSalesContractRows)
	return eachJSON(tx, bSalesContracts, func(k []byte, c *backend.SalesContract) error { return rows.Put(k, encodeContractRow(*c)) })
}

// SchemaVersion is the version this build writes.
var SchemaVersion = len(migrations)

var keySchemaVersion = []byte("schema_version")

// keyFileID names the data file's id (see DB.fileID).
var keyFileID = []byte("file_id")

// putFileID gives the file tx writes the id id.
func putFileID(tx *bbolt.Tx, id string) error { return tx.Bucket(bMeta).Put(keyFileID, []byte(id)) }

// newerSchema is the problem of a file written by a newer VendorDesk.
func newerSchema(file int) *backend.FileProblem {
	return &backend.FileProblem{Kind: backend.FileNewer, Detail: fmt.Sprintf("schema %d; this version understands up to %d", file, SchemaVersion),
		Params: map[string]any{"file": file, "app": SchemaVersion}}
}

// migrate brings an existing file from schema version from to SchemaVersion. The file is first
// copied into the backups folder, so a migration that goes wrong (or a user who wants the older
// VendorDesk back) has the file as it was. (A new file is made migrated: createDataFile.)
func (db *DB) migrate(from int) error {
	name := fmt.Sprintf("vendordesk-schema-%d-before-upgrade-%s.db", from, db.Now().Format("20060102-150405"))
	if _, err := db.backupInto(name, backend.BackupUpgrade); err != nil {
		return fmt.Errorf("back up the data file before upgrading it: %w", err)
	}
	return db.bolt.Update(migrateTx)
}

func migrateTx(tx *bbolt.Tx) error {
	meta, err := tx.CreateBucketIfNotExists(bMeta)
	if err != nil {
		return err
	}
	v := 0
	if raw := meta.Get(keySchemaVersion); raw != nil {
		if v, err = strconv.Atoi(string(raw)); err != nil {
			return fmt.Errorf("read schema version %q: %w", raw, err)
		}
	}
	if v > len(migrations) {
		return newerSchema(v)
	}
	for ; v < len(migrations); v++ {
		if err := migrations[v](tx); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	return meta.Put(keySchemaVersion, []byte(strconv.Itoa(v)))
}

// key joins fixed-width parts into one index key.
func key(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	k := make([]byte, 0, n)
	for _, p := range parts {
		k = append(k, p...)
	}
	return k
}

// u64 is a big-endian 8-byte key part, so keys sort by the number.
func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}
