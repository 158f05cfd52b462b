package german

import "strings"

// IsFunctionWord reports whether word is an article, a conjunction or a
// short preposition (or a preposition fused with its article), in any
// case (Die, UND): a word a display line — a heading, a title — should
// not end on, since it points at a word the reader finds only on the
// next line („Gesetzliche Neuerungen und / ihre Auswirkungen auf die /
// …“). It makes the Hyphenator a typeset.FunctionWords.
func (h *Hyphenator) IsFunctionWord(word string) bool {
	return isFunctionWord(word)
}

// maxFunctionWord is the length in bytes of the longest function word
// (durch, gegen, unter, über, einem, sowie).
const maxFunctionWord = 5

// isFunctionWord is IsFunctionWord without a hyphenator.
func isFunctionWord(word string) bool {
	if len(word) > maxFunctionWord {
		return false
	}
	switch strings.ToLower(word) {
	case "der", "die", "das", "den", "dem", "des", // articles
		"ein", "eine", "einer", "einem", "einen", "eines",
		"und", "oder", "sowie", "bzw.", "&", "als", "wie", "dass", // conjunctions
		"in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "bis", // short prepositions
		"durch", "für", "gegen", "mit", "nach", "ohne", "seit", "um", "unter",
		"über", "von", "vom", "vor", "zu", "zum", "zur":
		return true
	}
	return false
}
