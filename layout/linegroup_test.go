package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestLineGroupsStayWhole: a paragraph the author broke line by line (an
// address) has no break between its lines, so no column or page parts
// it; running text of as many lines keeps its breaks.
func TestLineGroupsStayWhole(t *testing.T) {
	th := DefaultTheme()
	c := newComposer(exampleDocument(t), th, bound)
	address := []typeset.Span{{Text: "Jobcenter Märkischer Kreis"}, {Break: true}, {Text: "Friedrichstraße 59, 58636 Iserlohn"},
		{Break: true}, {Text: "Telefon 02371 905-0"}, {Break: true}, {Text: "E-Mail: integration@jobcenter-mk.de"}}
	running := []typeset.Span{{Text: "Die Beratungsstellen im Märkischen Kreis berichten, dass die Wartezeiten auf Termine bei den Behörden " +
		"im letzten Jahr deutlich gestiegen sind und viele Ratsuchende mehrfach vorsprechen müssen, bevor ihr Anliegen " +
		"bearbeitet wird; das Netzwerk will deshalb gemeinsame Sprechstunden anbieten."}}
	for _, p := range []struct {
		name   string
		spans  []typeset.Span
		breaks bool
	}{{"the address", address, false}, {"running text", running, true}} {
		v := c.textBlock(p.spans, th.Body, th.MarginLeft, th.ColumnWidth(), typeset.Justified, "test")
		boxes, breaks := 0, 0
		for i, n := range v {
			switch {
			case n.Kind == typeset.VBox:
				boxes++
			case n.Kind == typeset.VPenalty && n.Penalty < typeset.Infinity && boxes > 0 && i < len(v)-1,
				n.Kind == typeset.VGlue && i > 0 && v[i-1].Kind == typeset.VBox && i < len(v)-1:
				breaks++
			}
		}
		if boxes < 4 || (breaks > 0) != p.breaks {
			t.Errorf("%s: %d lines, %d places to break between them; want breaks: %v", p.name, boxes, breaks, p.breaks)
		}
	}
}
