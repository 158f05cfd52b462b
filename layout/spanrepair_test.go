package layout

import "testing"

// TestSpanningPicturesNotUnderTheNextHeading: the prober's congress
// (testdata/congress) ended its passes with a Kurzimpuls's photo across
// the columns at the foot of page 12, under the heading of „Forum A2“,
// where a reader takes it for that forum's (the composition report's
// float-past-heading). The other places by its section are tried with
// the body broken anew (repairSpans), and one before the heading costs
// less: the report finds no picture past a later heading, in either
// edition.
func TestSpanningPicturesNotUnderTheNextHeading(t *testing.T) {
	doc, th := testdataEvent(t, "congress")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		if n := len(spannedPictures(laid, th)); n < 2 {
			t.Fatalf("bound %v: %d pictures across the columns, want the congress's", opts.Bound, n)
		}
		for _, w := range laid.Warnings {
			if w.Kind == WarnFloatPastHeading {
				t.Errorf("bound %v: page %d: %s", opts.Bound, w.Page, w.Msg)
			}
		}
	}
}
