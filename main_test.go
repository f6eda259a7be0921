package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"vendordesk/backend"
)

// The frontend receives errors as JSON text it can parse back into {code, field, reason, ...}.
func TestFormatError(t *testing.T) {
	field := backend.Invalid("name", "too_long", "At most 200 characters (got 201).", map[string]any{"max": 200})
	got := formatError(fmt.Errorf("create: %w", field)).(string)
	if got != `{"code":"invalid","message":"At most 200 characters (got 201).","field":"name","reason":"too_long","params":{"max":200}}` {
		t.Fatalf("a wrapped field error lost its shape: %s", got)
	}
	var e backend.Error
	if err := json.Unmarshal([]byte(formatError(errors.New("disk on fire")).(string)), &e); err != nil {
		t.Fatal(err)
	}
	if e.Code != backend.CodeInternal || e.Reason != "internal" || !strings.Contains(e.Message, "disk on fire") || e.Params["detail"] != "disk on fire" {
		t.Fatalf("got %#v", e)
	}
}

func TestDataDirOverride(t *testing.T) {
	t.Setenv(dataDirEnv, "/tmp/vd-test")
	if d, err := dataDir(); err != nil || d != "/tmp/vd-test" {
		t.Fatalf("%q %v", d, err)
	}
	t.Setenv(dataDirEnv, "")
	t.Setenv("XDG_DATA_HOME", "/tmp/xdg")
	if d, _ := dataDir(); d != "/tmp/xdg/vendordesk" {
		t.Fatalf("%q", d)
	}
}

// The save and open dialogs start in a folder that exists: Wails refuses a missing one (a Linux
// home without Documents made every export fail with "default directory does not exist").
func TestExistingDir(t *testing.T) {
	home := t.TempDir()
	docs := filepath.Join(home, "Documents")
	if got := existingDir("", filepath.Join(home, "gone"), docs, home); got != home {
		t.Errorf("without Documents: %q, want the home folder", got)
	}
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := existingDir("", docs, home); got != docs {
		t.Errorf("with Documents: %q", got)
	}
	file := filepath.Join(home, "a.txt")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := existingDir(file); got != "" {
		t.Errorf("a file is not a folder: %q", got)
	}
}

// On Linux the web view's JavaScript runs without its optimizing tiers (less memory), unless the
// user chose otherwise.
func TestLimitJavaScriptTiers(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("WebKitGTK only")
	}
	t.Setenv("JSC_useDFGJIT", "")
	os.Unsetenv("JSC_useDFGJIT")
	limitJavaScriptTiers()
	if got := os.Getenv("JSC_useDFGJIT"); got != "false" {
		t.Fatalf("JSC_useDFGJIT = %q, want false", got)
	}
	// Once the page has loaded, what the app starts (a browser for a link) gets none of it.
	restoreJavaScriptTiers()
	if got, set := os.LookupEnv("JSC_useDFGJIT"); set {
		t.Fatalf("JSC_useDFGJIT = %q stayed after the page loaded", got)
	}
	t.Setenv("JSC_useDFGJIT", "true")
	limitJavaScriptTiers()
	restoreJavaScriptTiers()
	if got := os.Getenv("JSC_useDFGJIT"); got != "true" {
		t.Fatalf("the user's JSC_useDFGJIT=true was replaced by %q", got)
	}
}
