package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/content"
)

// titleSaysLabel reports whether a section's title already says its
// label: the same words („Begrüßung“), or the label as the title's first
// word or words („Programm Dienstag“ under „Programm“, „Workshop A:
// Beratung“ under „Workshop A“). The label is then not set above it.
func titleSaysLabel(s content.Section) bool {
	n := len(s.Label)
	if n == 0 || len(s.Title) < n || !strings.EqualFold(s.Title[:n], s.Label) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s.Title[n:])
	return n == len(s.Title) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
}
