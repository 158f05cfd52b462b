package layout

import (
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestRunningFootIsNormalised: the running foot and head say the title
// and the event as the cover does („Pflege“, z. B., e. V.), not as the
// organiser typed them ("Pflege", z.B., e.V.), and a character their
// font lacks is reported once, at the key the line comes from, not again
// where the cover's event line lacks it in the same font.
func TestRunningFootIsNormalised(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.Title = `Netzwerktreffen "Pflege" im Dialog z.B. e.V.`
	doc.Meta.Event = `Fachtag "Pflege" ★`
	th := DefaultTheme()
	th.RunningHead = true
	laid := Compose(doc, th, bound)
	var foot []string
	for _, it := range laid.Pages[2].Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y > th.PageHeight-th.MarginBottom {
			foot = append(foot, g.Text)
		}
	}
	text := strings.NewReplacer("\u00A0", " ", "\u202F", " ").Replace(strings.Join(foot, " "))
	if !strings.Contains(text, "„Pflege“") || !strings.Contains(text, "z. B. e. V.") {
		t.Errorf("the running foot reads %q, want „Pflege“ and z. B. e. V. as the normaliser sets them", text)
	}
	found := 0
	for _, w := range laid.Warnings {
		if w.Kind == WarnMissingGlyph && strings.HasSuffix(w.Where, "document.event") {
			found++
		}
	}
	if found != 1 {
		t.Errorf("%d warnings at document.event for the ★ of the running head, want 1", found)
	}
}
