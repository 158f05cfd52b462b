package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestOneColumnPicturesStayInTheirSection: the prober's workshop series
// in one column on facing pages (testdata/workshopseries, its photos
// small files of their shapes): seven short sections, most with a
// picture a third of the page tall or more. Every picture stands in its
// own section, before the next heading, in both editions. Before
// pictures could give (typeset.VNode.Give, pictureGive), five of them
// stood after the next section's heading in print, a list of three items
// was spread over three pages around them, and the last paragraph of a
// section went alone to the next page.
func TestOneColumnPicturesStayInTheirSection(t *testing.T) {
	doc, th := testdataEvent(t, "workshopseries")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		headed := map[*typeset.StructElement]bool{}
		var current *typeset.StructElement
		var astray []string
		pictures := 0
		for _, m := range sectionMarks(laid, th) {
			switch {
			case m.heading:
				current = m.sect
				headed[m.sect] = true
			case m.picture && headed[m.sect]:
				pictures++
				if m.sect != current {
					astray = append(astray, fmt.Sprintf("page %d: %s", m.place.page+1, m.url))
				}
			}
		}
		if pictures < 8 {
			t.Errorf("bound %v: %d pictures of sections, want the series' 8", opts.Bound, pictures)
		}
		if len(astray) > 0 {
			t.Errorf("bound %v: %d pictures stand after another section's heading:\n%s", opts.Bound, len(astray), strings.Join(astray, "\n"))
		}
	}
}

// TestGivenPictureKeepsItsShape: where a picture gave height to stand
// beside its text, it is narrowed in proportion — its frame keeps the
// photo's shape — and keeps at least half its height and a fifth of
// the type area's (pictureGive).
func TestGivenPictureKeepsItsShape(t *testing.T) {
	doc, th := testdataEvent(t, "workshopseries")
	laid := Compose(doc, th, bound)
	given := 0
	for pi, page := range laid.Pages {
		if page.Kind != BodyPage {
			continue // the cover's and the back cover's logos
		}
		for _, it := range page.Items {
			p, ok := it.(*typeset.Picture)
			if !ok || p.Elem == nil || sectionOf(p.Elem) == nil {
				continue
			}
			img, ok := p.Source.(*content.Image)
			if !ok {
				continue
			}
			w, h := img.WidthPx, img.HeightPx
			width := th.ColumnWidth()
			switch img.Width {
			case "half":
				width = (width - halfGap()) / 2
			case "length":
				width = min(width, typeset.Pt(img.WidthAt))
			}
			natural := min(typeset.ScaleBy(width, int64(h), int64(w)), th.TextHeight()*3/5)
			if p.H >= natural-typeset.Pt(1) {
				continue // as it was set
			}
			given++
			if shape, want := float64(p.W)/float64(p.H), float64(w)/float64(h); shape < want*0.99 || shape > want*1.01 {
				t.Errorf("page %d: a picture given %.0f × %.0f pt, shape %.3f, want its photo's %.3f", pi+1, p.W.Points(), p.H.Points(), shape, want)
			}
			if p.H < natural/2-typeset.Pt(1) || p.H < th.TextHeight()/5-typeset.Pt(1) {
				t.Errorf("page %d: a picture given down to %.0f pt of %.0f", pi+1, p.H.Points(), natural.Points())
			}
		}
	}
	if given == 0 {
		t.Errorf("no picture of the series gave height: the test sees nothing")
	}
}
