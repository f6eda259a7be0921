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
	lang := map[bool]Lang{true: Chinese, false: English}[l == &zhLabels]
	return joinFileName(lang, l.title, in.CustomerName, versionLabel(l, max(in.Version, 1), in.Draft), format)
}

// joinFileName makes "title-customer-last.format" (" - " between the parts of an English name),
// the customer's name cut to maxNameRunes, every part safe; a format other than html is docx.
func joinFileName(lang Lang, title, customer, last, format string) string {
	sep := " - "
	if lang == Chinese {
		sep = "-"
	}
	parts := []string{title}
	if name := truncate(safeName(customer), maxNameRunes); name != "" {
		parts = append(parts, name)
	}
	if last = safeName(last); last != "" {
		parts = append(parts, last)
	}
	return strings.Join(parts, sep) + "." + map[bool]string{true: "html", false: "docx"}[strings.ToLower(format) == "html"]
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
