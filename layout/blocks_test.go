package layout

import (
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestLinesWrittenALineEachAreRagged: a body paragraph whose lines are
// kept (an address) is set ragged as written lines, so a line too long for the
// measure wraps without stretched word spaces; running prose keeps the
// theme's alignment, even with a line break of the author's.
func TestLinesWrittenALineEachAreRagged(t *testing.T) {
	address := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Netzwerk Integration"}, {Break: true}, {Text: "39104 Magdeburg"}}, Lines: true}
	prose := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Ein Satz."}, {Break: true}, {Text: "Ein zweiter."}}}
	if got := paragraphAlign(address, typeset.Justified); got != typeset.RaggedLines {
		t.Errorf("an address is set %v, want ragged as written lines", got)
	}
	if got := paragraphAlign(prose, typeset.Justified); got != typeset.Justified {
		t.Errorf("prose is set %v, want justified", got)
	}
}

// TestWrittenLineWrapsWithoutALoneShortWord: an address written a line
// each (an author's line breaks) whose first line is too long for the
// column wraps so its last line is no lone short word — „Landesnetzwerk /
// Ausbildungsbrücken MV“, not „Landesnetzwerk Ausbildungsbrücken / MV“
// (the prober's contact): its lines need not fill the measure
// (typeset.RaggedLines), and a runt before a line break costs as one at
// a paragraph's end. Set ragged as running text is, the short line
// costs more than the runt.
func TestWrittenLineWrapsWithoutALoneShortWord(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	spans := []typeset.Span{{Text: "Landesnetzwerk Ausbildungsbrücken MV"}, {Break: true}, {Text: "Koordinierungsstelle"}, {Break: true}, {Text: "18057 Rostock"}}
	width := c.measure(plain("Landesnetzwerk Ausbildungsbrücken M"), th.Body)
	lines := func(align typeset.Align) string {
		p := typeset.NewParagraph(c.normalised(spans), th.Body, c.hyph)
		var out []string
		for _, ln := range c.lines.BreakParagraph(p, width, align, th.Break) {
			out = append(out, strings.TrimSpace(ln.Text(p.Nodes)))
		}
		return strings.Join(out, "|")
	}
	if got, want := lines(typeset.RaggedLines), "Landesnetzwerk|Ausbildungsbrücken MV|Koordinierungsstelle|18057 Rostock"; got != want {
		t.Errorf("written lines: %q, want %q", got, want)
	}
	if got := lines(typeset.RaggedRight); !strings.HasPrefix(got, "Landesnetzwerk Ausbildungsbrücken|MV|") {
		t.Errorf("ragged running text: %q, the premise: its short line costs more than the runt", got)
	}
}

// TestShortListNotOrphaned: a lead-in of a growing number of sentences,
// then a list of three one-line items, in one column (print): where the
// page turns inside the list, it never leaves the first item alone at
// the page's foot nor carries the last alone to the next (itemBreak).
// Without the cost (checked), some of these arrangements split the first
// item from the two after it, as the prober's report split „1. die
// Aufforderung zur Mitwirkung,“.
func TestShortListNotOrphaned(t *testing.T) {
	dir := t.TempDir()
	words := []string{"Aufforderung", "Einladung", "Anhörung"} // a word of each item
	for n := 20; n < 44; n++ {
		src := "[document]\ntitle = \"Probe\"\ndate = 2025-11-13\n\n[[sections]]\nkind = \"workshop\"\ntitle = \"Briefe, die ankommen\"\nbody = \"\"\"\n" +
			counsellingProse(counsellingSentences, n) + "\n\nJede Gruppe hat eine der Vorlagen bearbeitet:\n\n" +
			"1. die Aufforderung zur Mitwirkung,\n2. die Einladung zum Termin,\n3. die Anhörung vor einer Aufhebung.\n\nAm Ende standen drei neue Vorlagen.\n\"\"\"\n"
		laid := Compose(loadSource(t, dir, src), DefaultTheme(), bound)
		page := make([]int, len(words))
		for pi, pg := range laid.Pages {
			for _, it := range pg.Items {
				if g, ok := it.(*typeset.GlyphRun); ok {
					for k, w := range words {
						if strings.Contains(g.Text, w) {
							page[k] = pi + 1
						}
					}
				}
			}
		}
		if slices.Contains(page, 0) {
			t.Fatalf("%d sentences: items on pages %v, want every item found", n, page)
		}
		if page[0] != page[1] || page[1] != page[2] {
			t.Errorf("%d sentences: the list's items stand on pages %v; a one-line first or last item alone across a page turn", n, page)
		}
	}
}
