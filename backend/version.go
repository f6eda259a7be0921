package backend

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
)

// versionPattern accepts semantic-version-like numbers: 2, 2.1, 2.1.0, v2.1.0, 2.1.0-beta.2,
// 2.1.0+build.7 and longer dotted numbers such as 2024.3.1.15.
var versionPattern = regexp.MustCompile(`^[vV]?\d{1,9}(\.\d{1,9}){0,5}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)

// VersionKey is the form two versions are the same under: without a leading "v", build
// metadata or letter case, and without trailing ".0" parts ("v2.1" is "2.1.0").
func VersionKey(v string) string {
	core, pre := splitVersion(v)
	for strings.HasSuffix(core, ".0") {
		core = strings.TrimSuffix(core, ".0")
	}
	if pre != "" {
		return strings.ToLower(core + "-" + pre)
	}
	return core
}

// splitVersion drops "v" and "+build", then splits "1.2.3-rc.1" into "1.2.3" and "rc.1".
func splitVersion(v string) (core, pre string) {
	v = strings.TrimLeft(strings.TrimSpace(v), "vV")
	if i := strings.IndexByte(v, '+'); i >= 0 {
		v = v[:i]
	}
	core, pre, _ = strings.Cut(v, "-")
	return core, pre
}

// CompareVersions orders versions the semantic-version way: number by number (2.10 after 2.9),
// missing numbers as 0, and a pre-release (2.0.0-beta) before its release (2.0.0).
func CompareVersions(a, b string) int {
	ac, ap := splitVersion(a)
	bc, bp := splitVersion(b)
	an, bn := strings.Split(ac, "."), strings.Split(bc, ".")
	for i := range max(len(an), len(bn)) {
		if c := cmp.Compare(number(an, i), number(bn, i)); c != 0 {
			return c
		}
	}
	switch {
	case ap == bp:
		return 0
	case ap == "":
		return 1
	case bp == "":
		return -1
	}
	return comparePre(strings.Split(ap, "."), strings.Split(bp, "."))
}

func number(parts []string, i int) int {
	if i >= len(parts) {
		return 0
	}
	n, _ := strconv.Atoi(parts[i])
	return n
}

// comparePre compares pre-release identifiers: numbers numerically and before words, words
// alphabetically, and a shorter list first when one is the start of the other.
func comparePre(a, b []string) int {
	for i := range min(len(a), len(b)) {
		an, aerr := strconv.Atoi(a[i])
		bn, berr := strconv.Atoi(b[i])
		var c int
		switch {
		case aerr == nil && berr == nil:
			c = cmp.Compare(an, bn)
		case aerr == nil:
			c = -1
		case berr == nil:
			c = 1
		default:
			c = strings.Compare(strings.ToLower(a[i]), strings.ToLower(b[i]))
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}
