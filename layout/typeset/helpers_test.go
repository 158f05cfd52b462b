package typeset

import "unicode/utf8"

// listedBreaks is a stand-in hyphenator for the core's tests: the breaks
// of each word are listed, so the tests need no language.
type listedBreaks map[string][]WordBreak

func (l listedBreaks) Breaks(word string, keep bool) []WordBreak {
	if keep {
		return nil
	}
	return l[word]
}

// everyThird is a stand-in hyphenator that allows a hyphenation break
// after every third letter, leaving at least two at either end.
type everyThird struct{}

func (everyThird) Breaks(word string, keep bool) []WordBreak {
	n := utf8.RuneCountInString(word)
	var out []WordBreak
	for p := 3; !keep && p <= n-2; p += 3 {
		out = append(out, WordBreak{Pos: p, Kind: Hyphenation})
	}
	return out
}

// plain is one span of unstyled text.
func plain(text string) []Span { return []Span{{Text: text}} }
