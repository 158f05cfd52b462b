package build

import (
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/BurntSushi/toml"

	"brochure/assets"
	"brochure/layout"
	"brochure/layout/german"
	"brochure/layout/typeset"
	"brochure/output/pdftest"
)

// longTextContent is a long text of continuous German prose (about 16
// pages) for measuring the typesetting: the sentences of the example's and
// the second event's running text, put together into 64 paragraphs of
// three to seven sentences in an order a fixed generator chooses. theme
// is written as the content's theme.
func longTextContent(t *testing.T, dir, theme string) string {
	t.Helper()
	var sentences []string
	boundary := regexp.MustCompile(`([.!?])\s+([A-ZÄÖÜ„"])`)
	for _, src := range [][]byte{assets.ExampleContent, readFile(t, filepath.Join(secondEvent, "content.toml"))} {
		var doc struct{ Sections []struct{ Body string } }
		if err := toml.Unmarshal(src, &doc); err != nil {
			t.Fatal(err)
		}
		for _, s := range doc.Sections {
			for _, para := range strings.Split(s.Body, "\n\n") {
				para = strings.Join(strings.Fields(para), " ")
				if para == "" || strings.ContainsAny(para[:1], "-*>#|0123456789") {
					continue // lists, quotes, headings, tables
				}
				for _, sentence := range strings.Split(boundary.ReplaceAllString(para, "$1\x00$2"), "\x00") {
					if len(sentence) > 40 {
						sentences = append(sentences, sentence)
					}
				}
			}
		}
	}
	if len(sentences) < 30 {
		t.Fatalf("only %d sentences in the examples", len(sentences))
	}
	state := uint32(12345)
	next := func(n int) int { // a linear congruential generator: the same text every run
		state = state*1103515245 + 12345
		return int(state>>8) % n
	}
	var b strings.Builder
	b.WriteString("theme = \"theme.toml\"\n[document]\nkind = \"Dokumentation\"\ntitle = \"Langer Text\"\n" +
		"event = \"Messung des Satzes\"\ndate = 2026-11-30\nlanguage = \"de-DE\"\norganisers = [\"Messung\"]\n")
	for s := range 8 {
		fmt.Fprintf(&b, "\n[[sections]]\nkind = \"talk\"\ntitle = \"Abschnitt %d\"\nbody = '''\n", s+1)
		for range 8 {
			n := 3 + next(5)
			para := make([]string, n)
			for k := range para {
				para[k] = sentences[next(len(sentences))]
			}
			b.WriteString(strings.Join(para, " ") + "\n\n")
		}
		b.WriteString("'''\n")
	}
	path := filepath.Join(dir, "content.toml")
	writeFile(t, path, []byte(b.String()))
	setTheme(t, dir, theme)
	return path
}

// TestLongTextTypography sets some 16 pages of continuous prose on the
// 130 mm measure and measures from the PDF what issue 14 asks of the
// justification: even word spaces (checkJustifiedText), glyph widths that
// change little between neighbouring lines of a paragraph and never
// beyond the limit, hyphens that hang into the margin, and — over seven
// measures — line-end breaks inside compounds that fall at a joint rather
// than inside the compound's first part.
func TestLongTextTypography(t *testing.T) {
	t.Parallel()
	th := layout.DefaultTheme()
	body := th.Body.Size.Points()
	pdf := writtenPDF(t, longTextContent(t, t.TempDir(), ""), Screen)
	// The mean distance of the gaps from the natural space may reach
	// 0.115 here (the example's bound is 0.10): keeping the glyph-width
	// jumps under 2 % moves some lines' adjustment from the glyphs to the
	// spaces, most of them tighter (docs/typography: 0.111 on this text,
	// with 100 hyphenated lines instead of 140).
	checkJustifiedText(t, pdf, th, 300, 0.115)

	checkGlyphScaling(t, pdf, th)
	checkCompoundBreaks(t, body)
}

