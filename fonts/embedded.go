package fonts

// Embedded faces are opened without go-text: what a build asks of them
// for ordinary text — the glyphs of the characters in knownRanges and the
// vertical metrics — was read from the fonts when the program was made
// (embedded_glyphs.go, written by `go run ./assets/gen/fontglyphs`), and
// so was the kerning between Latin-1 characters; advances, and kerning
// beyond Latin-1, are read from the font's own tables in place. A
// character beyond the ranges, or shaping, parses the face with go-text
// then. TestEmbeddedGlyphsMatchTheFonts holds the generated data to the
// fonts themselves.

// runeRange is the characters from Lo up to, not including, Hi.
type runeRange struct{ Lo, Hi rune }

// embeddedFace is what was read from an embedded face beforehand: its
// vertical metrics in thousandths of an em, its glyph for each character
// of knownRanges, in order, as big-endian uint16 (0: none), and its
// kerning between the runes below latinRunes (kernTable's form).
type embeddedFace struct {
	ascent, descent, capHeight, xHeight int
	glyphs                              string
	kerns                               string
}

// knownIndex is r's position among the characters of knownRanges.
func knownIndex(r rune) (int, bool) {
	base := 0
	for _, k := range knownRanges {
		if r < k.Lo {
			return 0, false
		}
		if r < k.Hi {
			return base + int(r-k.Lo), true
		}
		base += int(k.Hi - k.Lo)
	}
	return 0, false
}

// openEmbedded opens an embedded face with the data read from it
// beforehand, or parses it in full when there is none.
func openEmbedded(name string, data []byte) (*Face, error) {
	e, ok := embeddedFaces[pdfName(name)]
	if !ok {
		return Parse(name, data)
	}
	f, err := open(name, data)
	if err != nil {
		return nil, err
	}
	f.known = e.glyphs
	f.kerning.useTable(e.kerns)
	f.Ascent, f.Descent, f.CapHeight, f.XHeight = e.ascent, e.descent, e.capHeight, e.xHeight
	return f, nil
}
