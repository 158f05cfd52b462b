package german

import (
	"strings"

	"brochure/layout/typeset"
)

// MarkBreaks writes word with its breaks marked, as brochure hyphenate
// shows them: "-" where a hyphen is added, "|" where nothing is (after a
// hyphen or slash the word has, in a web address), and with joints true
// "=" at a compound joint (else "-").
func MarkBreaks(word string, breaks []typeset.WordBreak, joints bool) string {
	var b strings.Builder
	k := 0
	for i, r := range []rune(word) {
		for k < len(breaks) && breaks[k].Pos == i {
			switch kind := breaks[k].Kind; {
			case kind == typeset.Joint && joints:
				b.WriteByte('=')
			case kind.Hyphenated():
				b.WriteByte('-')
			default:
				b.WriteByte('|')
			}
			k++
		}
		b.WriteRune(r)
	}
	return b.String()
}
