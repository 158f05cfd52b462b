package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// composedEvents are the example and the second test event, composed
// with their own themes as the print edition.
func composedEvents(t *testing.T) map[string]struct {
	doc *content.Document
	th  Theme
} {
	t.Helper()
	out := map[string]struct {
		doc *content.Document
		th  Theme
	}{}
	second, err := content.Load("../cmd/brochure/testdata/second-event/content.toml", content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The example's sections six times over: some 30 body pages.
	src := string(assets.ExampleContent)
	start, end := strings.Index(src, "[[sections]]"), strings.Index(src, "[funding]")
	long := src[:start]
	for i := 0; i < 6; i++ {
		long += strings.ReplaceAll(src[start:end], `title = "`, fmt.Sprintf(`title = "Teil %d: `, i+1))
	}
	repeated, err := content.Parse("content.toml", []byte(long+src[end:]), content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]*content.Document{"example": exampleDocument(t), "second event": second, "example six times": repeated} {
		th, err := NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = struct {
			doc *content.Document
			th  Theme
		}{doc, th}
	}
	return out
}

// columnFoot is the lowest edge of what stands in column col of a page's
// type area (its top if the column is empty).
func columnFoot(th Theme, p Page, col int) typeset.Scaled {
	left := th.MarginLeft + typeset.Scaled(col)*(th.ColumnWidth()+th.ColumnGap)
	foot := th.MarginTop
	for _, it := range p.Items {
		b, ok := extent(it)
		if !ok || b.y0 >= th.PageHeight-th.MarginBottom || b.y1 <= th.MarginTop {
			continue // footer, running head
		}
		if mid := (b.x0 + b.x1) / 2; th.Columns > 1 && (mid < left || mid > left+th.ColumnWidth()) {
			continue
		}
		foot = max(foot, b.y1)
	}
	return foot
}

// TestComposedPagesAreFullAndFloatsNearTheirAnchors: on the example and
// the second event, no column of a body page is more than 15 % empty
// while the flow goes on after it (but those of a last page in columns,
// which are balanced), every float stands on its anchor's
// page or the next, no right-hand page ends in a word hyphenated across
// the turn, and the print edition has no more pages than with the greedy
// page builder (measured with the main branch's build before floats: 8,
// 8 and 40).
func TestComposedPagesAreFullAndFloatsNearTheirAnchors(t *testing.T) {
	greedyPages := map[string]int{"example": 8, "second event": 8, "example six times": 40}
	for name, ev := range composedEvents(t) {
		d := Compose(ev.doc, ev.th, bound)
		var body []Page
		for _, p := range d.Pages {
			if p.Kind == BodyPage {
				body = append(body, p)
			}
		}
		if len(d.Pages) > greedyPages[name] {
			t.Errorf("%s: %d pages, with the greedy builder %d", name, len(d.Pages), greedyPages[name])
		}
		var frames []typeset.Scaled
		for _, p := range body {
			for col := 0; col < max(ev.th.Columns, 1); col++ {
				frames = append(frames, columnFoot(ev.th, p, col))
			}
		}
		for last := len(frames) - 1; last > 0 && frames[last] == ev.th.MarginTop; last-- {
			frames = frames[:last] // empty columns after the flow's end
		}
		h := ev.th.TextHeight()
		cols := max(ev.th.Columns, 1)
		for f, foot := range frames[:len(frames)-1] {
			if cols > 1 && f/cols == len(body)-1 {
				continue // the last page's columns are balanced: short by design
			}
			// The last line's descent lies below its frame's box: allow 4 pt.
			if empty := ev.th.MarginTop + h - foot - typeset.Pt(4); empty*100 > h*15 {
				t.Errorf("%s: body page %d, column %d is %d %% empty while the flow goes on", name, f/max(ev.th.Columns, 1)+1, f%max(ev.th.Columns, 1)+1, empty*100/h)
			}
		}
		for i, p := range d.Pages {
			if p.Kind == BodyPage && RightHand(i) && i+1 < len(d.Pages) && d.Pages[i+1].Kind == BodyPage {
				if w := hyphenAtFoot(ev.th, p); w != "" {
					t.Errorf("%s: page %d (right-hand) ends with „%s“ hyphenated across the turn", name, i+1, w)
				}
			}
		}
		if len(d.Floats) == 0 {
			t.Errorf("%s: no floats recorded", name)
		}
		for _, fl := range d.Floats {
			if fl.Page < fl.AnchorPage || fl.Page > fl.AnchorPage+1 || fl.Where == "" {
				t.Errorf("%s: float %s anchored on page %d stands on page %d", name, fl.Where, fl.AnchorPage, fl.Page)
			}
		}
	}
}

// hyphenAtFoot is the word hyphenated at the end of a page's last line
// (of its last column), or "".
func hyphenAtFoot(th Theme, p Page) string {
	var last *typeset.GlyphRun
	col := func(g *typeset.GlyphRun) typeset.Scaled {
		return max(0, g.X-th.MarginLeft) / (th.ColumnWidth() + th.ColumnGap)
	}
	later := func(a, b *typeset.GlyphRun) bool { // a after b in reading order
		if col(a) != col(b) {
			return col(a) > col(b)
		}
		if a.Y != b.Y {
			return a.Y > b.Y
		}
		return a.X > b.X
	}
	for _, it := range p.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y < th.PageHeight-th.MarginBottom && (last == nil || later(g, last)) {
			last = g
		}
	}
	if last != nil && last.ActualText() != nil && *last.ActualText() != "" {
		return *last.ActualText()
	}
	return ""
}

// TestNoFloatPassesTheFundingNotice: in the unbound edition of an event
// whose last section's QR code does not fit beside the funding notice
// that ends the body (testdata/compounds: two columns, long compounds),
// the code stands before the notice in reading order — the notice moves
// on — rather than alone on a page after it.
func TestNoFloatPassesTheFundingNotice(t *testing.T) {
	doc, th := testdataEvent(t, "compounds")
	laid := Compose(doc, th, Options{})
	var notice readingPlace
	var blocks []readingPlace
	found := false
	for pi, page := range laid.Pages {
		left, _ := th.PageMargins(pi, Options{})
		split := left + th.ColumnWidth() + (th.TextWidth()-2*th.ColumnWidth())/2
		for _, it := range page.Items {
			switch x := it.(type) {
			case *Mark:
				if x.Kind == MarkFundingNote {
					notice, found = readingPlace{pi, columnOf(x.X, split), x.Y}, true
				}
			case *typeset.QRCode:
				blocks = append(blocks, readingPlace{pi, columnOf(x.X, split), x.Y})
			}
		}
	}
	if !found || len(blocks) == 0 {
		t.Fatalf("no funding notice (%v) or no QR code (%d)", found, len(blocks))
	}
	for _, b := range blocks {
		if b.compare(notice) > 0 {
			t.Errorf("a QR code stands on page %d, column %d, after the funding notice on page %d, column %d", b.page+1, b.column+1, notice.page+1, notice.column+1)
		}
	}
}
