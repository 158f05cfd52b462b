package build

import (
	"encoding/xml"
	"math"
	"path/filepath"
	"sort"
	"testing"
	"unicode"

	"brochure/fonts"
	"brochure/layout"
	"brochure/output/pdftest"
)

// bodyLines returns, per page, the lines set in the body text size inside
// the text column, in reading order from the top. A line that begins with
// the rest of a word hyphenated on the line before starts, for poppler,
// at its second word (the rest reads as nothing: the whole word was given
// with the first part), so lines are taken wherever in the column they
// start.
func bodyLines(t *testing.T, pdf string, th layout.Theme) [][]pdftest.BBoxLine {
	var doc pdftest.BBoxDoc
	if err := xml.Unmarshal([]byte(tool(t, "pdftotext", "-bbox-layout", pdf, "-")), &doc); err != nil {
		t.Fatalf("parsing pdftotext -bbox-layout output: %v", err)
	}
	face := th.Body.Face()
	size := th.Body.Size.Points()
	height := float64(face.Ascent-face.Descent) * size / 1000 // poppler's word box height
	left := th.MarginLeft.Points()
	right := (th.PageWidth - th.MarginRight).Points()
	hangLeft := protrusionAllowance(th, "„‚»")
	hangRight := protrusionAllowance(th, "-.,“‘") + 20 // an overfull line is still a body line
	var pages [][]pdftest.BBoxLine
	for _, p := range doc.Pages {
		var lines []pdftest.BBoxLine
		for _, f := range p.Flows {
			for _, b := range f.Blocks {
				for _, l := range b.Lines {
					if len(l.Words) == 0 || math.Abs(l.Words[0].YMax-l.Words[0].YMin-height) > 0.2 {
						continue
					}
					if l.XMin > left-hangLeft && l.XMax < right+hangRight {
						lines = append(lines, l)
					}
				}
			}
		}
		sort.SliceStable(lines, func(i, j int) bool { return lines[i].YMax < lines[j].YMax })
		pages = append(pages, lines)
	}
	return pages
}

// TestJustifiedTextQuality measures the example's body text from the PDF
// (see checkJustifiedText).
func TestJustifiedTextQuality(t *testing.T) {
	t.Parallel()
	// The screen edition's page is the trimmed page, so positions are the
	// layout's own.
	checkJustifiedText(t, examplePDF(t, "", Screen), layout.DefaultTheme(), 45, 0.10)
}

// checkJustifiedText measures body text from a PDF set with theme th, at
// least minLines lines of it: the inter-word gaps of justified lines (95th
// percentile ≤ 1.32 × the natural space, mean distance from it ≤ maxMean,
// none above 2 ×), no overfull line, no more than two hyphenated lines in
// a row, and no widow or orphan at a page break. It returns the gaps, in
// ascending order, as multiples of the natural space. The gap limits are
// issue 20's: the defaults no longer buy evener spaces with hyphens;
// LuaLaTeX + microtype's gap p95 on the Basic Law is 1.297, brochure's
// 1.28 (docs/typography/README.md), and TestLongTextTypography's narrow
// measures reach 1.315.
func checkJustifiedText(t *testing.T, pdf string, th layout.Theme, minLines int, maxMean float64) []float64 {
	t.Helper()
	pages := bodyLines(t, pdf, th)
	right := (th.PageWidth - th.MarginRight).Points()
	space := float64(th.Body.Face().Advance(' ')) * th.Body.Size.Points() / 1000
	leading := th.Body.Leading.Points()

	// A justified line ends at the margin, or past it by what its last
	// character may hang out (margin protrusion: at most 70 % of a hyphen,
	// stop, comma or closing quote).
	hang := protrusionAllowance(th, "-.,“‘")
	justified := func(l pdftest.BBoxLine) bool { return l.XMax > right-0.6 && l.XMax < right+hang }
	var ratios []float64
	total := 0
	for pi, lines := range pages {
		for li, l := range lines {
			total++
			if l.XMax > right+hang {
				t.Errorf("page %d: overfull line (%.2f pt past the margin): %s", pi+1, l.XMax-right, l.Text())
			}
			if !justified(l) {
				continue
			}
			for k := 1; k < len(l.Words); k++ {
				gap := l.Words[k].XMin - l.Words[k-1].XMax
				ratios = append(ratios, gap/space)
				if gap > 2*space {
					t.Errorf("page %d line %d: gap of %.2f × the space before %q", pi+1, li+1, gap/space, l.Words[k].Text)
				}
			}
		}
	}
	if total < minLines || len(ratios) < 5*minLines {
		t.Fatalf("found %d body lines and %d gaps; the measurement is not seeing the text", total, len(ratios))
	}
	sort.Float64s(ratios)
	p95 := ratios[len(ratios)*95/100]
	deviation := 0.0
	for _, r := range ratios {
		deviation += math.Abs(r - 1)
	}
	deviation /= float64(len(ratios))
	t.Logf("%d body lines, %d gaps: median %.3f, p95 %.3f, max %.3f × natural space, mean |gap−1| %.3f",
		total, len(ratios), ratios[len(ratios)/2], p95, ratios[len(ratios)-1], deviation)
	if p95 > 1.32 {
		t.Errorf("95th percentile gap is %.3f × the natural space, want ≤ 1.32", p95)
	}
	if deviation > maxMean {
		t.Errorf("gaps are on average %.3f away from the natural space, want ≤ %.3f", deviation, maxMean)
	}
	// Runs of hyphenated lines, read with MuPDF: poppler gives the whole
	// word of a hyphenated line end (its ActualText), not the hyphen.
	maxHyphenRun := 0
	for _, ends := range bodyLineEnds(t, pdf, th.Body.Size.Points()) {
		run := 0
		for _, c := range ends {
			if c == '-' {
				run++
				maxHyphenRun = max(maxHyphenRun, run)
			} else {
				run = 0
			}
		}
	}
	if maxHyphenRun == 0 {
		t.Errorf("no hyphenated body line found; the measurement is not seeing the hyphens")
	}
	if maxHyphenRun > 2 {
		t.Errorf("%d hyphenated lines in a row, want at most 2", maxHyphenRun)
	}

	// Widows and orphans: a paragraph that runs over a page break (its
	// last line on the page is full width) must leave at least two lines
	// on each side.
	for pi := 0; pi+1 < len(pages); pi++ {
		lines, next := pages[pi], pages[pi+1]
		if len(lines) == 0 || len(next) == 0 || !justified(lines[len(lines)-1]) {
			continue
		}
		before := 1
		for k := len(lines) - 1; k > 0 && math.Abs(lines[k].YMax-lines[k-1].YMax-leading) < 0.5; k-- {
			before++
		}
		after := 1
		for k := 1; k < len(next) && math.Abs(next[k].YMax-next[k-1].YMax-leading) < 0.5; k++ {
			after++
		}
		if before < 2 {
			t.Errorf("orphan: a paragraph's first line alone at the foot of page %d: %s", pi+1, lines[len(lines)-1].Text())
		}
		if after < 2 {
			t.Errorf("widow: a paragraph's last line alone at the head of page %d: %s", pi+2, next[0].Text())
		}
	}
	return ratios
}

