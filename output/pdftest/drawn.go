package pdftest

import (
	"strings"
	"testing"
)

// MuPDF's structured text gives the glyphs as drawn, where poppler gives
// the ActualText of a hyphenated word (the whole word, no hyphen): tests
// that look at hyphens, hanging characters or glyph sizes read it.

// Glyph is a character as MuPDF draws it: its left and right edge and
// the size its font is drawn at (expansion included).
type Glyph struct {
	C            rune
	X0, X1, Size float64
	Font         string // the font's name, e.g. LiberationSerif-Regular
}

// Line is a line of drawn glyphs; Block the lines of a text block.
type (
	Line  []Glyph
	Block []Line
)

// Last is the line's last glyph.
func (l Line) Last() Glyph { return l[len(l)-1] }

// DrawnPages returns, page by page, the text blocks of a PDF as MuPDF
// draws them (mutool draw -F stext); empty lines are left out, and so are
// spaces at a line's end.
func DrawnPages(t testing.TB, pdf string) [][]Block {
	t.Helper()
	doc, err := ParseStext([]byte(Tool(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf)))
	if err != nil {
		t.Fatalf("reading mutool's structured text: %v", err)
	}
	pages := make([][]Block, len(doc.Pages))
	for pi, p := range doc.Pages {
		for _, b := range p.Blocks {
			var block Block
			for _, l := range b.Lines {
				var line Line
				for _, f := range l.Fonts {
					for _, ch := range f.Chars {
						line = append(line, Glyph{C: []rune(ch.C)[0], X0: ch.Quad[0], X1: ch.Quad[2], Size: f.Size, Font: f.Name})
					}
				}
				// A line's trailing space is the word boundary the text
				// layer carries at a line end; it draws nothing.
				for len(line) > 0 && line.Last().C == ' ' {
					line = line[:len(line)-1]
				}
				if len(line) > 0 {
					block = append(block, line)
				}
			}
			pages[pi] = append(pages[pi], block)
		}
	}
	return pages
}

// GlyphText is the text of some glyphs.
func GlyphText(g []Glyph) string {
	var b strings.Builder
	for _, x := range g {
		b.WriteRune(x.C)
	}
	return b.String()
}
