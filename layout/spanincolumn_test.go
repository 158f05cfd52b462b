package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestSpanningPictureSetInAColumnWhereNoPageHasRoom: a picture asked
// across the columns that finds room on no page its section's text runs
// on — after a short section, or where its sibling waits — stands a
// column wide beside that text (FloatPlacement.InColumn, NoRoomAcross),
// not on a page of its own after all the text or under a later
// section's text, which then ran in scraps around it (the prober's
// Fachtag: a photo at the foot of the next section's second page). A
// portrait asked across, which narrowed to the height limit would stand
// little wider than a column with white beside it, stands in its column
// from the start (TallAcross); a panorama, which a column would make a
// strip too low, stays across the columns (fitsAColumn), where it may
// still stand on no page of its text (logged). Every other picture
// still across the columns stands on a page of its section's text or at
// the top of the page after (or after the picture before it), with text
// below it.
func TestSpanningPictureSetInAColumnWhereNoPageHasRoom(t *testing.T) {
	events := []struct {
		first, second, third int
		images               []string
	}{
		{3, 1, 1, []string{"land.png"}},
		{1, 5, 1, []string{"land.png", "land.png"}},
		{3, 1, 4, []string{"land.png", "land.png"}},
		{2, 5, 1, []string{"land.png", "tall.png"}},
		{1, 6, 4, []string{"tall.png"}},
		{4, 3, 8, []string{"pano.png"}},
		{2, 2, 1, []string{"land.png", "pano.png"}},
		{1, 2, 1, []string{"pano.png", "pano.png"}},
	}
	var reasons [NoRoomAcross + 1]int
	for _, e := range events {
		doc, th := spanEvent(t, spanSection{paras: e.first}, spanSection{paras: e.second, images: e.images}, spanSection{paras: e.third})
		for _, opts := range []Options{bound, {}} {
			d := Compose(doc, th, opts)
			for _, f := range d.Floats {
				reasons[f.InColumn]++
				if len(f.Files) != 1 || !strings.HasSuffix(f.Files[0], ".png") {
					t.Errorf("%v bound %v: %s names the files %q, want its picture's", e, opts.Bound, f.Where, f.Files)
				}
				switch {
				case f.InColumn != AsAsked && !columnPictureOn(d, th, f.Page):
					t.Errorf("%v bound %v: %s is not set a column wide on page %d", e, opts.Bound, f.Where, f.Page)
				case f.InColumn == NoRoomAcross && isPanorama(e.images, f.Where):
					t.Errorf("%v bound %v: %s, a panorama, is set a column wide: a strip too low", e, opts.Bound, f.Where)
				case f.InColumn == NoRoomAcross && f.Page != f.AnchorPage:
					t.Errorf("%v bound %v: %s set a column wide on page %d, its text's end on page %d", e, opts.Bound, f.Where, f.Page, f.AnchorPage)
				case f.Page == f.AnchorPage:
				case f.Page <= f.Due()+1 && (f.InColumn != AsAsked || topSpanWithText(d, th, f.Page)):
				case isPanorama(e.images, f.Where):
					// A panorama has no column version: where the passes
					// find it no page of its text, it stays where they
					// left it (placing pictures across the columns
					// inside the page breaker would mend it).
					t.Logf("%v bound %v: the panorama %s stands on page %d, its text on page %d", e, opts.Bound, f.Where, f.Page, f.AnchorPage)
				default:
					t.Errorf("%v bound %v: %s on page %d, its section's text on page %d: on no page of its text",
						e, opts.Bound, f.Where, f.Page, f.AnchorPage)
				}
			}
		}
	}
	if reasons[NoRoomAcross] == 0 || reasons[TallAcross] == 0 {
		t.Errorf("pictures set a column wide for want of room %d, for their height %d: the events no longer test both", reasons[NoRoomAcross], reasons[TallAcross])
	}
}

// isPanorama reports whether the float at where, a key path ending in
// „images[k]“, is picture k of images and that is pano.png.
func isPanorama(images []string, where string) bool {
	i := strings.LastIndex(where, "images[")
	if i < 0 {
		return false
	}
	var k int
	if _, err := fmt.Sscanf(where[i+len("images["):], "%d", &k); err != nil || k >= len(images) {
		return false
	}
	return images[k] == "pano.png"
}

// columnPictureOn reports whether document page n (from 1) holds a
// picture no wider than a column.
func columnPictureOn(d *Document, th Theme, n int) bool {
	for _, it := range d.Pages[n-1].Items {
		if p, ok := it.(*Picture); ok && p.W <= th.ColumnWidth() {
			return true
		}
	}
	return false
}

// topSpanWithText reports whether document page n (from 1) has a
// picture across the columns at its top and text in the columns below
// it.
func topSpanWithText(d *Document, th Theme, n int) bool {
	for _, s := range spannedPictures(d, th) {
		if s.page == n-1 && s.pic.Y == th.MarginTop {
			first, second := columnsOf(th, typeAreaRuns(d, th, s.page), s.pic.Y+s.pic.H+typeset.Pt(30), th.MarginTop+th.TextHeight())
			return first+second > 0
		}
	}
	return false
}
