package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// TestSubheadingsStayWithTheirText composes the example with a long text
// of 30 sub-headings, each over a paragraph of two to five sentences, in
// every test theme: every sub-heading is tagged H3, and below its last
// line, in the same column of the same page, stand at least two lines of
// the text it heads — never a sub-heading at a column's foot.
func TestSubheadingsStayWithTheirText(t *testing.T) {
	var body strings.Builder
	body.WriteString("Zur Einführung ein Absatz über das Vorhaben und seine Ziele.\n\n")
	for k := range 30 {
		fmt.Fprintf(&body, "### Abschnitt %d: Erfahrungen aus der Praxis\n\n", k+1)
		body.WriteString(strings.Repeat("Die Teilnehmenden berichteten von ihren Erfahrungen in den Betrieben der Region. ", 2+k%4))
		body.WriteString("\n\n")
	}
	src := strings.Replace(string(assets.ExampleContent), "[funding]",
		"[[sections]]\nkind = \"talk\"\ntitle = \"Ein langer Bericht\"\nbody = \"\"\"\n"+body.String()+"\"\"\"\n\n[funding]", 1)
	doc, err := content.Parse("content.toml", []byte(src), content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	for name, th := range testThemes(t) {
		laid := Compose(doc, th, bound)
		heads, checked := 0, 0
		for pi, p := range laid.Pages {
			left, _ := th.PageMargins(pi, bound)
			column := func(x typeset.Scaled) typeset.Scaled { return (x - left) / (th.ColumnWidth() + th.ColumnGap) }
			runs := bodyRuns(p)
			for k, g := range runs {
				if !hasRole(g.Element(), typeset.RoleH3) {
					continue
				}
				heads++
				if k+1 < len(runs) && hasRole(runs[k+1].Element(), typeset.RoleH3) && runs[k+1].Y == g.Y {
					continue // a later word of the same line
				}
				below := 0
				for _, r := range runs[k+1:] {
					if column(r.X) == column(g.X) && r.Y > g.Y && !hasRole(r.Element(), typeset.RoleH3) {
						below++
					}
				}
				checked++
				if below < 2 {
					t.Errorf("%s page %d: the sub-heading line %q has %d words of text under it in its column", name, pi+1, g.Text, below)
				}
			}
		}
		if heads < 30 || checked < 30 {
			t.Fatalf("%s: found %d words of sub-headings (%d line ends checked): the test is not seeing them", name, heads, checked)
		}
	}
}

// bodyRuns are the glyph runs of page p's type area in reading order (by
// column, then line).
func bodyRuns(p Page) []*typeset.GlyphRun {
	var runs []*typeset.GlyphRun
	for _, it := range p.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Element() != nil {
			runs = append(runs, g)
		}
	}
	return runs
}
