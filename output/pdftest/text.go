package pdftest

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Comparable drops from text what extraction renders differently from
// the source — spaces (which the engine may make no-break or narrow),
// hyphens and dashes (line-end hyphenation, " - " becoming " – "), quote
// marks (straight quotes becoming „…“) — so that sentences can be
// compared.
func Comparable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("-–—\u00AD\u202F\u00A0\"'„“”‚‘’»«…", r) {
			return -1
		}
		return r
	}, norm.NFC.String(s))
}
