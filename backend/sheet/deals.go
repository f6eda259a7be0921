package sheet

import "vendordesk/backend"

// Deals checks every row of t as a deal of a stored customer, by the rules of a deal typed in
// (a won deal needs its amount, a lost one its reason). A row naming a deal its customer has
// already (the same title), or that a row before it named, is a duplicate: left out.
func Deals(t Table, m backend.SheetMapping, stored *backend.SheetStored) Records[backend.Deal] {
	seen := map[string]bool{}
	return readRecords(t, m, DealKind, stored, func(r *rowReader) (backend.Deal, error) {
		d := backend.Deal{CustomerID: r.customer(), Title: r.cell("title"), Amount: r.amount("amount"), Rate: r.rate("rate"),
			Probability: r.whole("probability", true), ExpectedClose: r.day("expectedClose"), ClosedOn: r.day("closedOn"),
			Products: splitTags(r.cell("products")), NextStep: r.cell("nextStep"), LostReason: r.cell("lostReason"), Notes: r.cell("notes")}
		d.Currency, d.Stage = r.choice("currency"), backend.DealStage(r.choice("stage"))
		d.Channel = backend.Channel(r.choice("channel"))
		if r.problem != nil {
			return d, nil
		}
		if _, given := r.cols["probability"]; !given || r.cell("probability") == "" {
			d.Probability = backend.StageProbability[stageOr(d.Stage)] // as a deal entering its stage takes
		}
		if err := d.Normalize(); err != nil {
			return d, err
		}
		// A deal won or lost in another tool closed on the day the file says (else its expected
		// day), never on the day of the import: it would count in this month's figures.
		if !d.Stage.Open() && d.ClosedOn == "" {
			d.ClosedOn = d.ExpectedClose
			if r.required("closedOn", d.ClosedOn); r.problem != nil {
				return d, nil
			}
		}
		key := backend.DealKey(d)
		r.duplicate = stored.Deals[key] || seen[key]
		seen[key] = true
		return d, nil
	}, "")
}

// stageOr is a deal's stage, the first one when none is given.
func stageOr(s backend.DealStage) backend.DealStage {
	if s == "" {
		return backend.DealInitial
	}
	return s
}
