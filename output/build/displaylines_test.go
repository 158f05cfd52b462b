package build

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/content"
	"brochure/layout"
	"brochure/output/pdftest"
)

// TestHeadingLinesEndInAHyphenOnlyForAWordPastTheMeasure reads the
// headings of the example and the second event as MuPDF draws them
// (poppler would give the ActualText, without the hyphen): a heading line
// may end in a hyphen only where the word, as drawn, is wider than the
// column, and then neither piece has fewer than four letters.
func TestHeadingLinesEndInAHyphenOnlyForAWordPastTheMeasure(t *testing.T) {
	t.Parallel()
	second, err := content.LoadTheme(filepath.Join(secondEvent, "theme.toml"), false)
	if err != nil {
		t.Fatal(err)
	}
	secondTheme, err := layout.NewTheme(second)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range []struct {
		name, content string
		th            layout.Theme
	}{{"example", "", layout.DefaultTheme()}, {"second event", "second", secondTheme}} {
		t.Run(ev.name, func(t *testing.T) {
			size, column := ev.th.Heading.Size.Points(), ev.th.ColumnWidth().Points()
			headings, hyphenated := 0, 0
			pdf := examplePDF(t, "", Print)
			if ev.content == "second" {
				pdf = secondEventPDF(t, Print)
			}
			for pi, page := range pdftest.DrawnPages(t, pdf) {
				for _, block := range page {
					for li, line := range block {
						if math.Abs(line[0].Size-size) > 0.01 {
							continue
						}
						headings++
						if line.Last().C != '-' || li+1 == len(block) {
							continue
						}
						head := lastWord(line[:len(line)-1])
						tail := firstWord(block[li+1])
						if len(head) == 0 || len(tail) == 0 {
							t.Errorf("page %d: a heading line ends in a lone hyphen: %s", pi+1, pdftest.GlyphText(line))
							continue
						}
						hyphenated++
						width := head[len(head)-1].X1 - head[0].X0 + tail[len(tail)-1].X1 - tail[0].X0
						word := pdftest.GlyphText(head) + "-" + pdftest.GlyphText(tail)
						switch {
						case width <= column:
							t.Errorf("page %d: heading hyphenated (%s) though the word (%.1f pt) fits the column (%.1f pt)", pi+1, word, width, column)
						case letterCount(head) < 4 || letterCount(tail) < 4:
							t.Errorf("page %d: heading hyphenated with a fragment under four letters: %s", pi+1, word)
						}
					}
				}
			}
			t.Logf("%d heading lines, %d hyphenated", headings, hyphenated)
			if headings == 0 {
				t.Fatalf("no heading lines at %.1f pt found", size)
			}
		})
	}
}

// lastWord is the glyphs after a line's last space; firstWord those
// before its first.
func lastWord(l []pdftest.Glyph) []pdftest.Glyph {
	for i := len(l) - 1; i >= 0; i-- {
		if unicode.IsSpace(l[i].C) {
			return l[i+1:]
		}
	}
	return l
}

func firstWord(l []pdftest.Glyph) []pdftest.Glyph {
	for i, g := range l {
		if unicode.IsSpace(g.C) || strings.ContainsRune(":,;", g.C) {
			return l[:i]
		}
	}
	return l
}

// letterCount counts the letters among glyphs.
func letterCount(g []pdftest.Glyph) int {
	n := 0
	for _, x := range g {
		if unicode.IsLetter(x.C) {
			n++
		}
	}
	return n
}
