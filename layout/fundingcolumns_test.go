package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestScreenNoticeSpansTheColumns: an unbound edition in two columns
// (the screen edition: no page multiple, no back cover) ends with the
// funding notice in the whole type area's width, not a column's; on the
// last page of text, below all of it, where the page makes room for it
// (testdata/fundingcolumns, whose last page has room once its columns
// end a notice's height higher), not on a page of its own.
func TestScreenNoticeSpansTheColumns(t *testing.T) {
	doc, th := testdataEvent(t, "fundingcolumns")
	laid := Compose(doc, th, Options{})
	pi := noticePage(t, laid)
	if pi != len(laid.Pages)-1 {
		t.Errorf("the notice is on page %d of %d, want the last", pi+1, len(laid.Pages))
	}
	var mark *Mark
	text := 0
	for _, it := range laid.Pages[pi].Items {
		switch x := it.(type) {
		case *Mark:
			if x.Kind == MarkFundingNote {
				mark = x
			}
		case *typeset.GlyphRun:
			// Not the notice's own text, nor the running head or foot.
			if mark == nil && x.Y > th.MarginTop && x.Y < th.MarginTop+th.TextHeight() {
				text++
			}
		}
	}
	if mark.W != th.TextWidth() || mark.X != th.MarginLeft {
		t.Errorf("the notice is %.1f mm wide at %.1f mm, want the type area's %.1f mm at %.1f mm", mm(mark.W), mm(mark.X), mm(th.TextWidth()), mm(th.MarginLeft))
	}
	for _, it := range laid.Pages[pi].Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Elem != nil && g.Y < th.MarginTop+th.TextHeight() && g.Y > mark.Y && !inNotice(laid.Pages[pi].Items, g, mark) {
			t.Errorf("text %q stands below the notice's rule", g.Text)
		}
	}
	if text < 20 {
		t.Errorf("the notice's page holds %d runs of text besides it: the notice stands on a page of its own", text)
	}
}

// inNotice reports whether g comes after the notice's mark among items
// (the notice's own text).
func inNotice(items []typeset.Item, g *typeset.GlyphRun, mark *Mark) bool {
	after := false
	for _, it := range items {
		if it == typeset.Item(mark) {
			after = true
		}
		if it == typeset.Item(g) {
			return after
		}
	}
	return false
}

// mm is a length in millimetres, for messages.
func mm(l typeset.Scaled) float64 { return float64(l) / float64(typeset.MM(1)) }
