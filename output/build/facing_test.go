package build

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/assets"
	"brochure/output/pdftest"
)

// mmPt is a millimetre in points.
const mmPt = 72 / 25.4

// textBlockLeft is the x most lines of a page start at, as pdftotext
// reads them: the left edge of the text block.
func textBlockLeft(lines []pdftest.BBoxLine) (float64, bool) {
	count := map[float64]int{}
	for _, l := range lines {
		count[math.Round(l.XMin*10)/10]++
	}
	best, n := 0.0, 0
	for x, c := range count {
		if c > n || c == n && x < best {
			best, n = x, c
		}
	}
	return best, n >= 3
}

// TestFacingMarginsInPDF builds the example and the second event with
// inner and outer margins of 18 and 34 mm and reads the PDFs back with
// pdftotext -bbox-layout: in the print edition the text block of page 2
// (left-hand) stands outer − inner = 16 mm right of page 3's (right-hand),
// ±0.5 pt, each folio is flush with its page's outer edge, and the back
// cover shows no folio and no running foot; in the screen edition, one-sided,
// pages 2 and 3 start at the same x. Every page after the cover, those that
// begin with deferred floats included, keeps its lines in its side's type
// area (checkMirroredLines).
func TestFacingMarginsInPDF(t *testing.T) {
	t.Parallel()
	const inner, outer = 18.0, 34.0
	theme := fmt.Sprintf("[page]\nmargin_inner = \"%gmm\"\nmargin_outer = \"%gmm\"\n", inner, outer)
	example := t.TempDir()
	writeFile(t, filepath.Join(example, "content.toml"), append([]byte("theme = \"theme.toml\"\n"), assets.ExampleContent...))
	setTheme(t, example, theme)
	second := t.TempDir()
	copyEvent(t, second)
	setTheme(t, second, theme+"columns = 2\ncontents_from_pages = 2\n") // its body of two pages then has its contents page: pages 2 and 3 full
	for name, dir := range map[string]string{"example": example, "second event": second} {
		path := filepath.Join(dir, "content.toml")
		pages := pdftest.BBoxPages(t, writtenPDF(t, path, Print))
		if len(pages) < 4 {
			t.Fatalf("%s: %d pages", name, len(pages))
		}
		left, okL := textBlockLeft(pages[1])
		right, okR := textBlockLeft(pages[2])
		if want := (outer - inner) * mmPt; !okL || !okR || math.Abs(left-right-want) > 0.5 {
			t.Errorf("%s: the text block starts at %.2f pt on page 2 and %.2f pt on page 3: %.2f pt apart, want %.2f pt", name, left, right, left-right, want)
		}
		// Folios: flush left on page 2 (its outer edge), flush right on
		// page 3, where the type area ends 210 − inner − outer mm after
		// the text block's left edge.
		width := (210 - inner - outer) * mmPt
		checkMirroredLines(t, name, pages, right, left, width)
		if x, ok := wordAt(pages[1], "2", true); !ok || math.Abs(x-left) > 0.5 {
			t.Errorf("%s: page 2's folio starts at %.2f pt (found: %v), want the outer edge %.2f pt", name, x, ok, left)
		}
		if x, ok := wordAt(pages[2], "3", false); !ok || math.Abs(x-(right+width)) > 0.5 {
			t.Errorf("%s: page 3's folio ends at %.2f pt (found: %v), want the outer edge %.2f pt", name, x, ok, right+width)
		}
		back := pages[len(pages)-1]
		for _, l := range back {
			text := strings.TrimSpace(l.Text())
			if text != "" && strings.IndexFunc(text, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 || strings.Contains(text, "·") {
				t.Errorf("%s: the back cover carries a folio or running foot: %q", name, text)
			}
		}
		screen := pdftest.BBoxPages(t, writtenPDF(t, path, Screen))
		l2, _ := textBlockLeft(screen[1])
		l3, _ := textBlockLeft(screen[2])
		if math.Abs(l2-l3) > 0.5 {
			t.Errorf("%s, screen edition: pages 2 and 3 start at %.2f and %.2f pt; the screen edition is one-sided", name, l2, l3)
		}
	}
}

// checkMirroredLines checks every page after the cover — body pages,
// pages that begin with floats deferred to their top (a picture's caption,
// link blocks), notes pages and the back cover — line by line: each line
// lies in its side's type area, from rightStart on right-hand (odd) pages
// and leftStart on left-hand pages, width wide, give or take what
// protrusion lets hang out; and on each page some line starts at the type
// area's edge.
func checkMirroredLines(t *testing.T, name string, pages [][]pdftest.BBoxLine, rightStart, leftStart, width float64) {
	t.Helper()
	const hang = 4.0 // pt: a hanging quote or hyphen
	for i, lines := range pages[1:] {
		n := i + 2
		x0 := leftStart
		if n%2 == 1 {
			x0 = rightStart
		}
		atEdge := false
		for _, l := range lines {
			if l.XMin < x0-hang || l.XMax > x0+width+hang {
				t.Errorf("%s: page %d: %q at %.2f–%.2f pt, outside its type area %.2f–%.2f pt", name, n, l.Text(), l.XMin, l.XMax, x0, x0+width)
			}
			atEdge = atEdge || math.Abs(l.XMin-x0) <= 0.5
		}
		if len(lines) > 0 && !atEdge {
			t.Errorf("%s: page %d: no line starts at the type area's edge %.2f pt", name, n, x0)
		}
	}
}

// wordAt finds the word w in the running foot of an A4 page (below the
// type area, which ends 30 mm above the foot of the trim) and returns its
// left x (first) or its right x.
func wordAt(lines []pdftest.BBoxLine, w string, first bool) (float64, bool) {
	x, found := 0.0, false
	for _, l := range lines {
		for _, word := range l.Words {
			if strings.TrimSpace(word.Text) == w && word.YMin > pageHeightPt-25*mmPt {
				x, found = word.XMax, true
				if first {
					x = word.XMin
				}
			}
		}
	}
	return x, found
}
