package backend

import "context"

// Settings are the user's preferences, stored in the data file.
type Settings struct {
	Language   string `json:"language"` // auto, zh-CN, en
	Theme      string `json:"theme"`    // auto, light, dark
	VendorName string `json:"vendorName"`
	Currency   string `json:"currency"` // ISO 4217, CNY by default
	UserName   string `json:"userName"` // recorded as the actor of every change
}

// DefaultSettings are used until the user saves their own.
func DefaultSettings() Settings {
	return Settings{Language: "auto", Theme: "auto", Currency: "CNY"}
}

// Normalize validates the settings.
func (s *Settings) Normalize() error {
	var k checker
	oneOf(&k, "language", s.Language, []string{"auto", "zh-CN", "en"})
	oneOf(&k, "theme", s.Theme, []string{"auto", "light", "dark"})
	k.text("vendorName", &s.VendorName, MaxName, false)
	if s.Currency == "" {
		s.Currency = "CNY"
	}
	oneOf(&k, "currency", s.Currency, Currencies)
	k.text("userName", &s.UserName, MaxShort, false)
	return k.result()
}

// DataInfo describes the data file.
type DataInfo struct {
	Path string `json:"path"`
	Dir  string `json:"dir"`
	// FileID tells this data file from others; its copies (backups) keep it.
	FileID    string `json:"fileId"`
	SizeBytes int64  `json:"sizeBytes"`
	// FreeBytes is the part of SizeBytes kept free for later writes; a compaction gives it back.
	FreeBytes     int64 `json:"freeBytes"`
	SchemaVersion int   `json:"schemaVersion"`
	Customers     int   `json:"customers"`
	Contacts      int   `json:"contacts"`
	Interactions  int   `json:"interactions"`
}

// SystemService holds settings and facts about the data file.
type SystemService interface {
	Settings(ctx context.Context) (Settings, error)
	SaveSettings(ctx context.Context, s Settings) (Settings, error)
	Info(ctx context.Context) (DataInfo, error)
}

// WindowState is the main window's size and place, restored at the next start.
type WindowState struct {
	Width     int  `json:"width"`
	Height    int  `json:"height"`
	X         int  `json:"x"`
	Y         int  `json:"y"`
	Maximised bool `json:"maximised"`
}

// Usable reports whether the state is worth restoring (a saved, plausible size).
func (w WindowState) Usable() bool {
	return w.Width >= 640 && w.Height >= 480 && w.Width <= 16384 && w.Height <= 16384
}

// WindowService remembers the window between runs.
type WindowService interface {
	WindowState(ctx context.Context) (WindowState, error)
	SaveWindowState(ctx context.Context, w WindowState) error
}
