package typeset

import (
	"math/rand"
	"strings"
	"testing"

	"brochure/fonts"
)

func TestBadnessMatchesTeX(t *testing.T) {
	cases := []struct {
		t, s Scaled
		want int
	}{
		{0, 0, 0},
		{0, Pt(10), 0},
		{Pt(1), 0, Infinity},
		{Pt(10), Pt(10), 100},
		{Pt(5), Pt(10), 12}, // TeX: (148³ + 2¹⁷) / 2¹⁸
		{Pt(20), Pt(10), 800},
		{Pt(30), Pt(10), 2698},
		{Pt(100), Pt(10), Infinity},
		{Pt(1000), Pt(2), Infinity}, // t above 7230584 sp
	}
	for _, c := range cases {
		if got := Badness(c.t, c.s); got != c.want {
			t.Errorf("Badness(%v pt, %v pt) = %d, want %d", c.t.Points(), c.s.Points(), got, c.want)
		}
	}
}

// words builds a paragraph from a spec: words are boxes of 1 pt per
// letter, ' ' is glue of 3 pt (stretch 2, shrink 1), '-' inside a word is a
// hyphenation break (penalty 50, hyphen 1 pt), '|' is a forced break.
func words(spec string) []Node {
	var nodes []Node
	for i, w := range strings.Fields(spec) {
		if i > 0 {
			nodes = append(nodes, Node{Kind: GlueNode, Width: Pt(3), Stretch: Pt(2), Shrink: Pt(1)})
		}
		if w == "|" {
			nodes = append(nodes, Node{Kind: PenaltyNode, Penalty: Infinity}, Node{Kind: GlueNode, Fil: true},
				Node{Kind: PenaltyNode, Penalty: ForceBreak})
			continue
		}
		for k, part := range strings.Split(w, "-") {
			if k > 0 {
				nodes = append(nodes, Node{Kind: PenaltyNode, Penalty: 50, Flagged: true, Width: Pt(1), Text: "-"})
			}
			nodes = append(nodes, Node{Kind: BoxNode, Width: Pt(float64(len(part))), Text: part})
		}
	}
	return append(nodes, Node{Kind: PenaltyNode, Penalty: Infinity}, Node{Kind: GlueNode, Fil: true},
		Node{Kind: PenaltyNode, Penalty: ForceBreak})
}

// render writes the lines of a paragraph as text, "/" between lines.
func render(nodes []Node, lines []Line) string {
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = ln.Text(nodes)
	}
	return strings.Join(out, "/")
}

func fixedWidth(w float64) func(int) Scaled { return func(int) Scaled { return Pt(w) } }

