package german

import "testing"

// TestIsFunctionWord: articles, conjunctions, short prepositions and
// determiners (possessives, demonstratives, jede, keine, deren), the
// conjunctions and question words that open a clause (weil, was) are
// function words in any case and declined form; content words, words
// that merely begin like one and the forms that as often end a phrase
// (sein, dies, alle) are not.
func TestIsFunctionWord(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), nil)
	for _, w := range []string{"und", "oder", "die", "Die", "der", "das", "den", "dem", "des", "ein", "eine", "im", "in",
		"am", "an", "auf", "für", "mit", "von", "zu", "zur", "zum", "bei", "aus", "nach", "über", "UND", "Über",
		"ihre", "Ihren", "seine", "seinem", "unsere", "unserer", "eure", "euer", "meine", "deren", "dessen",
		"diese", "Dieser", "diesem", "jene", "jede", "jeden", "keine", "keinen", "kein", "solche", "welche", "welchen",
		"Was", "wer", "wo", "warum", "Wozu", "ob", "weil", "wenn", "obwohl"} {
		if !h.IsFunctionWord(w) {
			t.Errorf("%q is a function word", w)
		}
	}
	for _, w := range []string{"Neuerungen", "Auswirkungen", "Arbeit", "undicht", "Dieb", "Ein-", "2026", "",
		"sein", "dies", "alle", "viele", "beide", "Seine-", "jeder-", "seinen2", "e", "en", "Eure.", "Unsereiner", "diesen_",
		"etwas", "Wort", "Woche", "obwohl-"} {
		if h.IsFunctionWord(w) {
			t.Errorf("%q is no function word", w)
		}
	}
}
