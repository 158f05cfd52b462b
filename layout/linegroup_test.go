package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestLineGroupsStayWhole: a paragraph the author broke line by line (an
// address) has no break between its lines, so no column or page parts
// it, also where its long first line wraps in a 62 mm column (11 lines
// set of 7 written); running text of as many lines keeps its breaks.
func TestLineGroupsStayWhole(t *testing.T) {
	th := DefaultTheme()
	c := newComposer(exampleDocument(t), th, bound)
	address := []typeset.Span{{Text: "Jobcenter Märkischer Kreis"}, {Break: true}, {Text: "Friedrichstraße 59, 58636 Iserlohn"},
		{Break: true}, {Text: "Telefon 02371 905-0"}, {Break: true}, {Text: "E-Mail: integration@jobcenter-mk.de"}}
	// A reviewer's contact: seven lines written, the first wrapping in a
	// column, nine or ten set; parted across a page turn once.
	long := []typeset.Span{{Text: "Netzwerk Arbeit und Teilhabe Südwestfalen – Koordinierungsstelle bei der Industrie- und Handelskammer"},
		{Break: true}, {Text: "Ernst-Barlach-Straße 1–3"}, {Break: true}, {Text: "18055 Rostock"}, {Break: true},
		{Text: "Tel. 0381 33 88 12-0"}, {Break: true}, {Text: "Fax 0381 33 88 12-99"}, {Break: true},
		{Text: "E-Mail: info@netzwerk-arbeit-teilhabe-suedwestfalen.de"}, {Break: true}, {Text: "www.netzwerk-arbeit-teilhabe-suedwestfalen.de"}}
	running := []typeset.Span{{Text: "Die Beratungsstellen im Märkischen Kreis berichten, dass die Wartezeiten auf Termine bei den Behörden " +
		"im letzten Jahr deutlich gestiegen sind und viele Ratsuchende mehrfach vorsprechen müssen, bevor ihr Anliegen " +
		"bearbeitet wird; das Netzwerk will deshalb gemeinsame Sprechstunden anbieten."}}
	for _, p := range []struct {
		name   string
		spans  []typeset.Span
		width  typeset.Scaled
		breaks bool
	}{{"the address", address, th.ColumnWidth(), false}, {"a contact with a long first line", long, typeset.MM(62), false},
		{"running text", running, th.ColumnWidth(), true}} {
		v := c.textBlock(p.spans, th.Body, th.MarginLeft, p.width, typeset.Justified, "test")
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
