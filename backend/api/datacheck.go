package api

import (
	"context"
	"errors"
	"time"

	"vendordesk/backend"
)

// DataCheck is the result of "Check data file": what was checked and what was found.
type DataCheck struct {
	OK bool `json:"ok"`
	// Problem is what was found (nil when OK), worded by the frontend like the problem page.
	Problem   *DataFileProblem `json:"problem,omitempty"`
	TookMs    int64            `json:"tookMs"`
	CheckedAt time.Time        `json:"checkedAt"`
}

// DataCheckProgressEvent is the event of the check's progress: (step, steps).
const DataCheckProgressEvent = "datacheck:progress"

// dataCheckSteps is how many steps DB.Verify tells: every page, bbolt's page check, the indexes.
const dataCheckSteps = 3

// CheckDataFile runs the full integrity check of the data file while the app keeps working
// (every page read, bbolt's own page check, every index against its records) and says plainly
// what it found. Damage found here is reported, not acted on: the user decides to restore.
func (a *System) CheckDataFile() (DataCheck, error) {
	return call(a.s, func(ctx context.Context) (DataCheck, error) {
		start := time.Now()
		err := a.s.Verify(func(n int) {
			if a.s.Emit != nil {
				a.s.Emit(DataCheckProgressEvent, n, dataCheckSteps)
			}
		})
		out := DataCheck{OK: err == nil, TookMs: time.Since(start).Milliseconds(), CheckedAt: start}
		var p *backend.FileProblem
		if errors.As(err, &p) {
			out.Problem = &DataFileProblem{Kind: p.Kind, Detail: p.Detail, Params: p.Params, Path: a.s.DataFile}
		} else if err != nil {
			return out, err
		}
		return out, nil
	})
}
