package bolt

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"

	"go.etcd.io/bbolt"

	"vendordesk/backend"
)

var keyAppSettings = []byte("app")

type systemService struct{ db *DB }

// System returns the settings and data-file service.
func (db *DB) System() backend.SystemService { return systemService{db} }

// readSettings returns the stored settings, or the defaults (also for fields a newer save left
// unset).
func readSettings(tx *bbolt.Tx) backend.Settings {
	s := backend.DefaultSettings()
	if raw := tx.Bucket(bSettings).Get(keyAppSettings); raw != nil {
		_ = json.Unmarshal(raw, &s) // a damaged value falls back to the defaults
	}
	return s
}

func (s systemService) Settings(ctx context.Context) (backend.Settings, error) {
	var out backend.Settings
	err := s.db.read(func(tx *bbolt.Tx) error { out = readSettings(tx); return nil })
	return out, err
}

func (s systemService) SaveSettings(ctx context.Context, in backend.Settings) (backend.Settings, error) {
	if err := in.Normalize(); err != nil {
		return backend.Settings{}, err
	}
	err := s.db.write(func(w *writeTx) error { return putJSON(w.tx, bSettings, keyAppSettings, in) })
	return in, wrapInternal("save settings", err)
}

func (s systemService) Info(ctx context.Context) (backend.DataInfo, error) {
	info := backend.DataInfo{Path: s.db.path, Dir: filepath.Dir(s.db.path), FileID: s.db.fileID}
	if st, err := os.Stat(s.db.path); err == nil {
		info.SizeBytes = st.Size()
	}
	info.FreeBytes = s.db.FreeBytes()
	err := s.db.read(func(tx *bbolt.Tx) error {
		info.SchemaVersion, _ = strconv.Atoi(string(tx.Bucket(bMeta).Get(keySchemaVersion)))
		return nil
	})
	info.Customers, info.Contacts, info.Interactions = s.db.customers.Counts()
	return info, wrapInternal("data info", err)
}

var keyWindow = []byte("window")

// Window returns the service that remembers the window's size and place.
func (db *DB) Window() backend.WindowService { return systemService{db} }

func (s systemService) WindowState(ctx context.Context) (backend.WindowState, error) {
	var w backend.WindowState
	err := s.db.read(func(tx *bbolt.Tx) error {
		if raw := tx.Bucket(bSettings).Get(keyWindow); raw != nil {
			_ = json.Unmarshal(raw, &w) // a damaged value means "no saved state"
		}
		return nil
	})
	return w, err
}

func (s systemService) SaveWindowState(ctx context.Context, w backend.WindowState) error {
	if !w.Usable() {
		return nil // a minimised or odd window is not worth remembering
	}
	return s.db.write(func(wt *writeTx) error { return putJSON(wt.tx, bSettings, keyWindow, w) })
}
