package german

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Proper names in running text: the words the normaliser binds with a
// no-break space to what stands before them because they name a place or
// a person — the place after its postcode (04107 Leipzig) and the name
// after a title (Dr. Weber, Prof. Dr. Pirker) — are never hyphenated
// (rule A20: names never break inside; a postcode stays with its place,
// A18). They may still move whole to the next line with what they are
// bound to.

// ProperNames returns the byte ranges [start, end) of the words of s,
// text as Normalise writes it, that are such proper names: a word after a
// no-break space, beginning with a capital, where the word before the
// space is a title (Dr., Prof., St., …) or a postcode at the start of a
// place line. A range runs to the next space or the end of s, so it takes
// the punctuation after the word with it (the hyphenator ignores it). nil
// when s has none.
func ProperNames(s string) [][2]int {
	var out [][2]int
	for from := 0; ; {
		k := strings.IndexRune(s[from:], NoBreakSpace)
		if k < 0 {
			return out
		}
		at := from + k
		start := at + utf8.RuneLen(NoBreakSpace)
		from = start
		if first, _ := utf8.DecodeRuneInString(s[start:]); !unicode.IsUpper(first) {
			continue
		}
		before := wordEndingAt(s, at)
		if !titles[before] && !postcodeAt([]byte(s[:at-len(before)]), []byte(before)) {
			continue
		}
		end := start + strings.IndexFunc(s[start:], isWordSpace)
		if end < start {
			end = len(s)
		}
		out = append(out, [2]int{start, end})
	}
}

// wordEndingAt is the word of s that ends at byte offset at: what follows
// the last space before it.
func wordEndingAt(s string, at int) string {
	start := at
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if isWordSpace(r) {
			break
		}
		start -= size
	}
	return s[start:at]
}

// isWordSpace reports a space between words, breaking or not.
func isWordSpace(r rune) bool {
	return unicode.IsSpace(r) || r == NoBreakSpace || r == NarrowNoBreakSpace
}
