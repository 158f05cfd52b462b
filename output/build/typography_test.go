package build

import (
	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output/pdftest"
	"math"
	"sort"
	"testing"
)

// TestTypographyFiguresMatchThePDF: the check reports how the justified
// text was set, and its figures agree with what independent readers
// measure in the PDF — the word spaces' 95th percentile with poppler's
// word boxes, the hyphenated lines and the hyphens' protrusion with
// MuPDF's glyphs. A theme change shows in the figures: with TeX's full
// space flexibility the spaces are less even and fewer lines hyphenated.
func TestTypographyFiguresMatchThePDF(t *testing.T) {
	t.Parallel()
	th := layout.DefaultTheme()
	pdf := examplePDF(t, "", Screen)
	got := checkReport(t, "", Screen, pdf).Typography

	gaps := checkJustifiedText(t, pdf, th, 45, 0.10)
	right := (th.PageWidth - th.MarginRight).Points()
	// check counts a few spaces more than poppler separates words at, so
	// its 95th percentile may fall a rank or two off the PDF's: where a
	// whole line's spaces sit at the percentile, those ranks differ by a
	// line's ratio. It must lie between the PDF's 94th and 96th.
	if lo, hi := gaps[len(gaps)*94/100], gaps[len(gaps)*96/100]; got.SpaceP95 < lo-0.03 || got.SpaceP95 > hi+0.03 {
		t.Errorf("check reports word spaces p95 %.2f, the PDF has %.2f (94th … 96th percentile %.2f … %.2f)",
			got.SpaceP95, gaps[len(gaps)*95/100], lo, hi)
	}
	// Every character hanging into a margin counts, at either end of a
	// body line, as check counts them (hyphens are no longer most of them).
	hyphenated := 0
	var hangs []float64
	left := th.MarginLeft.Points()
	for _, blocks := range pdftest.DrawnPages(t, pdf) {
		for _, lines := range blocks {
			for _, l := range lines {
				last := l.Last()
				if math.Abs(last.Size-th.Body.Size.Points()) >= 0.3 {
					continue
				}
				if last.C == '-' && last.X1 > right-1 {
					hyphenated++
				}
				if last.X1 > right+0.02 && last.X1 < right+5 {
					hangs = append(hangs, last.X1-right)
				}
				if l[0].X0 < left-0.02 && l[0].X0 > left-5 {
					hangs = append(hangs, left-l[0].X0)
				}
			}
		}
	}
	if hyphenated == 0 || hyphenated != got.HyphenatedLines {
		t.Errorf("check reports %d hyphenated lines, the PDF has %d", got.HyphenatedLines, hyphenated)
	}
	sort.Float64s(hangs)
	if len(hangs) > 0 && math.Abs(hangs[len(hangs)/2]-got.ProtrusionMedian) > 0.15 {
		t.Errorf("check reports protrusion of %.1f pt (median), the characters hang out by %.2f pt", got.ProtrusionMedian, hangs[len(hangs)/2])
	}
	if got.Lines < 30 || got.Spaces < 250 || got.ScaledShare == 0 || got.AtJoint == 0 {
		t.Errorf("implausible figures for the example: %+v", got)
	}

	// A theme change shows.
	dir := t.TempDir()
	path := longTextContent(t, dir, "[justification]\nspace_flexibility = 100\ntolerance = 200\n")
	loose := typographyOf(t, path)
	setTheme(t, dir, "")
	even := typographyOf(t, path)
	t.Logf("long text, TeX's flexibility: p95 %.2f, %d of %d lines hyphenated; default: p95 %.2f, %d of %d",
		loose.SpaceP95, loose.HyphenatedLines, loose.Lines, even.SpaceP95, even.HyphenatedLines, even.Lines)
	if loose.SpaceP95 < even.SpaceP95+0.05 || loose.HyphenatedLines >= even.HyphenatedLines {
		t.Errorf("the theme change does not show: TeX's flexibility %+v, default %+v", loose, even)
	}
}

// typographyOf is the check's typography figures for the screen edition
// of a content file.
func typographyOf(t *testing.T, contentPath string) typeset.SettingSummary {
	t.Helper()
	res, err := Run(Request{ContentPath: contentPath, Edition: Screen})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	return res.Check(pdf).Typography
}
