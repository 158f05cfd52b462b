package typeset

import (
	"unicode"
	"unicode/utf8"

	"brochure/fonts"
)

// Symbols that organisers type before a telephone number or an e-mail
// address (☎, ✉) or as a pointer (➔) are missing from most text faces,
// the built-in ones included. Where the face lacks one, it is spelled as
// German writes it — „Tel.“, „E-Mail“, an arrow the face has — rather
// than set as a replacement mark: the brochure says what the author
// meant, and a screen reader reads it.

// symbolSpellings are the ways a symbol may be spelled, best first; nil
// for a character that has none.
func symbolSpellings(r rune) []string {
	switch r {
	case '☎', '☏', '✆', '📞':
		return []string{"Tel."}
	case '📠':
		return []string{"Fax"}
	case '📱':
		return []string{"Mobil"}
	case '✉', '📧', '📨', '📩', '🖂':
		return []string{"E-Mail"}
	case '➔', '➜', '➙', '➛', '➝', '➞', '➟', '➠', '➡', '⮕', '⇒', '⟶', '⇨', '→':
		return []string{"→", "->"}
	}
	return nil
}

// spellSymbol returns how the face spells a symbol it lacks (the first
// of symbolSpellings whose characters it has), "" where it has none.
func spellSymbol(face *fonts.Face, r rune) string {
	for _, s := range symbolSpellings(r) {
		has := true
		for _, c := range s {
			has = has && face.Has(c)
		}
		if has {
			return s
		}
	}
	return ""
}

// spelled adds the spelling of the symbol r, written at byte offset i of
// s, to the word, and a no-break space after it where a letter or digit
// follows the symbol directly (☎0381 becomes Tel. 0381).
func (b *nodeBuilder) spelled(s string, i int, r rune, spelling string, st TextStyle, fresh bool) {
	for _, c := range spelling {
		b.addChar(s, i, r, c, fresh)
		fresh = false
	}
	if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); unicode.IsLetter(next) || unicode.IsDigit(next) {
		b.flush()
		b.space(st, true)
	}
}
