package bolt

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"

	"vendordesk/backend"
)

// storyInteraction is what a communication's story item tells. Its minutes may be pages long
// (500 of 40 KB took 94 ms to decode whole), so a stored one is read up to its summary's first
// line: every field told comes before the summary in what VendorDesk writes.
type storyInteraction struct {
	Number  int                     `json:"number"`
	Kind    backend.InteractionKind `json:"kind"`
	At      time.Time               `json:"at"`
	Summary string                  `json:"summary"`
}

var summaryKey = []byte(`,"summary":`)

// decode reads raw, a stored communication; Summary is only its first line with text when the
// quick way reads it, and what does not read that way is decoded whole.
func (i *storyInteraction) decode(raw []byte) error {
	if at := bytes.Index(raw, summaryKey); at > 0 {
		head := append(raw[:at:at], '}') // a copy: raw is the file's memory
		if json.Unmarshal(head, i) == nil && i.Number > 0 && i.Kind != "" && !i.At.IsZero() {
			if line, ok := firstJSONLine(raw[at+len(summaryKey):]); ok {
				i.Summary = line
				return nil
			}
		}
		*i = storyInteraction{}
	}
	return json.Unmarshal(raw, i)
}

// firstJSONLine unquotes the JSON string s starts with up to the end of its first line with
// text (at most 4 KB of it: a story shows 120 characters). False when s does not start with one
// that reads so, or when its first 4 KB are white space: the caller decodes it whole.
func firstJSONLine(s []byte) (string, bool) {
	if len(s) == 0 || s[0] != '"' {
		return "", false
	}
	for end := 1; end < len(s); end++ {
		if end >= 4096 {
			line, ok := unquotePrefix(s[:end])
			return line, ok && strings.TrimSpace(line) != ""
		}
		switch s[end] {
		case '"':
			return unquotePrefix(s[:end])
		case '\\':
			if end+1 < len(s) && s[end+1] == 'n' {
				// A line ends: the first with text is the story's (blank ones before it are not).
				if line, ok := unquotePrefix(s[:end]); !ok || strings.TrimSpace(line) != "" {
					return line, ok
				}
			}
			end++ // the escaped character; a \u's digits are read as characters
		}
	}
	return "", false // the string does not end
}

// unquotePrefix is the text of p, the start of a JSON string with its opening quote; false when
// it is cut inside an escape.
func unquotePrefix(p []byte) (string, bool) {
	var text string
	err := json.Unmarshal(append(bytes.Clone(p), '"'), &text)
	return text, err == nil
}
