package german

import "strings"

// IsFunctionWord reports whether word is an article, a conjunction (one
// that opens a clause too: ob, weil, wenn), a question word (was, wer,
// wo, warum, …), a short preposition (or a preposition fused with its
// article) or a determiner — a possessive (ihre, seine, unsere), a demonstrative
// (diese, jene, solche), a relative genitive (deren, dessen) or a
// quantifier that stands before its noun (jede, keine, welche) —, in any
// case (Die, UND) and declined form: a word a display line — a heading, a
// title — should not end on, since it points at a word the reader finds
// only on the next line („Gesetzliche Neuerungen und / ihre Auswirkungen
// auf die / …“, „Videodolmetschen: Was / hat sich … bewährt?“). It makes the Hyphenator a typeset.FunctionWords.
//
// Left out are the forms that as often end a phrase as begin one: sein
// (the verb), dies, alle, viele, beide (Bildung für alle).
func (h *Hyphenator) IsFunctionWord(word string) bool {
	return isFunctionWord(word)
}

// maxFunctionWord is the length in bytes of the longest function word
// (unserem, solches, welchen).
const maxFunctionWord = 7

// isFunctionWord is IsFunctionWord without a hyphenator.
func isFunctionWord(word string) bool {
	if len(word) > maxFunctionWord || len(word) == 0 {
		return false
	}
	w := strings.ToLower(word)
	switch w {
	case "der", "die", "das", "den", "dem", "des", // articles
		"ein", "eine", "einer", "einem", "einen", "eines",
		"und", "oder", "sowie", "bzw.", "&", "als", "wie", "dass", // conjunctions
		"ob", "weil", "wenn", "obwohl", // subordinating conjunctions, which open a clause
		"was", "wer", "wo", "wann", "warum", "wieso", "weshalb", "wozu", "wofür", "wohin", "woher", // question words
		"in", "im", "ins", "an", "am", "ans", "auf", "aus", "bei", "beim", "bis", // short prepositions
		"durch", "für", "gegen", "mit", "nach", "ohne", "seit", "um", "unter",
		"über", "von", "vom", "vor", "zu", "zum", "zur",
		"deren", "dessen", // relative genitives
		"mein", "dein", "ihr", "unser", "euer", "eure", "kein": // determiners without an ending
		return true
	}
	return isDeclinedDeterminer(w)
}

// isDeclinedDeterminer reports whether w (lower case) is a determiner
// with one of the five endings of its declension (-e, -er, -em, -en, -es):
// meine, seinem, ihren, unseres, eurer, dieser, jenem, jeden, keines,
// solche, welchen.
func isDeclinedDeterminer(w string) bool {
	var stem string
	switch {
	case strings.HasSuffix(w, "e"):
		stem = w[:len(w)-1]
	case strings.HasSuffix(w, "er"), strings.HasSuffix(w, "em"), strings.HasSuffix(w, "en"), strings.HasSuffix(w, "es"):
		stem = w[:len(w)-2]
	default:
		return false
	}
	switch stem {
	case "mein", "dein", "sein", "ihr", "unser", "eur", // possessives
		"dies", "jen", "solch", // demonstratives
		"jed", "kein", "welch": // quantifiers and interrogatives
		return true
	}
	return false
}
