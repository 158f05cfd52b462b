package content

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxKeptLine is the longest line, in characters, of a paragraph whose
// line breaks are kept for their shortness alone.
const maxKeptLine = 45

// Lines that mark a paragraph as an address or a contact, each read as a
// whole line: a postcode and place („39104 Magdeburg“, „A-1010 Wien“), a
// street with its house number („Schleinufer 18a“, „Am Markt 3–5“) or a
// post-office box, and a telephone, fax, e-mail or web line.
var (
	postcodeLine = lazyRegexp(`^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}\p{M} .,/()'’\-–]*$`)
	streetLine   = lazyRegexp(`^(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+)*\p{Lu}[\p{L}\p{M}.'’\-]*\s*\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?$|^Postfach\s+[\d ]+$`)
	contactLine  = lazyRegexp(`^(?i:tel(?:efon)?\.?|fon|fax|mobil|handy|e-?mail|mail|web|internet|www\.|https?://|c/o\s|z\.\s?hd\.?\s)|^\S+@\S+\.\S+$`)
)

// linesKept reports whether a paragraph of two or more lines is written a
// line each — an address, a contact, a list of names, a text in Leichte
// Sprache —, whose lines an organiser means as lines, where Markdown would
// run them together („Caritas Vorpommern e. V. Bahnhofstraße 16 17489
// Greifswald“): every line short (at most maxKeptLine characters), an
// address block (addressBlock), whose first line may be a long
// organisation name, or a sentence a line (sentencePerLine). Prose
// wrapped by hand has long lines that run on mid-sentence.
func (c *mdConverter) linesKept(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	text := make([][]byte, lines.Len())
	short := true
	for k := range lines.Len() {
		seg := lines.At(k)
		text[k] = bytes.TrimSpace(seg.Value(c.source))
		short = short && utf8.RuneCount(text[k]) <= maxKeptLine
	}
	return short || addressBlock(text) || sentencePerLine(text)
}

// maxSentenceLine is the longest line, in characters, of a paragraph
// written a sentence a line (sentencePerLine), but for its last, which
// may run to maxSentenceEnd (an address after „Schreiben Sie an:“): a
// sentence of Leichte Sprache is short; a longer one is prose.
const (
	maxSentenceLine = 60
	maxSentenceEnd  = 2 * maxKeptLine
)

// sentencePerLine reports whether lines are written a sentence a line, as
// Leichte Sprache is: every line but the last ends a sentence (. ! ? or
// :, a closing quote or bracket after it) or is short (at most
// maxKeptLine: „Unsere Nummer ist: 03834 88 77 66-0“), the next begins
// one (a capital, a digit, an opening quote or bracket), no line holds
// the end of one sentence and the start of the next, and none is longer
// than maxSentenceLine (the last maxSentenceEnd). Prose wrapped by hand
// has long lines that run on mid-sentence, and prose written a sentence
// a line has sentences longer than that, or several on a line.
func sentencePerLine(lines [][]byte) bool {
	for k, ln := range lines {
		last := k == len(lines)-1
		if n := utf8.RuneCount(ln); n > maxSentenceLine && !last || n > maxSentenceEnd {
			return false
		}
		if k > 0 && !beginsSentence(ln) || twoSentences(ln) {
			return false
		}
		if !last && !endsSentence(ln) && utf8.RuneCount(ln) > maxKeptLine {
			return false
		}
	}
	return true
}

// twoSentences reports whether a line ends one sentence and begins
// another: . ! or ? after a word, then a space and a capital („Wer
// berät? Wer zahlt?“). A number's full stop („am 12. Juni“) is none, nor
// an abbreviation's („Frau Dr. Müller“, „z. B. Frau“, „Prof. Dr.“):
// a word of one or two letters, or one of abbreviations.
func twoSentences(ln []byte) bool {
	for i := 1; i+2 < len(ln); i++ {
		if c := ln[i]; (c == '.' || c == '!' || c == '?') && ln[i+1] == ' ' {
			next, _ := utf8.DecodeRune(ln[i+2:])
			word := lastWord(ln[:i])
			if unicode.IsUpper(next) && (c != '.' || utf8.RuneCount(word) > 2 && !abbreviations[string(word)]) && len(word) > 0 {
				return true
			}
		}
	}
	return false
}

// abbreviations are words of three letters or more written with a full
// stop that a sentence goes on after („Prof. Dr. Müller“, „Tel. 0381“).
var abbreviations = map[string]bool{"Prof": true, "Dipl": true, "Tel": true, "Str": true, "Abs": true, "Art": true,
	"bzw": true, "ggf": true, "vgl": true, "usw": true, "etc": true, "Jan": true, "Feb": true, "Aug": true, "Sept": true,
	"Okt": true, "Nov": true, "Dez": true, "Ing": true, "Mio": true, "Mrd": true}

// lastWord is the run of letters that b ends with.
func lastWord(b []byte) []byte {
	k := len(b)
	for k > 0 {
		r, n := utf8.DecodeLastRune(b[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return b[k:]
}

// endsSentence reports whether a line ends with . ! ? or :, a closing
// quote or bracket after it allowed.
func endsSentence(ln []byte) bool {
	t := bytes.TrimRightFunc(ln, func(r rune) bool { return strings.ContainsRune("“”’\"')»«", r) })
	r, _ := utf8.DecodeLastRune(t)
	return r == '.' || r == '!' || r == '?' || r == ':'
}

// beginsSentence reports whether a line begins with a capital, a digit
// or an opening quote or bracket.
func beginsSentence(ln []byte) bool {
	r, _ := utf8.DecodeRune(ln)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("„‚\"'(»«", r)
}

// addressBlock reports whether lines read as an address or contact block
// with some long lines: at least one line is an address line (a postcode
// and place, a street and number, a telephone, e-mail or web line), the
// long lines are no more than the short ones, and no line runs on into
// the next mid-sentence (a line followed by one that begins in lower case
// and is no contact line, as „www.…“ is).
func addressBlock(lines [][]byte) bool {
	marked, long := false, 0
	for k, ln := range lines {
		isContact := contactLine().Match(ln)
		if isContact || postcodeLine().Match(ln) || streetLine().Match(ln) {
			marked = true
		}
		if utf8.RuneCount(ln) > maxKeptLine {
			long++
		}
		if first, _ := utf8.DecodeRune(ln); k > 0 && unicode.IsLower(first) && !isContact {
			return false
		}
	}
	return marked && 2*long <= len(lines)
}
