package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestModerationLines: every moderation credit — under a panel's speakers
// and under a workshop's — keeps the moderator's role and organisation
// and is set in the theme's moderation role, names in its bold.
func TestModerationLines(t *testing.T) {
	doc := exampleDocument(t)
	mod := []content.Person{{Name: "Maria Muster", Organisation: "Comenius-Institut e. V."}}
	kinds := map[content.SectionKind]bool{}
	for i := range doc.Sections {
		if s := &doc.Sections[i]; (s.Kind == content.Panel || s.Kind == content.Workshop) && (!kinds[s.Kind] || len(s.Moderation) > 0) {
			s.Moderation = mod
			kinds[s.Kind] = true
		}
	}
	if !kinds[content.Panel] || !kinds[content.Workshop] {
		t.Fatal("the example lacks a panel or a workshop")
	}
	th := DefaultTheme()
	// A moderation role unlike any other, so the test sees which is used.
	th.Moderation.Size, th.Moderation.Colour = typeset.Pt(9.25), th.Accent
	laid := Compose(doc, th, bound)
	found := 0
	for _, page := range laid.Pages {
		var runs []*typeset.GlyphRun
		for _, it := range page.Items {
			if g, ok := it.(*typeset.GlyphRun); ok {
				runs = append(runs, g)
			}
		}
		for k, g := range runs {
			if g.Text != "Moderation:" {
				continue
			}
			found++
			var line strings.Builder
			for _, r := range runs[k:min(k+8, len(runs))] {
				line.WriteString(r.Text)
				if r.SpaceAfter > 0 {
					line.WriteString(" ")
				}
				if r.Size != th.Moderation.Size || r.Colour != th.Moderation.Colour {
					t.Errorf("%q is set at %v pt in %v, the moderation role is %v pt in %v", r.Text, r.Size.Points(), r.Colour,
						th.Moderation.Size.Points(), th.Moderation.Colour)
				}
				if strings.HasSuffix(r.Text, ")") {
					break
				}
			}
			want := "Moderation: Maria Muster (Comenius-Institut e. V.)"
			if got := strings.TrimSpace(line.String()); got != want {
				t.Errorf("moderation line reads %q, want %q", got, want)
			}
		}
	}
	if found != 3 {
		t.Errorf("%d moderation lines, want 3 (a panel and two workshops)", found)
	}
}
