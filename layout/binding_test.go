package layout

import "testing"

// TestBindingRecordsThePagesAdded: a bound edition records how many empty
// pages it added before the back cover, and to which multiple; an
// edition not bound records none.
func TestBindingRecordsThePagesAdded(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections = doc.Sections[:1]
	doc.Sections[0].Body = doc.Sections[0].Body[:min(len(doc.Sections[0].Body), 1)]
	th := DefaultTheme()
	for _, bound := range []bool{true, false} {
		laid := Compose(doc, th, Options{Bound: bound})
		empty := 0
		for _, p := range laid.Pages {
			if p.Kind == NotesPage || p.Kind == BlankPage {
				empty++
			}
		}
		want := BindingPadding{}
		if bound {
			want = BindingPadding{Added: empty, Multiple: th.PageMultiple}
		}
		if laid.Binding != want || bound && empty == 0 {
			t.Errorf("bound %v: %d pages, %d of them empty: recorded %+v, want %+v", bound, len(laid.Pages), empty, laid.Binding, want)
		}
	}
}
