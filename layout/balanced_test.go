package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestDisplayTextBalanced: display text that takes two lines is set
// balanced wherever it stands — the cover's event line, a funder's name,
// a programme title — so its lines are of similar length, never a full
// line and a word or two.
func TestDisplayTextBalanced(t *testing.T) {
	doc := exampleDocument(t)
	// Words found nowhere else in the example.
	event := "Quaxtag Quaxland Quaxwerkstatt Quaxnetz Quaxzukunft Quaxbegegnung Quaxbildung Quaxvielfalt Quaxende"
	funder := "Quaxministerium Quaxamt Quaxarbeit Quaxsoziales Quaxsachsen Quaxstadt"
	title := "Quaxrunde Quaxerfahrung Quaxbetriebe Quaxausbildung Quaxräume Quaxschluss"
	doc.Meta.Event = event
	doc.Funding.Funders[0].Name = funder
	doc.Funding.Funders[0].Logo = nil
	doc.Sections = append(doc.Sections[:1:1], append([]content.Section{{Kind: content.Programme, Title: "Programm",
		Items: []content.ProgrammeItem{{Time: "09:30", Title: title}}}}, doc.Sections[1:]...)...)
	laid := Compose(doc, DefaultTheme(), bound)
	for _, text := range []string{event, funder, title} {
		words := map[string]bool{}
		for _, w := range strings.Fields(text) {
			words[w] = true
		}
		// The first page that sets the text: its lines' extents by baseline.
		var lines map[typeset.Scaled][2]typeset.Scaled
		for _, p := range laid.Pages {
			found := map[typeset.Scaled][2]typeset.Scaled{}
			first, last := false, false
			for _, it := range p.Items {
				g, ok := it.(*typeset.GlyphRun)
				if !ok || !words[g.Text] {
					continue
				}
				first = first || g.Text == strings.Fields(text)[0]
				last = last || g.Text == strings.Fields(text)[len(strings.Fields(text))-1]
				e, seen := found[g.Y]
				if !seen {
					e = [2]typeset.Scaled{g.X, g.X + g.Width}
				}
				found[g.Y] = [2]typeset.Scaled{min(e[0], g.X), max(e[1], g.X+g.Width)}
			}
			if first && last {
				lines = found
				break
			}
		}
		if len(lines) != 2 {
			t.Errorf("%.20s…: %d lines, want 2", text, len(lines))
			continue
		}
		var widths []typeset.Scaled
		for _, e := range lines {
			widths = append(widths, e[1]-e[0])
		}
		short, long := min(widths[0], widths[1]), max(widths[0], widths[1])
		if float64(short) < 0.75*float64(long) {
			t.Errorf("%.20s…: lines %.0f and %.0f pt wide: not balanced", text, long.Points(), short.Points())
		}
	}
}
