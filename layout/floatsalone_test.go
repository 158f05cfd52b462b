package layout_test

import (
	"fmt"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// maxColumnsOfFloatsAlone is how many columns of the corpus's 34 events
// (print edition) may hold floats — pictures, QR codes — and no running
// text: 30 while a float stood only at its anchor or after it, 12 since
// a section's floats may stand ahead of it at the top of a column its
// text still runs in (typeset.PageParams.FloatAhead), 13 since a
// workshop sets its speakers' portraits where they are given (their
// heads grew: the input changed, not the breaker), 12 since floats in
// columns do not pass the next section's heading (layout's
// heldAtHeading: 14, event 09's welcome setting its picture and three
// codes in a column of their own, nine tenths full, before the next
// workshop's heading, as LaTeX sets a float page before a
// \FloatBarrier) and a page that opens with floats apart from their
// text costs more (layout's floatsApart: events 04 and 06 lost theirs),
// 13 since a frame that ends inside a paragraph pays for its gap
// (typeset's SplitGap: events 04, 07 and 27 gained a column of floats
// alone where their text would otherwise end lines early inside a
// paragraph; events 00 and 13 lost theirs), 14 since a moderator's
// portrait is printed and a notice alone on the last screen page costs
// something (event 00's workshop sets two tall pictures on page 3 alone,
// a float page in the middle of its text, as LaTeX sets one), 15 since
// floats that crowd a column's top with text under them cost as much as
// a stranded code (layout's crowdedTop: event 08's last page holds two
// of a workshop's six codes alone, where its last column held three
// under the text's last two lines; the prober's Fachtag no longer ends a
// column of five pictures and a code with a list's last two lines).
const maxColumnsOfFloatsAlone = 15

// TestFewColumnsOfFloatsAlone: in the display lists of the corpus, a
// column that holds a picture or a QR code but no line of running text
// or heading (a run at least the body's size that belongs to no figure
// or caption) is a column of floats alone, which reads as left over; the
// text runs on beside its floats instead, where it can.
func TestFewColumnsOfFloatsAlone(t *testing.T) {
	t.Parallel()
	var alone []string
	for _, ev := range corpus(t) {
		composed := sharedPrint(ev.path) // composed once, for TestCompositionCorpus too
		if composed.err != nil {
			t.Fatalf("%s: %v", ev.name, composed.err)
		}
		th, laid := composed.th, composed.laid
		for pi, page := range laid.Pages {
			if page.Kind != layout.BodyPage {
				continue
			}
			for c, n := range floatsAloneByColumn(page.Items, th, pi) {
				if n > 0 {
					alone = append(alone, fmt.Sprintf("%s page %d column %d (floats: %d)", ev.name, pi+1, c+1, n))
				}
			}
		}
	}
	if len(alone) > maxColumnsOfFloatsAlone {
		t.Errorf("%d columns hold floats and no text, want at most %d:\n%s", len(alone), maxColumnsOfFloatsAlone, strings.Join(alone, "\n"))
	}
	t.Logf("%d columns of floats alone:\n%s", len(alone), strings.Join(alone, "\n"))
}

// floatsAloneByColumn counts, per column of page pi, its floats where it
// holds no running text, and 0 where it does.
func floatsAloneByColumn(items []typeset.Item, th layout.Theme, pi int) []int {
	cols := max(th.Columns, 1)
	left, _ := th.PageMargins(pi, layout.Options{Bound: true})
	column := func(x typeset.Scaled) int {
		return min(max(int((x-left)*typeset.Scaled(cols)/th.TextWidth()), 0), cols-1)
	}
	floats, text := make([]int, cols), make([]bool, cols)
	for _, it := range items {
		switch x := it.(type) {
		case *typeset.GlyphRun:
			if x.Elem != nil && x.Size >= th.Body.Size && !within(x.Elem, typeset.RoleFigure) && !within(x.Elem, typeset.RoleCaption) {
				text[column(x.X)] = true
			}
		case *typeset.QRCode:
			floats[column(x.X)]++
		case *typeset.Picture:
			floats[column(x.X)]++
		}
	}
	for c := range floats {
		if text[c] {
			floats[c] = 0
		}
	}
	return floats
}

// within reports whether e or an element above it has the role r.
func within(e *typeset.StructElement, r typeset.StructRole) bool {
	for ; e != nil; e = e.Parent {
		if e.Role == r {
			return true
		}
	}
	return false
}
