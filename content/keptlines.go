package content

import (
	"bytes"
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
// line each — an address, a contact, a list of names —, whose lines an
// organiser means as lines, where Markdown would run them together
// („Caritas Vorpommern e. V. Bahnhofstraße 16 17489 Greifswald“): every
// line short (at most maxKeptLine characters), or an address block
// (addressBlock), whose first line may be a long organisation name.
// Prose wrapped by hand has long lines that run on mid-sentence.
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
	return short || addressBlock(text)
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
