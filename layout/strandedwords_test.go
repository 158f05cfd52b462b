package layout

import (
	"strings"
	"testing"

	"brochure/fonts"
	"brochure/layout/typeset"
)

// setLines sets spans as a balanced display (as a programme title is) in
// the width and returns, from its display list, each line's text and
// extent.
func setLines(c *composer, spans []typeset.Span, st typeset.TextStyle, width typeset.Scaled) (texts []string, boxes []box) {
	for _, n := range c.balancedText(spans, st, 0, width, "x") {
		if n.Kind != typeset.VBox {
			continue
		}
		var b strings.Builder
		line := box{x0: 1 << 40}
		for _, it := range n.Items {
			if r, ok := it.(*typeset.GlyphRun); ok {
				b.WriteString(r.Text)
				e, _ := extent(r)
				line.x0, line.x1 = min(line.x0, e.x0), max(line.x1, e.x1)
			}
		}
		texts, boxes = append(texts, b.String()), append(boxes, line)
	}
	return texts, boxes
}

// TestNoWordStrandedInANarrowTitle sets the prober's programme title
// (e24) in a title column as narrow as its longest compound: the first
// stage strands „als“ on a line of its own between „Arbeitsmarkt-
// integration“ and „Gemeinschaftsaufgabe“; a compound is divided at its
// joint instead, and no line holds a short word alone under a long one.
// A gender star and a colon inside a word are never breaks, and a
// heading in a page column keeps its words whole.
func TestNoWordStrandedInANarrowTitle(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	st := th.Body
	bold := func(s string) []typeset.Span { return []typeset.Span{{Text: s, Style: fonts.Bold}} }
	w := func(s string) typeset.Scaled { return c.measure(bold(s), st) }
	width := max(w("Arbeitsmarktintegration"), w("Gemeinschaftsaufgabe")) + typeset.Pt(1)
	if w("als Gemeinschaftsaufgabe") <= width || w("Keynote: Arbeitsmarktintegration") <= width || width >= strandedMeasure {
		t.Fatalf("the premise: „als“ joins neither neighbour in %.1f mm, a measure narrower than a page column", width.MM())
	}
	for _, title := range []string{
		"Keynote: Arbeitsmarktintegration als Gemeinschaftsaufgabe von Kommunen, Jobcentern, Betrieben und Zivilgesellschaft",
		"Arbeitsmarktintegration als Gemeinschaftsaufgabe für Expert*innen und Politiker:innen",
	} {
		texts, boxes := setLines(c, bold(title), st, width)
		for i, b := range boxes {
			if b.x1-b.x0 > width {
				t.Errorf("%q: line %d (%s) runs %.1f mm, past the %.1f mm measure", title, i+1, texts[i], (b.x1 - b.x0).MM(), width.MM())
			}
			if i > 0 && !strings.Contains(strings.TrimSpace(texts[i]), " ") && (b.x1-b.x0)*3 <= width && (boxes[i-1].x1-boxes[i-1].x0)*3 >= 2*width {
				t.Errorf("%q: %q stranded on line %d under %q: %q", title, texts[i], i+1, texts[i-1], texts)
			}
			if strings.HasSuffix(texts[i], "*-") || strings.HasSuffix(texts[i], ":-") || i > 0 && strings.HasPrefix(texts[i], "innen") {
				t.Errorf("%q: line %d %q breaks at a gender star or colon", title, i+1, texts[i])
			}
		}
		if title[:7] == "Keynote" && !strings.HasSuffix(texts[0], "Arbeits-") {
			t.Errorf("%q: lines %q, want „Keynote: Arbeits-“ / „marktintegration als“", title, texts)
		}
	}
	// The text broken again keeps a name whole, even at its hyphen.
	d := c.newPreparedDisplay([]typeset.Span{{Text: "Grußwort als Gemeinschaftsaufgabe: ", Style: fonts.Bold},
		{Text: "Annette Kühnemann-Oguntoye", Name: true, Style: fonts.Bold}}, st)
	p, _ := d.unstranded(width)
	names := 0
	for _, n := range p.Nodes {
		if n.Kind == typeset.PenaltyNode && n.Break == typeset.InName {
			names++
			if n.Penalty < typeset.Infinity {
				t.Errorf("the name may break at a penalty of %d", n.Penalty)
			}
		}
	}
	if names == 0 {
		t.Error("the premise: the name's hyphen is a break of the fourth stage")
	}
	// A heading in a page column: its words stay whole.
	h := th.Heading
	wide := max(c.measure(plain("Fachkräfteeinwanderung"), h), strandedMeasure) + typeset.Pt(1)
	texts, _ := setLines(c, plain("Fachkräfteeinwanderung und Fachkräfteeinwanderung"), h, wide)
	for _, l := range texts {
		if strings.HasSuffix(l, "-") {
			t.Errorf("the heading in %.1f mm divides a word that fits: %q", wide.MM(), texts)
		}
	}
}
