package search

import (
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// NewNameCollator orders names as Chinese users expect: Chinese by pinyin, Latin
// case-insensitively, numbers by value. A collator is not safe for concurrent use: each list
// keeps its own and uses it under its write lock.
func NewNameCollator() *collate.Collator {
	return collate.New(language.Chinese, collate.IgnoreCase, collate.Numeric)
}
