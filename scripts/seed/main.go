// Command seed writes a VendorDesk data file filled with the benchmark data set (by default 10,000
// customers, 30,000 contacts, 100,000 communications, 50,000 requirements, 2,000 releases and
// 20,000 deployments, a maintenance contract per customer and 100,000 tickets with about 1,000,000
// events), for the browser
// performance test and for trying the app at scale: go run ./scripts/seed -dir /tmp/vd-large
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"path/filepath"
	"time"

	"github.com/google/uuid"

	"vendordesk/backend"
	"vendordesk/backend/bolt"
	"vendordesk/backend/sample"
)

func main() {
	dir := flag.String("dir", "", "data folder to create the file in (required)")
	customers := flag.Int("customers", 10_000, "customers")
	contacts := flag.Int("contacts", 3, "contacts per customer")
	interactions := flag.Int("interactions", 10, "communications per customer")
	requirements := flag.Int("requirements", 5, "requirements per customer")
	releases := flag.Int("releases", 2000, "released versions carrying the requirements")
	deployments := flag.Int("deployments", 2, "deployments per customer (the first in production)")
	tickets := flag.Int("tickets", 100_000, "support tickets (about ten events each), every customer under contract")
	flag.Parse()
	if *dir == "" {
		log.Fatal("seed: -dir is required")
	}
	db, err := bolt.Open(filepath.Join(*dir, "vendordesk.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	start := time.Now()
	bundles := sample.Large(time.Now(), *customers, *contacts, *interactions)
	sample.AddRequirements(bundles, *requirements)
	n, err := db.Import().ImportCustomers(context.Background(), bundles)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("seed: %d customers with %d contacts, %d communications and %d requirements each in %v\n",
		n, *contacts, *interactions, *requirements, time.Since(start).Round(time.Millisecond))
	if *releases == 0 {
		return
	}
	start = time.Now()
	ids := customerIDs(db)
	rels, deps := sample.Deliveries(ids, requirementIDs(db, ids), *releases, *deployments)
	if _, err := db.Import().ImportReleases(context.Background(), rels, deps); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("seed: %d releases and %d deployments in %v\n", len(rels), len(deps), time.Since(start).Round(time.Millisecond))
	if *tickets > 0 {
		seedTickets(db, *tickets)
	}
}

// seedTickets puts every customer under a contract in one of the tiers and imports the tickets.
func seedTickets(db *bolt.DB, n int) {
	start := time.Now()
	levels, err := db.ServiceLevels().List(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	var tiers []uuid.UUID
	for _, t := range levels.Tiers {
		tiers = append(tiers, t.ID)
	}
	customers := customerIDs(db)
	if _, err := db.Import().ImportContracts(context.Background(), sample.Contracts(customers, tiers, time.Now())); err != nil {
		log.Fatal(err)
	}
	if _, err := db.Import().ImportTickets(context.Background(), sample.Tickets(customers, n, time.Now())); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("seed: %d contracts and %d tickets in %v\n", len(customers), n, time.Since(start).Round(time.Millisecond))
}

// customerIDs lists every customer by number, a page at a time.
func customerIDs(db *bolt.DB) []uuid.UUID {
	var ids []uuid.UUID
	for offset := 0; ; offset += backend.MaxPage {
		p, err := db.Customers().List(context.Background(), backend.CustomerQuery{Sort: backend.SortNumber, Offset: offset, Limit: backend.MaxPage})
		if err != nil {
			log.Fatal(err)
		}
		for _, c := range p.Rows {
			ids = append(ids, c.ID)
		}
		if offset+backend.MaxPage >= p.Total {
			return ids
		}
	}
}

// requirementIDs lists every requirement by number: customer by customer, as they were imported
// (a page of the whole list at a time would sort all 50,000 for each of 250 pages).
func requirementIDs(db *bolt.DB, customers []uuid.UUID) []uuid.UUID {
	var ids []uuid.UUID
	for _, c := range customers {
		reqs, err := db.Requirements().ListByCustomer(context.Background(), c)
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range reqs.Rows {
			ids = append(ids, r.ID)
		}
	}
	return ids
}
