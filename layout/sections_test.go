package layout

import (
	"fmt"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// headBreaks sets a section and returns the legal page breaks before the
// second line of its body text (what the page breaker may choose inside
// the head and between it and its text), the boxes before each, the
// index in v of that line, and the list.
func headBreaks(t *testing.T, c *composer, s content.Section) (pens []typeset.VNode, boxesBefore []int, second int, v []typeset.VNode) {
	t.Helper()
	c.doc.Sections = []content.Section{s}
	v = c.section(0, s, c.root.Child(typeset.RoleSect))
	boxes, lines := 0, 0
	for i, n := range v {
		switch {
		case n.Kind == typeset.VBox:
			boxes++
			if sectionText(n) {
				if lines++; lines == 2 {
					return pens, boxesBefore, i, v
				}
			}
		case n.Kind == typeset.VPenalty && n.Penalty < typeset.Infinity:
			pens, boxesBefore = append(pens, n), append(boxesBefore, boxes)
		case n.Kind == typeset.VGlue && i > 0 && v[i-1].Kind == typeset.VBox:
			t.Fatalf("a page may break at the glue after box %d of the head", boxes)
		}
	}
	t.Fatal("the section has no second line of text")
	return nil, nil, 0, nil
}

// sectionText reports whether a box is a line of a section's own text
// (a paragraph whose parent is the section).
func sectionText(n typeset.VNode) bool {
	if n.Kind != typeset.VBox || len(n.Items) == 0 {
		return false
	}
	e := n.Items[0].Element()
	return e != nil && e.Role == typeset.RoleP && e.Parent != nil && e.Parent.Role == typeset.RoleSect
}

// TestSectionHeadStaysWithItsText: a section's head, credits or not,
// stays with the first two lines of its text — a heading with its
// speakers at a column's foot and its text overleaf reads as a heading
// of nothing. Only a head taller than tallHead per cent of a frame (a
// long grid of speakers) may break, between its credits, never after
// the heading alone.
func TestSectionHeadStaysWithItsText(t *testing.T) {
	th := DefaultTheme()
	th.BaselineGrid = true
	body := []content.Block{{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Ein Absatz mit genug Wörtern für zwei Zeilen, damit die Überschrift bei ihm bleibt, wie es sich gehört, und noch ein paar Wörter mehr."}}}}
	credited := content.Section{Kind: content.Talk, Label: "Vortrag", Title: "Wege in Ausbildung",
		Speakers:   []content.Person{speaker("Anna Beck", "Referentin", "", true), speaker("Ole Dahl", "Referent", "", true), speaker("Eva Ott", "Referentin", "", true)},
		Moderation: []content.Person{speaker("Jan Ott", "Moderator", "", false)}, Body: body}
	workshop := content.Section{Kind: content.Workshop, Label: "Workshop C", Title: "Rechtliche Fragen der Beschäftigungsduldung",
		Speakers: []content.Person{speaker("Christoph Menne", "Fachanwalt für Migrationsrecht", "Kanzlei Menne", false)}, Body: body}
	plain := content.Section{Kind: content.Talk, Label: "Vortrag", Title: "Wege in Ausbildung", Body: body}
	for _, s := range []content.Section{credited, workshop, plain} {
		if pens, _, _, _ := headBreaks(t, testComposer(t, th), s); len(pens) > 0 {
			t.Errorf("%s: the head may end a page before its text's second line, at %d", s.Title, pens[0].Penalty)
		}
	}
	// A head of twelve speakers, more than half a frame, breaks before
	// each row of speakers but the first and before the moderation.
	tall := credited
	tall.Speakers = nil
	for k := range 8 {
		tall.Speakers = append(tall.Speakers, speaker(fmt.Sprintf("Anna Beck %d", k), "Referentin", "", true))
	}
	c := testComposer(t, th)
	pens, before, second, v := headBreaks(t, c, tall)
	perRow := len(c.speakerColumns(tall.Speakers))
	var want []int
	for row := perRow; row < len(tall.Speakers); row += perRow {
		want = append(want, headPartBreak)
	}
	want = append(want, headPartBreak)
	if len(pens) != len(want) {
		t.Fatalf("%d breaks in the tall head, want %d: %v", len(pens), len(want), pens)
	}
	for k, p := range pens {
		if p.Penalty != want[k] || !p.Unbroken {
			t.Errorf("break %d costs %d (unbroken %v), want %d, unbroken", k+1, p.Penalty, p.Unbroken, want[k])
		}
	}
	// The heading (label and title) never ends a page alone: the first
	// break comes after the first row of speakers.
	if before[0] < 3 {
		t.Errorf("the first break in the head comes after %d boxes: the heading alone would end a page", before[0])
	}
	// A part that begins a page keeps what follows on the grid: its
	// space above and the rest of the head are whole lines.
	end := second - 1
	for v[end].Kind != typeset.VBox || sectionText(v[end]) {
		end-- // back to the head's last box
	}
	end++
	checked := 0
	for i, n := range v[:end] {
		if n.Kind != typeset.VBox || i < 2 || v[i-1].Kind != typeset.VGlue || v[i-2].Kind != typeset.VPenalty || v[i-2].Penalty != headPartBreak {
			continue
		}
		var top typeset.Scaled
		if n.Header != nil {
			top = typeset.StackHeight(n.Header())
		}
		if h := top + typeset.StackHeight(v[i:end]); h%th.Body.Leading != 0 {
			t.Errorf("a page that begins with head box %d has %.2f lines before the text", i, float64(h)/float64(th.Body.Leading))
		}
		checked++
	}
	if checked != len(want) {
		t.Errorf("%d parts after a break checked, want %d", checked, len(want))
	}
}

// headToText is the space in a section's list between the last box of
// its head that draws anything (the heading's last line, or the last
// row of its credits) and its first line of text (a paragraph of the
// section itself).
func headToText(t *testing.T, c *composer, s content.Section) typeset.Scaled {
	t.Helper()
	c.doc.Sections = []content.Section{s}
	v := c.section(0, s, c.root.Child(typeset.RoleSect))
	last := -1
	for i, n := range v {
		if n.Kind != typeset.VBox || len(n.Items) == 0 {
			continue
		}
		if e := n.Items[0].Element(); e != nil && e.Role == typeset.RoleP && e.Parent != nil && e.Parent.Role == typeset.RoleSect {
			if last < 0 {
				t.Fatal("the text comes first")
			}
			var gap typeset.Scaled
			for _, m := range v[last+1 : i] {
				if m.Kind != typeset.VPenalty {
					gap += m.Height
				}
			}
			return gap
		}
		last = i
	}
	t.Fatal("no text")
	return 0
}

// TestHeadingWithoutCreditsStandsByItsText: a section's heading without
// speakers is followed by the space that follows any head before its
// text — the space the credits' last row has below it — not by the
// space between a heading and its credits besides: without a baseline
// grid 8 pt in both; with one, less than two lines (the head padded to
// the grid, then a line).
func TestHeadingWithoutCreditsStandsByItsText(t *testing.T) {
	body := []content.Block{{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Ein Absatz mit genug Wörtern für zwei Zeilen, damit die Überschrift bei ihm bleibt, wie es sich gehört, und noch ein paar Wörter mehr."}}}}
	bare := content.Section{Kind: content.Contact, Label: "Kontakt", Title: "Kontakt und Impressum", Body: body}
	credited := content.Section{Kind: content.Talk, Label: "Vortrag", Title: "Wege in Ausbildung",
		Speakers: []content.Person{speaker("Anna Beck", "Referentin", "", false)}, Body: body}
	for _, grid := range []bool{false, true} {
		th := DefaultTheme()
		th.BaselineGrid = grid
		c := testComposer(t, th)
		got, after := headToText(t, c, bare), headToText(t, c, credited)
		if !grid && (got != typeset.Pt(8) || after != typeset.Pt(8)) {
			t.Errorf("without a grid: %.1f pt below a heading without credits, %.1f pt below credits, want 8 pt both", got.Points(), after.Points())
		}
		if l := th.Body.Leading; grid && got >= 2*l {
			t.Errorf("with a grid: %.1f pt below a heading without credits, want less than two lines (%.1f pt)", got.Points(), (2 * l).Points())
		}
	}
}
