package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameRunes caps the customer's part of a file name: 60 CJK characters are 180 bytes, which
// keeps the whole name under the 255 bytes macOS and Linux allow.
const maxNameRunes = 60

// FileName suggests the file name of a document, e.g. "需求规格说明书-云帆科技-v1.docx" or
// "Requirements Specification - Harbor Ltd - v2 draft.html". format is "docx" or "html".
// Characters Windows or macOS refuse in a file name are dropped.
func FileName(in Input, format string) string {
	l, ok := labelsFor(in.Lang)
	if !ok {
		l = &enLabels
	}
	sep := " - "
	if l == &zhLabels {
		sep = "-"
	}
	parts := []string{l.title}
	if name := truncate(safeName(in.CustomerName), maxNameRunes); name != "" {
		parts = append(parts, name)
	}
	parts = append(parts, versionLabel(l, max(in.Version, 1), in.Draft))
	ext := safeName(strings.ToLower(format))
	if ext == "" {
		ext = "docx"
	}
	return strings.Join(parts, sep) + "." + ext
}

// safeName drops characters illegal in Windows or macOS file names, control characters and
// bidirectional overrides (which can disguise an extension), folds whitespace, and trims the
// dots and spaces Windows strips from the end of a name.
func safeName(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		case strings.ContainsRune(`\/:*?"<>|`, r), unicode.IsControl(r), r == utf8.RuneError,
			(r >= 0x200E && r <= 0x200F), (r >= 0x202A && r <= 0x202E), (r >= 0x2066 && r <= 0x2069):
		default:
			sb.WriteRune(r)
		}
	}
	return strings.Trim(strings.Join(strings.Fields(sb.String()), " "), " .")
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return strings.Trim(string([]rune(s)[:n]), " .")
}
