package typeset

import (
	"strings"
	"testing"

	"brochure/fonts"
)

// TestAddressMovesWholeWhereItFits: an address that fits a line whole is
// never broken at a last resort (before its own hyphen, after its „www“)
// to fill the line before it out, ragged or justified, in any measure
// from its own width to three times it; the ragged prober's „… unter
// www.servicestelle / -jugendberufsagenturen.de“ broke in a column it
// fitted. In a measure narrower than the address, it breaks before its
// hyphen, which begins the next line, and no line runs past the measure.
func TestAddressMovesWholeWhereItFits(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	address := "www.servicestelle-jugendberufsagenturen.de"
	spans := []Span{{Text: "Informationen finden Sie unter "}, {Text: address, URL: "https://" + address, Address: true},
		{Text: " und bei der Agentur in Ihrer Nähe."}}
	p := NewParagraph(spans, st, nil)
	var whole Scaled
	for _, n := range p.Nodes {
		if n.Kind == BoxNode && strings.Contains(address, n.Text) {
			whole += n.Width
		}
	}
	for _, align := range []Align{RaggedRight, Justified} {
		for w := whole + Pt(2); w <= 3*whole; w += Pt(7) {
			lines := BreakParagraph(p, w, align, TeXParams)
			if text := linesText(p, lines); !strings.Contains(text, address) {
				t.Errorf("align %d, %.0f pt (the address %.0f pt): %q", align, w.Points(), whole.Points(), text)
			}
		}
		narrow := whole * 3 / 4
		lines := BreakParagraph(p, narrow, align, TeXParams)
		text := linesText(p, lines)
		if !strings.Contains(text, "www.servicestelle/-jugendberufsagenturen.de") {
			t.Errorf("align %d, %.0f pt: %q, want the address broken before its hyphen", align, narrow.Points(), text)
		}
		for _, ln := range lines {
			if ln.Overfull > 0 {
				t.Errorf("align %d, %.0f pt: a line runs past the measure: %q", align, narrow.Points(), ln.Text(p.Nodes))
			}
		}
	}
}

// linesText is the text of lines joined by "/".
func linesText(p *Paragraph, lines []Line) string {
	var parts []string
	for _, ln := range lines {
		parts = append(parts, ln.Text(p.Nodes))
	}
	return strings.Join(parts, "/")
}
