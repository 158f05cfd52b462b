package main

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
)

// MuPDF's structured text gives the glyphs as drawn, where poppler gives
// the ActualText of a hyphenated word (the whole word, no hyphen): tests
// that look at hyphens, hanging characters or glyph sizes read it.

// drawnGlyph is a character as MuPDF reads it: its left and right edge
// and the size its font is drawn at (expansion included).
type drawnGlyph struct {
	c            rune
	x0, x1, size float64
	font         string // the font's name, e.g. LiberationSerif-Regular
}

// drawnLine is a line of glyphs; drawnBlock the lines of a text block.
type (
	drawnLine  []drawnGlyph
	drawnBlock []drawnLine
)

// last is the line's last glyph.
func (l drawnLine) last() drawnGlyph { return l[len(l)-1] }

// drawnPages returns, page by page, the text blocks of a PDF as MuPDF
// draws them (mutool draw -F stext); empty lines are left out, and so are
// spaces at a line's end.
func drawnPages(t *testing.T, pdf string) [][]drawnBlock {
	t.Helper()
	var doc struct {
		Pages []struct {
			Blocks []struct {
				Lines []struct {
					Fonts []struct {
						Name  string  `xml:"name,attr"`
						Size  float64 `xml:"size,attr"`
						Chars []struct {
							Quad string `xml:"quad,attr"`
							C    string `xml:"c,attr"`
						} `xml:"char"`
					} `xml:"font"`
				} `xml:"line"`
			} `xml:"block"`
		} `xml:"page"`
	}
	if err := xml.Unmarshal([]byte(tool(t, "mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf)), &doc); err != nil {
		t.Fatalf("parsing mutool's structured text: %v", err)
	}
	pages := make([][]drawnBlock, len(doc.Pages))
	for pi, p := range doc.Pages {
		for _, b := range p.Blocks {
			var block drawnBlock
			for _, l := range b.Lines {
				var line drawnLine
				for _, f := range l.Fonts {
					for _, ch := range f.Chars {
						var q [8]float64
						fmt.Sscan(ch.Quad, &q[0], &q[1], &q[2], &q[3], &q[4], &q[5], &q[6], &q[7])
						line = append(line, drawnGlyph{c: []rune(ch.C)[0], x0: q[0], x1: q[2], size: f.Size, font: f.Name})
					}
				}
				// A line's trailing space is the word boundary the text
				// layer carries at a line end; it draws nothing.
				for len(line) > 0 && line.last().c == ' ' {
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

// glyphText is the text of some glyphs.
func glyphText(g []drawnGlyph) string {
	var b strings.Builder
	for _, x := range g {
		b.WriteRune(x.c)
	}
	return b.String()
}
