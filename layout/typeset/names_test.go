package typeset

import (
	"strings"
	"testing"

	"brochure/fonts"
)

// TestNamesStayWhole: a name (Span.Name) never breaks at its spaces; in
// display text not at all, and in text set with breaks (which display
// text falls back to when a line does not fit) at the hyphen of a double
// name, at a last resort's cost. The text around it breaks as before. A
// kept title (Keep) still breaks at its spaces.
func TestNamesStayWhole(t *testing.T) {
	st := TextStyle{Family: fonts.Sans(), Size: Pt(8.5), Leading: Pt(11)}
	names := func(ns ...string) []Span {
		var spans []Span
		for i, n := range ns {
			if i > 0 {
				spans = append(spans, Span{Text: ", "})
			}
			spans = append(spans, Span{Text: n, Name: true})
		}
		return spans
	}
	lineTexts := func(p *Paragraph, width Scaled) []string {
		_, lines := SetParagraph(p, 0, width, RaggedRight, TeXParams)
		var out []string
		for _, ln := range lines {
			var b strings.Builder
			for _, n := range p.Nodes[ln.Start:ln.End] {
				switch n.Kind {
				case BoxNode:
					b.WriteString(n.Text)
				case GlueNode:
					b.WriteString(" ")
				}
			}
			out = append(out, strings.TrimSpace(b.String()))
		}
		return out
	}
	name := "Prof.\u00A0Dr.\u00A0Viera Pirker"
	cases := []struct {
		name   string
		spans  []Span
		width  Scaled
		want   string // the lines, joined by " / "
		breaks bool   // true where the case is about breaking, false about keeping
	}{
		{"names keep together", names(name, "Gina Buchwald-Chassée", "Maria Muster"), Pt(110),
			"Prof. Dr. Viera Pirker, / Gina Buchwald-Chassée, / Maria Muster", false},
		{"with breaks too", names(name, "Gina Buchwald-Chassée", "Maria Muster"), Pt(110),
			"Prof. Dr. Viera Pirker, / Gina Buchwald-Chassée, / Maria Muster", true},
		{"a double name breaks at its hyphen when it must", names("Gina Buchwald-Chassée"), measureText("Gina Buchwald-Chassé", st),
			"Gina Buchwald- / Chassée", true},
		{"the hyphen is a last resort", append([]Span{{Text: "Moderation: Frau "}}, names("Li-Chassée")...),
			measureText("Moderation: Frau Li-", st) + Pt(1), "Moderation: Frau / Li-Chassée", true},
		{"a title is no name", []Span{{Text: "Viera Pirker und andere", Keep: true}}, measureText("Viera Pirker", st) + Pt(1),
			"Viera Pirker / und andere", false},
		{"a name in plain text breaks", []Span{{Text: "Prof. Viera Pirker"}}, measureText("Prof. Viera Pi", st),
			"Prof. Viera / Pirker", false},
	}
	for _, c := range cases {
		p := NewParagraph(c.spans, st, nil)
		if got := strings.Join(lineTexts(p, c.width), " / "); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// measureText is the natural width of text set on one line.
func measureText(text string, st TextStyle) Scaled {
	var w Scaled
	for _, n := range NewParagraph(plain(text), st, nil).Nodes {
		if n.Kind != PenaltyNode && !n.Fil {
			w += n.Width
		}
	}
	return w
}
