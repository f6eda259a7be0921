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

// ValidVersion reports whether v is written the way versions are (see versionPattern).
func ValidVersion(v string) bool { return versionPattern.MatchString(v) }

// VersionKey is the form two versions are the same under — exactly when CompareVersions says
// they are equal: without a leading "v", build metadata, letter case, leading zeros ("1.01" is
// "1.1") or trailing ".0" parts ("v2.1" is "2.1.0").
func VersionKey(v string) string {
	core, pre := splitVersion(v)
	nums := strings.Split(core, ".")
	for i := range nums {
		nums[i] = trimZeros(nums[i])
	}
	for len(nums) > 1 && nums[len(nums)-1] == "0" {
		nums = nums[:len(nums)-1]
	}
	key := strings.Join(nums, ".")
	if pre == "" {
		return key
	}
	ids := strings.Split(strings.ToLower(pre), ".")
	for i, id := range ids {
		if isDigits(id) {
			ids[i] = trimZeros(id)
		}
	}
	return key + "-" + strings.Join(ids, ".")
}

// trimZeros drops a number's leading zeros ("007" is "7", "0" stays).
func trimZeros(n string) string {
	n = strings.TrimLeft(n, "0")
	if n == "" {
		return "0"
	}
	return n
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
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
		an, bn := isDigits(a[i]), isDigits(b[i])
		var c int
		switch {
		case an && bn: // numbers of any length: shorter is smaller once zeros are trimmed
			x, y := trimZeros(a[i]), trimZeros(b[i])
			if c = cmp.Compare(len(x), len(y)); c == 0 {
				c = strings.Compare(x, y)
			}
		case an:
			c = -1
		case bn:
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