func TestBreakLinesKnownCases(t *testing.T) {
	params := TeXParams
	cases := []struct {
		name  string
		spec  string
		width float64
		want  string
	}{
		{"fits on one line", "aaa bb c", 40, "aaa bb c"},
		// "aaaa bbbb cccc" would need ratio 2.25 (badness 1139): infeasible;
		// four words stretch by a third (badness 4).
		{"only feasible split", "aaaa bbbb cccc dddd eeee ffff", 27, "aaaa bbbb cccc dddd/eeee ffff"},
		// Greedy filling by natural width stops at "aaaa bbbb ccc" (stretch
		// ratio 1, badness 100); the optimum shrinks the first line a
		// little (ratio 0.67, badness 30) and sets the second well too.
		{"optimum over greedy", "aaaa bbbb ccc ddd eeeeee ff g hhh iiiiii", 21, "aaaa bbbb ccc ddd/eeeeee ff g hhh/iiiiii"},
		{"hyphenation rescues a loose line", "aaaaaaaa bbbb-cccccc ddd", 16, "aaaaaaaa bbbb-/cccccc ddd"},
		{"forced break", "aa bb | cc dd", 40, "aa bb/cc dd"},
	}
	for _, c := range cases {
		nodes := words(c.spec)
		lines := BreakLines(nodes, fixedWidth(c.width), params)
		if got := render(nodes, lines); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestBreakLinesOverfullWordIsReported(t *testing.T) {
	nodes := words("aaaaaaaaaaaaaaaaaaaa bb")
	lines := BreakLines(nodes, fixedWidth(10), TeXParams)
	if len(lines) == 0 || lines[0].Overfull <= 0 {
		t.Fatalf("a 20 pt word on a 10 pt line must be reported overfull, got %+v", lines)
	}
	if got := render(nodes, lines); got != "aaaaaaaaaaaaaaaaaaaa/bb" {
		t.Errorf("got %q", got)
	}
}

func TestBreakLinesLimitsHyphenRuns(t *testing.T) {
	// Every word can only be split in the middle; lines must hyphenate a
	// lot, but never three times in a row.
	spec := strings.TrimSpace(strings.Repeat("aaaaa-aaaaa ", 12))
	nodes := words(spec)
	params := TeXParams
	params.MaxHyphenRun = 2
	params.EmergencyStretch = Pt(20)
	lines := BreakLines(nodes, fixedWidth(17), params)
	run := 0
	for _, ln := range lines {
		if ln.Hyphenated {
			run++
			if run > 2 {
				t.Fatalf("three hyphenated lines in a row: %s", render(nodes, lines))
			}
		} else {
			run = 0
		}
	}
}

// TestBreakLinesIsOptimal compares the breaker with an exhaustive search
// over every set of breaks on random small paragraphs: the total demerits
// must be the minimum.
func TestBreakLinesIsOptimal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	params := TeXParams
	for trial := 0; trial < 300; trial++ {
		var spec []string
		for w := 0; w < 5+rng.Intn(8); w++ {
			word := strings.Repeat("a", 1+rng.Intn(7))
			if len(word) > 4 && rng.Intn(2) == 0 {
				word = word[:2] + "-" + word[2:]
			}
			spec = append(spec, word)
		}
		nodes := words(strings.Join(spec, " "))
		width := float64(12 + rng.Intn(20))
		br := breaker{lb: new(LineBreaker), nodes: nodes, lineWidth: fixedWidth(width), p: params, pass: pass{tolerance: params.Tolerance, hyphens: true}}
		best := br.run()
		want, ok := exhaustive(nodes, Pt(width), params)
		switch {
		case best == nil && ok:
			t.Fatalf("%q at %v pt: no solution found, exhaustive search found demerits %d", strings.Join(spec, " "), width, want)
		case best != nil && !ok:
			t.Fatalf("%q at %v pt: found a solution the exhaustive search says is infeasible", strings.Join(spec, " "), width)
		case best != nil && best.demerits != want:
			t.Fatalf("%q at %v pt: demerits %d, optimum %d", strings.Join(spec, " "), width, best.demerits, want)
		}
	}
}

// exhaustive finds the minimum total demerits by trying every sequence of
// legal breaks, with TeX's rules, independently of the breaker's
// bookkeeping.
func exhaustive(nodes []Node, width Scaled, p BreakParams) (int64, bool) {
	var legal []int
	for i := range nodes {
		if IsLegalBreak(nodes, i) {
			legal = append(legal, i)
		}
	}
	var best int64 = -1
	var walk func(from, fitness int, hyphen bool, total int64)
	walk = func(from, fitness int, hyphen bool, total int64) {
		for _, b := range legal {
			if b <= from {
				continue
			}
			start := from + 1
			for start < b && nodes[start].Kind != BoxNode {
				start++
			}
			var w, y, z Scaled
			fil := false
			for i := start; i < b; i++ {
				switch nodes[i].Kind {
				case BoxNode:
					w += nodes[i].Width
				case GlueNode:
					w += nodes[i].Width
					y += nodes[i].Stretch
					z += nodes[i].Shrink
					fil = fil || nodes[i].Fil
				}
			}
			if nodes[b].Kind == PenaltyNode {
				w += nodes[b].Width
			}
			bad := 0
			switch {
			case w < width && !fil:
				bad = Badness(width-w, y)
			case w > width:
				if w-z > width {
					if nodes[b].Kind == PenaltyNode && nodes[b].Penalty <= ForceBreak {
						return
					}
					continue
				}
				bad = Badness(w-width, z)
			}
			forced := nodes[b].Kind == PenaltyNode && nodes[b].Penalty <= ForceBreak
			if bad <= p.Tolerance {
				d := int64(p.LinePenalty+bad) * int64(p.LinePenalty+bad)
				if nodes[b].Kind == PenaltyNode && nodes[b].Penalty > 0 {
					d += int64(nodes[b].Penalty) * int64(nodes[b].Penalty)
				}
				if nodes[b].Flagged && hyphen {
					d += int64(p.DoubleHyphenDemerits)
				}
				if forced && hyphen {
					d += int64(p.FinalHyphenDemerits)
				}
				fit := fitnessOf(bad, w > width)
				if abs(fit-fitness) > 1 {
					d += int64(p.AdjDemerits)
				}
				if forced {
					if best < 0 || total+d < best {
						best = total + d
					}
				} else {
					walk(b, fit, nodes[b].Flagged, total+d)
				}
			}
			if forced {
				return // no line may run past a forced break
			}
		}
	}
	walk(-1, decent, false, 0)
	return best, best >= 0
}

// glyphsOrHyphen is a paragraph whose first line can end after „b“,
// 5 pt short, which its glyphs (300 pt at ±2 %: 6 pt) can absorb alone,
// or hyphenated after „cc“, 1 pt long.
func glyphsOrHyphen() []Node {
	glue := Node{Kind: GlueNode, Width: Pt(3), Stretch: Pt(2), Shrink: Pt(1)}
	return []Node{
		{Kind: BoxNode, Width: Pt(150), Text: "a"}, glue, {Kind: BoxNode, Width: Pt(150), Text: "b"}, glue,
		{Kind: BoxNode, Width: Pt(2), Text: "cc"}, {Kind: PenaltyNode, Penalty: 50, Flagged: true, Width: Pt(1), Text: "-"},
		{Kind: BoxNode, Width: Pt(10), Text: "ddd"}, glue, {Kind: BoxNode, Width: Pt(20), Text: "e"},
		{Kind: PenaltyNode, Penalty: Infinity}, {Kind: GlueNode, Fil: true}, {Kind: PenaltyNode, Penalty: ForceBreak},
	}
}

// TestLineTheGlyphsAbsorbIsNotHyphenated: the breaker counts the glyphs'
// expansion as a line's stretch and shrink, and as the setter does, the
// glyphs take the adjustment first: a line they can absorb alone is
// perfect however stiff the spaces, so the paragraph is not hyphenated.
// With half the expansion the stiff spaces cannot fill the rest and the
// hyphen wins.
func TestLineTheGlyphsAbsorbIsNotHyphenated(t *testing.T) {
	base := BreakParams{Pretolerance: -1, Tolerance: 200, LinePenalty: 10, SpaceFlexibility: 20}
	cases := []struct {
		name      string
		expansion int
		want      string
	}{
		{"glyphs absorb the line", 20, "a b/ccddd e"},
		{"glyphs give 3 pt of 5", 10, "a b cc-/ddd e"},
	}
	for _, c := range cases {
		p := base
		p.Expansion = c.expansion
		nodes := glyphsOrHyphen()
		lines := BreakLines(nodes, func(int) Scaled { return Pt(308) }, p)
		if got := render(nodes, lines); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestPassLimitCountsGlyphsAndSpacesTogether: a pass's badness limit
// applies to the whole adjustment against what glyphs and spaces give
// together, as pdfTeX's with font expansion, however stiffly the breaker
// ranks the spaces. The first line needs 5 pt; its glyphs give 3 pt and
// its space 2 pt, badness 100: within a pretolerance of 100 the first
// pass sets the paragraph without a hyphen; at 99 it fails, and the
// second pass prefers the hyphen the glyphs can absorb.
func TestPassLimitCountsGlyphsAndSpacesTogether(t *testing.T) {
	for _, c := range []struct {
		pretolerance int
		want         string
	}{
		{100, "a b/ccddd e"},
		{99, "a b cc-/ddd e"},
	} {
		p := BreakParams{Pretolerance: c.pretolerance, Tolerance: 200, LinePenalty: 10, SpaceFlexibility: 20, Expansion: 10}
		nodes := glyphsOrHyphen()
		if got := render(nodes, BreakLines(nodes, func(int) Scaled { return Pt(308) }, p)); got != c.want {
			t.Errorf("pretolerance %d: %q, want %q", c.pretolerance, got, c.want)
		}
	}
}

// TestGlyphsFirstBadness: the glyphs take up to what they can give, the
// spaces' badness is TeX's of the rest, and the breaker weighs the
// spaces' stretch at their flexibility and their shrink at the shrink
// flexibility (or the same, when that is not set).
func TestGlyphsFirstBadness(t *testing.T) {
	full, half := BreakParams{SpaceFlexibility: 100}, BreakParams{SpaceFlexibility: 50}
	tightOK := BreakParams{SpaceFlexibility: 50, ShrinkFlexibility: 100}
	cases := []struct {
		t, expandable, glue, emergency Scaled
		shrinking                      bool
		p                              BreakParams
		bad, real                      int
	}{
		{Pt(5), Pt(6), Pt(2), 0, false, full, 0, 0},           // the glyphs absorb it
		{Pt(6), Pt(6), 0, 0, false, full, 0, 0},               // exactly, with no glue at all
		{Pt(16), Pt(6), Pt(10), 0, false, full, 100, 100},     // the spaces take 10 of 10
		{Pt(11), Pt(6), Pt(10), 0, false, half, 100, 12},      // 5 of 10, counted as 5 of 5
		{Pt(16), Pt(6), Pt(10), Pt(10), false, full, 12, 100}, // emergency stretch is weighed, not shown
		{Pt(7), Pt(6), 0, 0, false, full, Infinity, Infinity}, // a rest and no glue
		{Pt(11), Pt(6), Pt(10), 0, true, half, 100, 12},       // shrink at the space flexibility when no shrink share is set
		{Pt(11), Pt(6), Pt(10), 0, true, tightOK, 12, 12},     // shrink counted whole
		{Pt(11), Pt(6), Pt(10), 0, false, tightOK, 100, 12},   // stretch still at half
	}
	for _, c := range cases {
		bad, real := glyphsFirstBadness(c.t, c.expandable, c.glue, c.emergency, c.shrinking, &c.p)
		if bad != c.bad || real != c.real {
			t.Errorf("glyphsFirstBadness(%v, %v, %v, %v, shrinking %v, flexibility %d/%d) = %d, %d; want %d, %d", c.t.Points(), c.expandable.Points(),
				c.glue.Points(), c.emergency.Points(), c.shrinking, c.p.SpaceFlexibility, c.p.ShrinkFlexibility, bad, real, c.bad, c.real)
		}
	}
}

// TestHyphenDemerits: a fixed price per hyphenated line turns a
// paragraph whose best setting has a hyphen (a line at badness 100
// against a perfect hyphenated one) into one without.
func TestHyphenDemerits(t *testing.T) {
	p := BreakParams{Pretolerance: -1, Tolerance: 10000, LinePenalty: 10, SpaceFlexibility: 100, Expansion: 10}
	nodes := glyphsOrHyphen()
	width := func(int) Scaled { return Pt(308) }
	if got := render(nodes, BreakLines(nodes, width, p)); got != "a b cc-/ddd e" {
		t.Fatalf("without hyphen demerits: %q, want the hyphen (the test's premise)", got)
	}
	p.HyphenDemerits = 20000
	if got := render(nodes, BreakLines(nodes, width, p)); got != "a b/ccddd e" {
		t.Errorf("with hyphen demerits: %q, want no hyphen", got)
	}
}

// TestGlyphScaleNeverBeyondTheLimit: whatever the measure and however
// stiff the spaces, no line's glyphs are scaled past the expansion limit,
// after the breaker and the smoothing.
func TestGlyphScaleNeverBeyondTheLimit(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	text := "Die Würde des Menschen ist unantastbar. Sie zu achten und zu schützen ist Verpflichtung aller staatlichen " +
		"Gewalt. Das Deutsche Volk bekennt sich darum zu unverletzlichen und unveräußerlichen Menschenrechten als " +
		"Grundlage jeder menschlichen Gemeinschaft, des Friedens und der Gerechtigkeit in der Welt."
	for _, expansion := range []int{10, 20, 30} {
		for _, flex := range []int{10, 56, 100} {
			for w := 120; w <= 420; w += 15 {
				p := BreakParams{Pretolerance: 100, Tolerance: 200, LinePenalty: 10, EmergencyStretch: Pt(8), Expansion: expansion,
					SpaceFlexibility: flex, ScaleJumpDemerits: 5000, HyphenDemerits: 20000, MaxHyphenRun: 2}
				_, lines := SetParagraph(NewParagraph(plain(text), body, everyThird{}), 0, Pt(float64(w)), Justified, p)
				for i, ln := range lines {
					if s := ln.Setting.GlyphScale; s > expansion*10 || s < -expansion*10 {
						t.Errorf("expansion %d, flexibility %d, width %d pt: line %d scaled %d/10000, beyond the limit",
							expansion, flex, w, i, s)
					}
				}
			}
		}
	}
}

// TestMinHyphenTail: a hyphen that would carry fewer than MinHyphenTail
// letters onto the next line (Forma-/te) is not a break; one that
// carries as many is.
func TestMinHyphenTail(t *testing.T) {
	params := TeXParams
	params.Pretolerance = -1
	cases := []struct {
		spec  string
		width float64
		tail  int
		want  string
	}{
		{"aaaaaaaa bbbb-cc ddd", 16, 0, "aaaaaaaa bbbb-/cc ddd"}, // the premise: the hyphen sets the best line
		{"aaaaaaaa bbbb-cc ddd", 16, 3, "aaaaaaaa bbbbcc/ddd"},
		{"aaaaaaaa bbbb-cc, ddd", 17, 0, "aaaaaaaa bbbb-/cc, ddd"},
		{"aaaaaaaa bbbb-cc, ddd", 17, 3, "aaaaaaaa bbbbcc,/ddd"}, // punctuation is no letter
		{"aaaaaaaa bbbb-ccc ddd", 16, 3, "aaaaaaaa bbbb-/ccc ddd"},
	}
	for _, c := range cases {
		params.MinHyphenTail = c.tail
		nodes := words(c.spec)
		if got := render(nodes, BreakLines(nodes, fixedWidth(c.width), params)); got != c.want {
			t.Errorf("%q with tail %d: got %q, want %q", c.spec, c.tail, got, c.want)
		}
	}
}

// TestFinalPassRanksLooseLines: where no line of a paragraph can be set
// within any tolerance, the final pass still chooses the least loose
// line, as a setter would. Here the first line must be loose either way —
// three words with their spaces thirteen times their stretch, or four at
// under seven times — because the long word after them binds what may
// follow; badness counts both as infinitely bad (10000), and the breaker
// took the first it met: three words and a gap beside them, as the
// address „Kontakt: Schuldnerberatung“ was set on a line of its own.
func TestFinalPassRanksLooseLines(t *testing.T) {
	long := strings.Repeat("e", 70)
	nodes := words("aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd " + long)
	lines := BreakLines(nodes, fixedWidth(90), TeXParams)
	want := "aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd/" + long
	if got := render(nodes, lines); got != want {
		t.Errorf("lines %q, want %q", got, want)
	}
	if len(lines) > 0 && lines[0].Badness != Infinity {
		t.Errorf("the first line's badness is %d: the case does not need the final pass", lines[0].Badness)
	}
}

// TestFinalTailDemerits: a paragraph whose last line would be only the
// rest of a word divided on the line before it (ff-/ffff) is set
// otherwise where it can be, at FinalTailDemerits; a last line holding
// more than that piece (ff-/ffff g) pays no more than TeX's
// FinalHyphenDemerits.
func TestFinalTailDemerits(t *testing.T) {
	p := TeXParams
	p.HyphenDemerits = 100000
	for _, c := range []struct {
		spec, plain, tail string // as set without and with FinalTailDemerits
	}{
		{"aaaaaa bb cc-cccc ddddd eeeeeee ff-ffff", "aaaaaa bb cccccc/ddddd eeeeeee ff-/ffff", "aaaaaa bb cc-/cccc ddddd eeeeeee/ffffff"},
		{"aaaaaa bb cc-cccc ddddd eeeeeee ff-ffff g", "aaaaaa bb cccccc/ddddd eeeeeee ff-/ffff g", "aaaaaa bb cccccc/ddddd eeeeeee ff-/ffff g"},
	} {
		nodes := words(c.spec)
		p.FinalTailDemerits = 0
		if got := render(nodes, BreakLines(nodes, fixedWidth(20), p)); got != c.plain {
			t.Errorf("%q without FinalTailDemerits: %s, want %s", c.spec, got, c.plain)
		}
		p.FinalTailDemerits = 1_000_000
		if got := render(nodes, BreakLines(nodes, fixedWidth(20), p)); got != c.tail {
			t.Errorf("%q with FinalTailDemerits: %s, want %s", c.spec, got, c.tail)
		}
	}
}

// TestShortLastDemerits: a paragraph the first pass (no hyphens) can
// set only with one short word on its last line — a runt — is set by
// the pass with hyphens where that costs less with ShortLastDemerits
// counted: the last word of the first line divided, two words on the
// last. Without them the first pass's setting stands, as in TeX; and a
// last line of two words pays nothing.
func TestShortLastDemerits(t *testing.T) {
	p := TeXParams
	for _, c := range []struct {
		spec     string
		demerits int
		want     string
	}{
		{"aaaaaaaa bbbbbbbb ccccccccc-ddd ee", 0, "aaaaaaaa bbbbbbbb cccccccccddd/ee"},
		{"aaaaaaaa bbbbbbbb ccccccccc-ddd ee", 150000, "aaaaaaaa bbbbbbbb ccccccccc-/ddd ee"},
		{"aaaaaaaa bbbbbbbb ccccccccc-ddd e ee", 150000, "aaaaaaaa bbbbbbbb cccccccccddd/e ee"},
	} {
		p.ShortLastDemerits = c.demerits
		nodes := words(c.spec)
		if got := render(nodes, BreakLines(nodes, fixedWidth(33), p)); got != c.want {
			t.Errorf("%q with ShortLastDemerits %d: %s, want %s", c.spec, c.demerits, got, c.want)
		}
	}
}
