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
// Beratung“ under „Workshop A“); or, under the label its kind gives by
// default, whether the title names a genre of its own („Vorwort“ of a
// welcome, which „Begrüßung“ over it would contradict). The label is then
// not set above it.
func titleSaysLabel(s content.Section) bool {
	if s.Label == s.Kind.DefaultLabel() && titleNamesGenre(s.Title) {
		return true
	}
	return beginsWithWords(s.Title, s.Label)
}

// beginsWithWords reports whether title is words, or begins with them
// followed by neither a letter nor a digit.
func beginsWithWords(title, words string) bool {
	n := len(words)
	if n == 0 || len(title) < n || !strings.EqualFold(title[:n], words) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(title[n:])
	return n == len(title) || !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// genres are the words a section's title may begin with that name its
// genre, as a label would.
var genres = []string{"Vorwort", "Geleitwort", "Grußwort", "Grusswort", "Begrüßung", "Begrüssung", "Einleitung",
	"Einführung", "Eröffnung", "Willkommen", "Editorial", "Nachwort", "Schlusswort", "Impulsvortrag", "Keynote"}

// titleNamesGenre reports a title that begins with a genre's name
// („Vorwort“, „Grußwort der Oberbürgermeisterin“).
func titleNamesGenre(title string) bool {
	for _, g := range genres {
		if beginsWithWords(title, g) {
			return true
		}
	}
	return false
}