// xmlUnmarshal parses pdftotext's XHTML output.
func xmlUnmarshal(s string, v any) error { return xml.Unmarshal([]byte(s), v) }

// protrusionAllowance is how far the widest of the given characters may
// hang into a margin: 70 % of its advance in the body size, the largest
// factor the default theme gives, plus a hair.
func protrusionAllowance(th layout.Theme, chars string) float64 {
	widest := 0
	for _, r := range chars {
		widest = max(widest, th.Body.Face().Advance(r))
	}
	return 0.7*float64(widest)*th.Body.Size.Points()/1000 + 0.1
}

// bodyLineEnds returns, page by page, the last character of every line
// set in the body size (give or take font expansion), as MuPDF reads the
// glyphs drawn.
func bodyLineEnds(t *testing.T, pdf string, body float64) [][]rune {
	var pages [][]rune
	for _, blocks := range pdftest.DrawnPages(t, pdf) {
		var ends []rune
		for _, lines := range blocks {
			for _, l := range lines {
				if last := l.Last(); math.Abs(last.Size-body) <= body*0.03 {
					ends = append(ends, last.C)
				}
			}
		}
		pages = append(pages, ends)
	}
	return pages
}

// TestExpansionStaysWithinItsLimit: glyphs are widened or narrowed by at
// most the theme's 2 %, in every pass the emergency one included; they do
// take part (some lines are set expanded). The scale of a line is read
// from MuPDF's glyph boxes against the font's advances (MuPDF's font size
// is the geometric mean of the two axes, which would halve the figure).
// How much neighbouring lines differ is measured on a long text
// (TestLongTextTypography).
func TestExpansionStaysWithinItsLimit(t *testing.T) {
	t.Parallel()
	th := layout.DefaultTheme()
	body := th.Body.Size.Points()
	face := th.Body.Face()
	// A justified narrow column needs more than the glyphs may give: the
	// spaces must take the rest.
	narrow := t.TempDir()
	copyEvent(t, narrow)
	setTheme(t, narrow, "[page]\ncolumns = 2\n[justification]\nalign = \"justified\"\n")
	for path, pdf := range map[string]string{"the example": examplePDF(t, "", Screen), "the second event in two columns": writtenPDF(t, filepath.Join(narrow, "content.toml"), Screen)} {
		expanded := 0
		for _, blocks := range pdftest.DrawnPages(t, pdf) {
			for _, lines := range blocks {
				for _, l := range lines {
					scale, ok := glyphScale(l, face, body)
					if !ok {
						continue // another role's text
					}
					if math.Abs(scale) > 0.0201 {
						t.Errorf("%s: glyphs set %.2f %% wide, the limit is 2 %%: %s", path, 100*scale, pdftest.GlyphText(l))
					}
					if math.Abs(scale) > 0.001 {
						expanded++
					}
				}
			}
		}
		if expanded == 0 {
			t.Errorf("%s: no body line is set with expanded or condensed glyphs; the measurement is not seeing them", path)
		}
	}
}

// glyphScale is how much wider (negative: narrower) than their advances
// at size the letters of a line are drawn: the median over its letters in
// face (a bold name in the line is another face). ok is false for a line
// not set at about that size, or with too few letters to tell.
func glyphScale(l pdftest.Line, face *fonts.Face, size float64) (scale float64, ok bool) {
	var ratios []float64
	for _, g := range l {
		if math.Abs(g.Size-size) > size*0.03 {
			return 0, false
		}
		if g.Font == face.Name && unicode.IsLetter(g.C) && face.Has(g.C) {
			ratios = append(ratios, (g.X1-g.X0)/(float64(face.Advance(g.C))*size/1000))
		}
	}
	if len(ratios) < 10 {
		return 0, false
	}
	sort.Float64s(ratios)
	return ratios[len(ratios)/2] - 1, true
}
