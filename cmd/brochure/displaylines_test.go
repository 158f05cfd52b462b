package main

import (
	"math"
	"strings"
	"testing"
	"unicode"

	"brochure/content"
	"brochure/layout"
)

// TestHeadingLinesEndInAHyphenOnlyForAWordPastTheMeasure reads the
// headings of the example and the second event as MuPDF draws them
// (poppler would give the ActualText, without the hyphen): a heading line
// may end in a hyphen only where the word, as drawn, is wider than the
// column, and then neither piece has fewer than four letters.
func TestHeadingLinesEndInAHyphenOnlyForAWordPastTheMeasure(t *testing.T) {
	second, err := content.LoadTheme("testdata/second-event/theme.toml", false)
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
	}{{"example", "", layout.DefaultTheme()}, {"second event", "testdata/second-event/content.toml", secondTheme}} {
		t.Run(ev.name, func(t *testing.T) {
			size, column := ev.th.Heading.Size.Points(), ev.th.ColumnWidth().Points()
			headings, hyphenated := 0, 0
			for pi, page := range drawnPages(t, buildPDF(t, ev.content)) {
				for _, block := range page {
					for li, line := range block {
						if math.Abs(line[0].size-size) > 0.01 {
							continue
						}
						headings++
						if line.last().c != '-' || li+1 == len(block) {
							continue
						}
						head := lastWord(line[:len(line)-1])
						tail := firstWord(block[li+1])
						if len(head) == 0 || len(tail) == 0 {
							t.Errorf("page %d: a heading line ends in a lone hyphen: %s", pi+1, glyphText(line))
							continue
						}
						hyphenated++
						width := head[len(head)-1].x1 - head[0].x0 + tail[len(tail)-1].x1 - tail[0].x0
						word := glyphText(head) + "-" + glyphText(tail)
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
func lastWord(l []drawnGlyph) []drawnGlyph {
	for i := len(l) - 1; i >= 0; i-- {
		if unicode.IsSpace(l[i].c) {
			return l[i+1:]
		}
	}
	return l
}

func firstWord(l []drawnGlyph) []drawnGlyph {
	for i, g := range l {
		if unicode.IsSpace(g.c) || strings.ContainsRune(":,;", g.c) {
			return l[:i]
		}
	}
	return l
}

// letterCount counts the letters among glyphs.
func letterCount(g []drawnGlyph) int {
	n := 0
	for _, x := range g {
		if unicode.IsLetter(x.c) {
			n++
		}
	}
	return n
}
