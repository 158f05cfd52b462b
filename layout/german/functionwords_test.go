package german

import "testing"

// TestIsFunctionWord: articles, conjunctions and short prepositions are
// function words in any case; content words, and words that merely
// begin like one, are not.
func TestIsFunctionWord(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), nil)
	for _, w := range []string{"und", "oder", "die", "Die", "der", "das", "den", "dem", "des", "ein", "eine", "im", "in",
		"am", "an", "auf", "für", "mit", "von", "zu", "zur", "zum", "bei", "aus", "nach", "über", "UND", "Über"} {
		if !h.IsFunctionWord(w) {
			t.Errorf("%q is a function word", w)
		}
	}
	for _, w := range []string{"Neuerungen", "ihre", "Auswirkungen", "Arbeit", "undicht", "Dieb", "Ein-", "2026", ""} {
		if h.IsFunctionWord(w) {
			t.Errorf("%q is no function word", w)
		}
	}
}