// checkGlyphScaling reads the glyphs of the long text as drawn: no line's
// glyphs are scaled past the 2 % limit, neighbouring lines' widths differ
// by at most 2.2 % (p95), and hyphens at the line end hang out by at
// least 1 pt (median).
func checkGlyphScaling(t *testing.T, pdf string, th layout.Theme) {
	t.Helper()
	body := th.Body.Size.Points()
	right := (th.PageWidth - th.MarginRight).Points()
	var jumps, hyphenHang []float64
	for _, blocks := range pdftest.DrawnPages(t, pdf) {
		for _, lines := range blocks {
			prev, hasPrev := 0.0, false
			for _, l := range lines {
				scale, ok := glyphScale(l, th.Body.Face(), body)
				if !ok {
					hasPrev = false
					continue
				}
				// The face's advances are rounded to thousandths of an em
				// („e“: 443.85 → 444), so a line set exactly at the limit
				// reads up to 0.04 % past it.
				if math.Abs(scale) > 0.0205 {
					t.Errorf("glyphs set %.2f %% wide, the limit is 2 %%: %s", 100*scale, pdftest.GlyphText(l))
				}
				if hasPrev {
					jumps = append(jumps, math.Abs((1+scale)/(1+prev)-1))
				}
				prev, hasPrev = scale, true
				if last := l.Last(); last.C == '-' && last.X1 > right-1 {
					hyphenHang = append(hyphenHang, last.X1-right)
				}
			}
		}
	}
	if len(jumps) < 200 || len(hyphenHang) < 20 {
		t.Fatalf("%d pairs of neighbouring lines, %d hyphenated line ends: the measurement is not seeing the text", len(jumps), len(hyphenHang))
	}
	sort.Float64s(jumps)
	sort.Float64s(hyphenHang)
	p95 := jumps[len(jumps)*95/100]
	t.Logf("glyph-width change between neighbouring lines: p95 %.2f %%, max %.2f %%; hyphens hang out by %.2f pt (median)",
		100*p95, 100*jumps[len(jumps)-1], hyphenHang[len(hyphenHang)/2])
	// The Basic Law measured for the README stays under 2 %; this text
	// repeats its few dozen sentences, which leaves the breaker fewer
	// choices, so its bound is a little looser. Without the jump term and
	// the smoothing it is 2.5 %.
	if p95 > 0.022 {
		t.Errorf("glyph widths of neighbouring lines differ by %.2f %% (p95), want ≤ 2.2 %%", 100*p95)
	}
	if median := hyphenHang[len(hyphenHang)/2]; median < 1 {
		t.Errorf("hyphens at the line end hang out by %.2f pt (median), want ≥ 1 pt", median)
	}
}

// checkCompoundBreaks builds the long text at seven measures and sorts its
// line-end breaks inside compounds by the hyphenator's kind: at least 70 %
// at a joint, at most 10 % inside the first part.
func checkCompoundBreaks(t *testing.T, body float64) {
	t.Helper()
	// Compound breaks at seven measures (side margins 30, 33, … 48 mm),
	// each document built and read in a parallel subtest.
	pairs := make([][][2]string, 7)
	t.Run("measures", func(t *testing.T) {
		for i := range pairs {
			margin := 30 + 3*i
			t.Run(fmt.Sprintf("margins %d mm", margin), func(t *testing.T) {
				t.Parallel()
				theme := fmt.Sprintf("[page]\nmargin_left = \"%dmm\"\nmargin_right = \"%dmm\"\n", margin, margin)
				pairs[i] = hyphenatedWords(pdftest.DrawnPages(t, writtenPDF(t, longTextContent(t, t.TempDir(), theme), Screen)), body)
			})
		}
	})
	h := german.NewHyphenator(german.GermanPatterns(), nil)
	counts := map[typeset.BreakKind]int{}
	for _, pair := range slices.Concat(pairs...) {
		word := pair[0] + pair[1]
		at := len([]rune(pair[0]))
		for _, br := range h.Breaks(word, false) {
			if br.Pos == at {
				counts[br.Kind]++
			}
		}
	}
	inCompounds := counts[typeset.Joint] + counts[typeset.FirstPart] + counts[typeset.LaterPart]
	if inCompounds < 50 {
		t.Fatalf("only %d line-end breaks inside compounds (%v): the measurement is not seeing them", inCompounds, counts)
	}
	joint := float64(counts[typeset.Joint]) / float64(inCompounds)
	first := float64(counts[typeset.FirstPart]) / float64(inCompounds)
	t.Logf("%d line-end breaks inside compounds: %.1f %% at a joint, %.1f %% inside the first part (%d in simple words)",
		inCompounds, 100*joint, 100*first, counts[typeset.Hyphenation])
	if joint < 0.70 {
		t.Errorf("%.0f %% of the breaks inside compounds fall at a joint, want ≥ 70 %%", 100*joint)
	}
	// Issue 20: at most 10 %. The test and the breaker classify alike (by
	// the hyphenator); the breaks inside a first part that remain are the
	// only ones within tolerance for their paragraph, or joints the
	// detector does not know.
	if first > 0.10 {
		t.Errorf("%.1f %% of the breaks inside compounds fall inside the first part, want ≤ 10 %%", 100*first)
	}
}

// hyphenatedWords returns the words hyphenated at the end of a body line
// (of the given size): the part before the hyphen and the part on the
// next line, without surrounding punctuation.
func hyphenatedWords(pages [][]pdftest.Block, size float64) [][2]string {
	var out [][2]string
	trim := func(s string) string {
		return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	}
	for _, blocks := range pages {
		for _, lines := range blocks {
			for i := 0; i+1 < len(lines); i++ {
				l, next := lines[i], lines[i+1]
				last := l.Last()
				if last.C != '-' || len(l) < 2 || !unicode.IsLetter(l[len(l)-2].C) || math.Abs(last.Size-size) > size*0.03 {
					continue
				}
				words := strings.Fields(pdftest.GlyphText(l))
				rest := strings.Fields(pdftest.GlyphText(next))
				if len(words) == 0 || len(rest) == 0 || !unicode.IsLower([]rune(rest[0])[0]) {
					continue
				}
				out = append(out, [2]string{trim(words[len(words)-1]), trim(rest[0])})
			}
		}
	}
	return out
}
