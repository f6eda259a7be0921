package document

import (
	"strings"
	"unicode/utf8"
)

// clean makes user text safe to place in either format: valid UTF-8, "\n" line ends, and no control
// characters (XML 1.0 forbids most of them, and a NUL or U+FFFE makes Word refuse the whole file).
// Tabs and line breaks stay; the renderers decide what they become.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r':
			sb.WriteByte('\n')
		case r == '\t' || r == '\n':
			sb.WriteRune(r)
		case illegal(r):
		default:
			sb.WriteRune(r) // an invalid byte arrives as utf8.RuneError and is written as U+FFFD
		}
	}
	return sb.String()
}

// cleanLine is clean for one-line fields (names, titles): line breaks become spaces.
func cleanLine(s string) string {
	s = clean(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if illegal(r) || (r == utf8.RuneError && n == 1) {
			return false
		}
		i += n
	}
	return true
}

// illegal: C0 controls but tab, line feed and carriage return; DEL and C1 controls; the two
// noncharacters XML 1.0 excludes.
func illegal(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || (r >= 0x7F && r <= 0x9F) ||
		r == 0xFFFE || r == 0xFFFF
}

// xmlEscaper escapes text for XML character data and attribute values.
var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// escapeXML escapes s and drops anything XML 1.0 can not hold, whatever the caller passed in: the
// package must stay valid even for text that did not go through clean.
func escapeXML(sb *strings.Builder, s string) {
	if !isClean(s) {
		s = clean(s)
	}
	xmlEscaper.WriteString(sb, s)
}

// trimLines trims every line of a multi-line text, and the blank lines around it.
func trimLines(s string) string {
	if !strings.Contains(s, "\n") {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	for n, l := range lines {
		lines[n] = strings.TrimSpace(l)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
