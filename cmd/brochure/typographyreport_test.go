package main

import (
	"bytes"
	"encoding/json"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// checkTypography runs `brochure check -json` on the screen edition and
// returns its typography figures.
func checkTypography(t *testing.T, args ...string) typeset.SettingSummary {
	t.Helper()
	var stdout, stderr bytes.Buffer
	run(append([]string{"check", "-json", "-edition", "screen"}, args...), &stdout, &stderr)
	var report struct {
		Typography *typeset.SettingSummary `json:"typography"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil || report.Typography == nil {
		t.Fatalf("check -json: %v (no typography?)\n%s", err, stderr.String())
	}
	return *report.Typography
}

// TestCheckReportsTypography: `brochure check` reports how the justified
// text was set, and its figures agree with what independent readers
// measure in the PDF — the word spaces' 95th percentile with poppler's
// word boxes, the hyphenated lines and the hyphens' protrusion with
// MuPDF's glyphs. A theme change shows in the figures: with TeX's full
// space flexibility the spaces are less even and fewer lines hyphenated.
func TestCheckReportsTypography(t *testing.T) {
	th := layout.DefaultTheme()
	got := checkTypography(t)
	pdf := buildPDF(t, "", "-edition", "screen")

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
	for _, blocks := range drawnPages(t, pdf) {
		for _, lines := range blocks {
			for _, l := range lines {
				last := l.last()
				if math.Abs(last.size-th.Body.Size.Points()) >= 0.3 {
					continue
				}
				if last.c == '-' && last.x1 > right-1 {
					hyphenated++
				}
				if last.x1 > right+0.02 && last.x1 < right+5 {
					hangs = append(hangs, last.x1-right)
				}
				if l[0].x0 < left-0.02 && l[0].x0 > left-5 {
					hangs = append(hangs, left-l[0].x0)
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

	// The text output carries the same section.
	var stdout, stderr bytes.Buffer
	run([]string{"check"}, &stdout, &stderr)
	for _, want := range []string{"typography of the justified text", "word spaces", "glyph scaling", "protrusion", "hyphenation", "compound breaks"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("check's report has no %q:\n%s", want, stdout.String())
		}
	}

	// A theme change shows.
	dir := t.TempDir()
	path := longTextContent(t, dir, "[justification]\nspace_flexibility = 100\ntolerance = 200\n")
	loose := checkTypography(t, path)
	setTheme(t, dir, "")
	even := checkTypography(t, filepath.Join(dir, "content.toml"))
	t.Logf("long text, TeX's flexibility: p95 %.2f, %d of %d lines hyphenated; default: p95 %.2f, %d of %d",
		loose.SpaceP95, loose.HyphenatedLines, loose.Lines, even.SpaceP95, even.HyphenatedLines, even.Lines)
	if loose.SpaceP95 < even.SpaceP95+0.05 || loose.HyphenatedLines >= even.HyphenatedLines {
		t.Errorf("the theme change does not show: TeX's flexibility %+v, default %+v", loose, even)
	}
}
