package layout_test

import (
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestScreenNoticeHasCompany: in the screen edition (unbound, no pages
// padded) of one column, the funding notice that ends the body does not
// stand alone on a last page of its own while the page before could give
// it company — the last lines or floats before it
// (typeset.PageParams.FenceAloneEnd). The corpus's events 1, 2, 12, 21
// and 25 ended so (21 a page longer than it is now); event 1 did until
// its last section's two tall pictures could give height (a notice left
// alone stands at the page's foot: atFoot). In two columns the notice is
// set across the page after the columns are broken (endWithNotice), and
// may still stand alone (TestLoneNoticeStandsAtTheFoot).
func TestScreenNoticeHasCompany(t *testing.T) {
	t.Parallel()
	alone, events := 0, 0
	for _, ev := range screenCorpus(t) {
		th, laid := ev.th, ev.doc
		events++
		for pi, page := range laid.Pages {
			for _, it := range page.Items {
				if m, ok := it.(*layout.Mark); ok && m.Kind == layout.MarkFundingNote && noCompany(page, m) {
					alone++
					t.Errorf("%s: the funding notice stands alone on page %d of %d (%.0f mm below the type area's top)",
						ev.name, pi+1, len(laid.Pages), (m.Y - th.MarginTop).MM())
				}
			}
		}
	}
	t.Logf("%d notices alone of %d events in one column", alone, events)
}

// TestLoneNoticeStandsAtTheFoot: where the funding notice of a screen
// edition in two columns does not fit below the last page's columns, it
// stands alone on a page of its own — at the foot of the type area, as
// on the print edition's back cover, not at the top of a page left
// empty below it. The corpus's event 24 ends so, and the test fails
// should it no longer.
func TestLoneNoticeStandsAtTheFoot(t *testing.T) {
	for _, ev := range corpus(t) {
		if ev.name != "event-24" {
			continue
		}
		doc, th := ev.load(t)
		laid := layout.Compose(doc, th, layout.Options{})
		last := laid.Pages[len(laid.Pages)-1]
		for _, it := range last.Items {
			m, ok := it.(*layout.Mark)
			if !ok || m.Kind != layout.MarkFundingNote {
				continue
			}
			if !noCompany(last, m) {
				t.Fatalf("%s: the notice has company on its last page: the test sees no notice alone", ev.name)
			}
			if m.Y < th.MarginTop+th.TextHeight()/2 {
				t.Errorf("%s: the notice alone stands %.0f mm below the type area's top, not at its foot", ev.name, (m.Y - th.MarginTop).MM())
			}
			return
		}
		t.Fatalf("%s: no funding notice on the last page", ev.name)
	}
	t.Fatal("the corpus has no event 24")
}

// noCompany reports whether nothing of the content (an item with a
// structure element: text, a picture, a code) stands above the notice's
// mark on its page.
func noCompany(page layout.Page, m *layout.Mark) bool {
	for _, it := range page.Items {
		var y typeset.Scaled
		switch x := it.(type) {
		case *typeset.GlyphRun:
			y = x.Y - x.Size
		case *typeset.Picture:
			y = x.Y
		case *typeset.QRCode:
			y = x.Y
		default:
			continue
		}
		if it.Element() != nil && y < m.Y-typeset.Pt(1) {
			return false
		}
	}
	return true
}
