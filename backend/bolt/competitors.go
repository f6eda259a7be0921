package bolt

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/google/uuid"
	"go.etcd.io/bbolt"
	"golang.org/x/text/collate"

	"vendordesk/backend"
	"vendordesk/backend/search"
)

type competitorService struct{ db *DB }

// Competitors returns the market-research register.
func (db *DB) Competitors() backend.CompetitorService { return competitorService{db} }

func (s competitorService) Create(ctx context.Context, c backend.Competitor) (backend.Competitor, error) {
	return createWith(s.db, "create competitor", c, (*writeTx).createCompetitor)
}

func (w *writeTx) createCompetitor(c backend.Competitor) (backend.Competitor, error) {
	n, err := w.tx.Bucket(bCompetitors).NextSequence()
	if err != nil {
		return c, err
	}
	c.ID, c.Number, c.CreatedAt, c.UpdatedAt = w.db.NewID(), int(n), w.now, w.now
	if err := putJSON(w.tx, bCompetitors, c.ID[:], c); err != nil {
		return c, err
	}
	return c, w.logEvent("competitor", c.ID, uuid.Nil, backend.ActionCreate, c.Name, nil, c)
}

func (s competitorService) Update(ctx context.Context, c backend.Competitor) (backend.Competitor, error) {
	if err := c.Normalize(); err != nil {
		return backend.Competitor{}, err
	}
	var saved backend.Competitor
	err := s.db.write(func(w *writeTx) error {
		var old backend.Competitor
		if err := getJSON(w.tx, bCompetitors, c.ID, "competitor", &old); err != nil {
			return err
		}
		saved = c
		saved.Number, saved.CreatedAt, saved.UpdatedAt = old.Number, old.CreatedAt, old.UpdatedAt
		if len(diff(old, saved)) == 0 {
			return nil
		}
		saved.UpdatedAt = w.now
		if err := putJSON(w.tx, bCompetitors, c.ID[:], saved); err != nil {
			return err
		}
		return w.logEvent("competitor", c.ID, uuid.Nil, backend.ActionUpdate, saved.Name, old, saved)
	})
	return saved, wrapInternal("update competitor", err)
}

func (s competitorService) Get(ctx context.Context, id uuid.UUID) (backend.Competitor, error) {
	var c backend.Competitor
	err := s.db.read(func(tx *bbolt.Tx) error { return getJSON(tx, bCompetitors, id, "competitor", &c) })
	return c, wrapInternal("get competitor", err)
}

func (s competitorService) List(ctx context.Context, query string) ([]backend.CompetitorRow, error) {
	query, err := backend.NormalizeSearch(query)
	if err != nil {
		return nil, err
	}
	words := search.ListWords(query)
	type keyed struct {
		row backend.CompetitorRow
		key []byte
	}
	var hits []keyed
	coll, buf := search.NewNameCollator(), &collate.Buffer{}
	err = s.db.read(func(tx *bbolt.Tx) error {
		return tx.Bucket(bCompetitors).ForEach(func(id, v []byte) error {
			var c backend.Competitor
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("decode competitor %x: %w", id, err)
			}
			if !search.ContainsAll(search.ListText(c.Ref(), c.Name, c.Product), words) {
				return nil
			}
			row := backend.CompetitorRow{Competitor: c, Requirements: countPrefix(tx, bRequirementsBySource, id)}
			hits = append(hits, keyed{row, bytes.Clone(coll.KeyFromString(buf, c.Name))})
			buf.Reset()
			return nil
		})
	})
	slices.SortFunc(hits, func(a, b keyed) int {
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return a.row.Competitor.Number - b.row.Competitor.Number
	})
	out := make([]backend.CompetitorRow, len(hits))
	for n, h := range hits {
		out[n] = h.row
	}
	return out, wrapInternal("list competitors", err)
}

func (s competitorService) Delete(ctx context.Context, id uuid.UUID) error {
	err := s.db.write(func(w *writeTx) error {
		var c backend.Competitor
		if err := getJSON(w.tx, bCompetitors, id, "competitor", &c); err != nil {
			return err
		}
		if n := countPrefix(w.tx, bRequirementsBySource, id[:]); n > 0 {
			return backend.Conflict("competitor_cited",
				fmt.Sprintf("%d requirements cite %s as their source; change their source first.", n, c.Name),
				map[string]any{"requirements": n, "name": c.Name})
		}
		if err := w.tx.Bucket(bCompetitors).Delete(id[:]); err != nil {
			return err
		}
		return w.logEvent("competitor", id, uuid.Nil, backend.ActionDelete, c.Name, c, nil)
	})
	return wrapInternal("delete competitor", err)
}
