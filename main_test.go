package main

import (
	"errors"
	"fmt"
	"testing"

	"vendordesk/backend"
)

func TestFormatError(t *testing.T) {
	field := backend.Invalid("name", "required", "This field is required.", nil)
	if got := formatError(fmt.Errorf("create: %w", field)); got != field {
		t.Fatalf("a wrapped field error lost its shape: %#v", got)
	}
	got := formatError(errors.New("disk on fire")).(*backend.Error)
	if got.Code != backend.CodeInternal || got.Reason != "internal" || got.Message == "" {
		t.Fatalf("got %#v", got)
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
