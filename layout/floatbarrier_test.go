package layout

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// readingPlace is where an item stands in reading order: page, column,
// then height on the page.
type readingPlace struct {
	page, column int
	y            typeset.Scaled
}

func (a readingPlace) compare(b readingPlace) int {
	return cmp.Or(cmp.Compare(a.page, b.page), cmp.Compare(a.column, b.column), cmp.Compare(a.y, b.y))
}

// sectionOf is the sect element an element belongs to, nil for none.
func sectionOf(e *typeset.StructElement) *typeset.StructElement {
	for ; e != nil; e = e.Parent {
		if e.Role == typeset.RoleSect {
			return e
		}
	}
	return nil
}

// sectionMarks lists, in reading order, the section headings and the QR
// codes of a composed document, each with its section.
func sectionMarks(laid *Document, th Theme) []sectionMark {
	var marks []sectionMark
	for pi, page := range laid.Pages {
		left, _ := th.PageMargins(pi, bound)
		split := left + th.ColumnWidth() + (th.TextWidth()-2*th.ColumnWidth())/2
		for _, it := range page.Items {
			var m sectionMark
			switch x := it.(type) {
			case *typeset.GlyphRun:
				if x.Elem == nil || x.Elem.Role != typeset.RoleH2 {
					continue
				}
				m = sectionMark{place: readingPlace{pi, columnOf(x.X, split), x.Y}, sect: sectionOf(x.Elem), heading: true}
			case *typeset.QRCode:
				m = sectionMark{place: readingPlace{pi, columnOf(x.X, split), x.Y}, sect: sectionOf(x.Elem), url: x.Elem.Alt()}
			default:
				continue
			}
			marks = append(marks, m)
		}
	}
	slices.SortStableFunc(marks, func(a, b sectionMark) int { return a.place.compare(b.place) })
	return marks
}

// sectionMark is a heading or a QR code in reading order.
type sectionMark struct {
	place   readingPlace
	sect    *typeset.StructElement
	heading bool
	url     string
}

func columnOf(x, split typeset.Scaled) int {
	if x < split {
		return 0
	}
	return 1
}

// TestLinkBlocksStayInTheirSection: a conference in two columns, with
// many presentations and links in narrow columns, composed in both
// editions. Link blocks float to the top of the next column where they do
// not fit, and one carried past the next section's heading costs the page
// breaker linkPastHeading: in reading order (page, column, height), a QR
// code stands after its own section's heading and before the next
// section's, but where keeping it there would leave more than half a
// column empty. In this conference that is two codes an edition (page 6,
// below the panel's photo, and page 7); without the cost, six.
func TestLinkBlocksStayInTheirSection(t *testing.T) {
	doc, th := testdataEvent(t, "conference")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		codes := 0
		var astray []string
		var current *typeset.StructElement
		for _, m := range sectionMarks(laid, th) {
			if m.heading {
				current = m.sect
				continue
			}
			codes++
			if m.sect != current {
				astray = append(astray, fmt.Sprintf("page %d, column %d: %s", m.place.page+1, m.place.column+1, m.url))
			}
		}
		if codes != 20 {
			t.Errorf("bound %v: %d QR codes, want the conference's 20", opts.Bound, codes)
		}
		if len(astray) > 2 {
			t.Errorf("bound %v: %d QR codes stand in another section than their own, want at most 2:\n%s", opts.Bound, len(astray), strings.Join(astray, "\n"))
		}
	}
}
