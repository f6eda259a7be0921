package backend

import (
	"slices"
	"testing"
)

func TestCompareVersions(t *testing.T) {
	ordered := []string{"0.9", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "v1.0.0", "1.0.1", "1.2", "1.10.0", "2.0.0", "2024.3.1.15"}
	for i := range ordered {
		for j := range ordered {
			if got, want := CompareVersions(ordered[i], ordered[j]), cmpInt(i, j); got != want {
				t.Errorf("CompareVersions(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
	shuffled := []string{"2.0.0", "1.10.0", "1.0.0-rc.1", "1.2", "0.9"}
	slices.SortFunc(shuffled, CompareVersions)
	if want := []string{"0.9", "1.0.0-rc.1", "1.2", "1.10.0", "2.0.0"}; !slices.Equal(shuffled, want) {
		t.Errorf("sorted %v, want %v", shuffled, want)
	}
}

func TestVersionKey(t *testing.T) {
	same := [][2]string{{"v2.1", "2.1.0"}, {"2.1.0+build.7", "2.1"}, {"2.0.0-RC.1", "v2-rc.1"}, {"3", "3.0.0"},
		{"1.01", "1.1"}, {"1.001.0", "1.1"}, {"2.0.0-rc.01", "2.0.0-rc.1"}, {"0.0", "0"}}
	for _, p := range same {
		if VersionKey(p[0]) != VersionKey(p[1]) {
			t.Errorf("%q and %q should be the same version (%q, %q)", p[0], p[1], VersionKey(p[0]), VersionKey(p[1]))
		}
	}
	if VersionKey("2.1.0") == VersionKey("2.1.0-beta") || VersionKey("2.10") == VersionKey("2.1") || VersionKey("10") == VersionKey("1") {
		t.Error("different versions share a key")
	}
	for _, p := range same { // the key and the order agree
		if CompareVersions(p[0], p[1]) != 0 {
			t.Errorf("CompareVersions(%q, %q) != 0", p[0], p[1])
		}
	}
	if CompareVersions("1.0.0-rc.100000000000000000000", "1.0.0-rc.99999999999999999999") != 1 {
		t.Error("long pre-release numbers compare as numbers")
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
