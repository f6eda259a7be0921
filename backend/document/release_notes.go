package document

import (
	"fmt"
	"strings"

	"vendordesk/backend"
)

// ReleaseNotes drafts a release's notes in Markdown from the requirements it delivers: a heading,
// then one section per category (in the document's order) listing each requirement with its
// number and customer. The user edits the draft before it is saved.
func ReleaseNotes(lang Lang, version string, rows []backend.RequirementListRow) (string, error) {
	l, ok := labelsFor(lang)
	if !ok {
		return "", fmt.Errorf("unknown document language %q", lang)
	}
	var b strings.Builder
	fmt.Fprintf(&b, l.notesTitle+"\n", markdownText(version))
	if len(rows) == 0 {
		b.WriteString("\n" + l.notesEmpty + "\n")
		return b.String(), nil
	}
	for _, cat := range backend.Categories {
		first := true
		for _, r := range rows {
			if r.Row.Category != cat {
				continue
			}
			if first {
				fmt.Fprintf(&b, "\n## %s\n\n", fmt.Sprintf(l.sectionFmt, lookup(l.categories, cat)))
				first = false
			}
			fmt.Fprintf(&b, "- %s %s"+l.refFmt+"\n", backend.Ref("R", r.Row.Number), markdownText(r.Row.Title), markdownText(r.CustomerName))
		}
	}
	return b.String(), nil
}

// markdownText escapes the characters Markdown would read as markup, so a title such as
// "*重要* 导出" stays literal text in the notes.
func markdownText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
