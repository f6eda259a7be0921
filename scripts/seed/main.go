// Command seed writes a VendorDesk data file filled with the benchmark data set (by default 10,000
// customers, 30,000 contacts, 100,000 communications, 50,000 requirements), for the browser
// performance test and for trying the app at scale: go run ./scripts/seed -dir /tmp/vd-large
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"path/filepath"
	"time"

	"vendordesk/backend/bolt"
	"vendordesk/backend/sample"
)

func main() {
	dir := flag.String("dir", "", "data folder to create the file in (required)")
	customers := flag.Int("customers", 10_000, "customers")
	contacts := flag.Int("contacts", 3, "contacts per customer")
	interactions := flag.Int("interactions", 10, "communications per customer")
	requirements := flag.Int("requirements", 5, "requirements per customer")
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
}
