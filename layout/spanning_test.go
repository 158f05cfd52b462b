package layout

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// spanEvent is an event in two columns made of the given sections
// (TOML), with pictures beside it: pano.png (3:1), land.png (3:2) and
// tall.png (2:3). Each section is written as a talk with paras
// paragraphs of plain text; its pictures follow it.
func spanEvent(t *testing.T, sections ...spanSection) (*content.Document, Theme) {
	t.Helper()
	dir := t.TempDir()
	pictures, err := spanPictures()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range pictures {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var b strings.Builder
	b.WriteString("theme = \"theme.toml\"\n\n[document]\nkind = \"Dokumentation\"\ntitle = \"Breite Bilder\"\nevent = \"Regionalkonferenz\"\n" +
		"date = 2025-09-18\nlanguage = \"de-DE\"\norganisers = [\"Netzwerk Test\"]\n")
	for i, s := range sections {
		fmt.Fprintf(&b, "\n[[sections]]\nkind = \"talk\"\ntitle = \"Abschnitt %d\"\nbody = \"\"\"\n%s\n\"\"\"\n", i+1, spanText(i, s.paras))
		for k, img := range s.images {
			fmt.Fprintf(&b, "\n  [[sections.images]]\n  file = %q\n  alt = \"Bild %d\"\n  caption = %q\n  width = \"type-area\"\n", img, k+1, spanCaption)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "content.toml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return eventIn(t, dir)
}

// spanSection is a section of spanEvent: its paragraphs and pictures.
type spanSection struct {
	paras  int
	images []string
}

// spanCaption is long enough to run past a column's width.
const spanCaption = "Die Teilnehmenden der Regionalkonferenz auf der Treppe vor dem Rathaus, von links nach rechts in drei Reihen, am Nachmittag des zweiten Tages"

// spanText is paras paragraphs of plain text for section i.
func spanText(i, paras int) string {
	words := strings.Fields("Ausbildung Betriebe Beratung Netzwerk Kammer Berufsschule Sprachkurs Übergang Praktikum Förderung Jugendliche Anerkennung Begleitung Arbeitsmarkt Landkreis Kooperation")
	small := strings.Fields("und mit für die der das im am zum auf bei nach von")
	var out []string
	for p := 0; p < paras; p++ {
		var sentences []string
		for s := 0; s < 5; s++ {
			var w []string
			for k := 0; k < 12; k++ {
				if k%2 == 0 {
					w = append(w, words[(i*7+p*5+s*3+k)%len(words)])
				} else {
					w = append(w, small[(i+p+s+k)%len(small)])
				}
			}
			sentences = append(sentences, strings.Join(w, " ")+".")
		}
		out = append(out, strings.Join(sentences, " "))
	}
	return strings.Join(out, "\n\n")
}

// spanPictures are the files of spanEvent's pictures, by name, encoded
// once for all the tests that write them.
var spanPictures = sync.OnceValues(func() (map[string][]byte, error) {
	pictures := map[string][]byte{}
	for name, size := range map[string][2]int{"pano.png": {1800, 600}, "land.png": {1500, 1000}, "tall.png": {1000, 1500}} {
		data, err := testPNG(size[0], size[1])
		if err != nil {
			return nil, err
		}
		pictures[name] = data
	}
	return pictures, nil
})

// testPNG is a w × h PNG of a gradient.
func testPNG(w, h int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 255 / w), uint8(y * 255 / h), 120, 255})
		}
	}
	var buf bytes.Buffer
	err := png.Encode(&buf, img)
	return buf.Bytes(), err
}

// spanned is a picture across the columns as placed: its page (index
// into Document.Pages) and frame.
type spanned struct {
	page int
	pic  *Picture
}

// spannedPictures lists the pictures of d's body as wide as the type
// area, in the order of the pages and, on a page, of their items.
func spannedPictures(d *Document, th Theme) []spanned {
	var out []spanned
	for i, p := range d.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*Picture); ok && p.Kind == BodyPage && pic.W > th.ColumnWidth()+typeset.Pt(1) {
				out = append(out, spanned{i, pic})
			}
		}
	}
	return out
}

// typeAreaRuns are the glyph runs of page p's body text and captions: inside
// the type area, the running head and foot left out.
func typeAreaRuns(d *Document, th Theme, p int) []*typeset.GlyphRun {
	var out []*typeset.GlyphRun
	for _, it := range d.Pages[p].Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y > th.MarginTop && g.Y < th.MarginTop+th.TextHeight() {
			out = append(out, g)
		}
	}
	return out
}

// columnsOf says in which columns the runs that begin between the
// heights top and bottom stand: the first (from the type area's left),
// the second (from the second column's left edge on).
func columnsOf(th Theme, runs []*typeset.GlyphRun, top, bottom typeset.Scaled) (first, second int) {
	x1 := th.MarginLeft + th.ColumnWidth() + th.ColumnGap
	for _, g := range runs {
		if g.Y <= top || g.Y > bottom {
			continue
		}
		if g.X >= x1-typeset.Pt(1) {
			second++
		} else {
			first++
		}
	}
	return first, second
}

// TestSpanningPictureAtThePageTop: in two columns, a panorama set
// across the type area (width = "type-area"), anchored where its section's text ends
// on a later page than its heading, stands across the type area at the
// top of that page, its caption under it across the type area too, and
// the page's text runs in two columns below it — none of it above. The
// figure is tagged in its section after the section's text (where its
// anchor is), whatever page it stands on.
func TestSpanningPictureAtThePageTop(t *testing.T) {
	doc, th := spanEvent(t, spanSection{paras: 4}, spanSection{paras: 9, images: []string{"pano.png"}}, spanSection{paras: 12})
	d := Compose(doc, th, bound)
	spans := spannedPictures(d, th)
	if len(spans) != 1 {
		t.Fatalf("%d pictures across the type area, want 1", len(spans))
	}
	s := spans[0]
	if s.page+1 >= len(d.Pages) || d.Pages[s.page+1].Kind != BodyPage {
		t.Fatalf("the panorama stands on page %d, the body's last: its columns are balanced, not full", s.page+1)
	}
	if s.pic.W != th.TextWidth() || s.pic.X != th.MarginLeft && s.pic.X != th.MarginRight {
		t.Errorf("the panorama stands at x %.1f pt, %.1f pt wide; want the type area's %.1f pt", s.pic.X.Points(), s.pic.W.Points(), th.TextWidth().Points())
	}
	if s.pic.Y != th.MarginTop {
		t.Errorf("the panorama's top is at %.1f pt, want the type area's top %.1f pt", s.pic.Y.Points(), th.MarginTop.Points())
	}
	runs := typeAreaRuns(d, th, s.page)
	bottom := s.pic.Y + s.pic.H
	if above, _ := columnsOf(th, runs, 0, s.pic.Y); above > 0 {
		t.Errorf("page %d: %d runs of text above the picture at its top", s.page+1, above)
	}
	// The caption: the line right under the picture runs into the
	// second column's width.
	if _, second := columnsOf(th, runs, bottom, bottom+typeset.Pt(18)); second == 0 {
		t.Errorf("page %d: the caption under the picture keeps to the first column", s.page+1)
	}
	first, second := columnsOf(th, runs, bottom+typeset.Pt(30), th.MarginTop+th.TextHeight())
	if first < 10 || second < 10 {
		t.Errorf("page %d: %d and %d runs in the columns below the picture, want text in both", s.page+1, first, second)
	}
	// The columns are shorter by the picture: no text runs past the
	// type area's foot (the running foot is an artifact).
	for _, it := range d.Pages[s.page].Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Elem != nil && g.Y > th.MarginTop+th.TextHeight() {
			t.Errorf("page %d: %q stands at %.1f pt, below the type area", s.page+1, g.Text, g.Y.Points())
			break
		}
	}
	// Drawn, and so read and tagged, after the last line of its
	// section's text on the page, though it stands above it.
	sect, last, at := s.pic.Elem.Parent, -1, -1
	for k, it := range d.Pages[s.page].Items {
		if it == s.pic {
			at = k
		}
		if g, ok := it.(*typeset.GlyphRun); ok && g.Elem != nil && g.Elem.Parent == sect {
			last = k
		}
	}
	if last < 0 || at < last {
		t.Errorf("page %d: the picture is drawn as item %d, before its section's last line (item %d)", s.page+1, at, last)
	}
}

// TestSpanningPictureOpensItsPage: a panorama of a short section that
// begins a page and ends on it, the next section beginning below it,
// stands across the type area at that page's top, right above its
// section's heading, and the page's text runs in both columns below it.
// At the page's foot it stood under the next section's heading, where
// a reader takes it for that section's (the probers' panorama under
// „Kontakt“ and under a keynote's heading): repairSpans tries the other
// places, and the page's top is the one left.
func TestSpanningPictureOpensItsPage(t *testing.T) {
	doc, th := spanEvent(t, spanSection{paras: 1, images: []string{"pano.png"}}, spanSection{paras: 12})
	d := Compose(doc, th, bound)
	spans := spannedPictures(d, th)
	if len(spans) != 1 {
		t.Fatalf("%d pictures across the type area, want 1", len(spans))
	}
	s := spans[0]
	var headings []typeset.Scaled // of the page, from the top
	for _, m := range sectionMarks(d, th) {
		if m.heading && m.place.page == s.page {
			headings = append(headings, m.place.y)
			if len(headings) == 1 && m.sect != sectionOf(s.pic.Elem) {
				t.Errorf("page %d: the first heading under the picture is another section's", s.page+1)
			}
		}
	}
	if len(headings) < 2 {
		t.Fatalf("page %d: %d headings, want the picture's section's and the next", s.page+1, len(headings))
	}
	if s.pic.Y > th.MarginTop+typeset.Pt(1) || headings[0] < s.pic.Y {
		t.Errorf("page %d: the picture stands at %.1f pt, its section's heading at %.1f pt; want the picture at the type area's top, %.1f pt, above it",
			s.page+1, s.pic.Y.Points(), headings[0].Points(), th.MarginTop.Points())
	}
	runs := typeAreaRuns(d, th, s.page)
	if first, second := columnsOf(th, runs, s.pic.Y+s.pic.H, th.MarginTop+th.TextHeight()); first < 10 || second < 10 {
		t.Errorf("page %d: %d and %d runs in the columns below the picture, want text in both", s.page+1, first, second)
	}
}

// TestTwoSpanningPicturesOnAPage: a section's two panoramas stand one
// under the other at the top of the page their section's text ends on,
// in their order, the text in two columns below both.
func TestTwoSpanningPicturesOnAPage(t *testing.T) {
	doc, th := spanEvent(t, spanSection{paras: 4}, spanSection{paras: 9, images: []string{"pano.png", "pano.png"}}, spanSection{paras: 4})
	d := Compose(doc, th, bound)
	spans := spannedPictures(d, th)
	if len(spans) != 2 {
		t.Fatalf("%d pictures across the type area, want 2", len(spans))
	}
	a, b := spans[0], spans[1]
	if a.page != b.page || a.pic.Y != th.MarginTop || b.pic.Y < a.pic.Y+a.pic.H+typeset.Pt(12) {
		t.Errorf("the panoramas stand on pages %d and %d at %.1f and %.1f pt; want both at the top of one page, one under the other with its caption between",
			a.page+1, b.page+1, a.pic.Y.Points(), b.pic.Y.Points())
	}
	runs := typeAreaRuns(d, th, a.page)
	if above, _ := columnsOf(th, runs, 0, a.pic.Y); above > 0 {
		t.Errorf("page %d: %d runs above the pictures", a.page+1, above)
	}
	if first, second := columnsOf(th, runs, b.pic.Y+b.pic.H+typeset.Pt(30), th.MarginTop+th.TextHeight()); first < 5 || second < 5 {
		t.Errorf("page %d: %d and %d runs in the columns below the pictures, want text in both", a.page+1, first, second)
	}
}

// TestSpanningPictureOnTheNextPage: pictures across the type area that
// together would take more than maxSpanShare of one page do not share
// it: a section's three landscapes set across it (width = "type-area")
// stand each at the top of a page of its own, in their order, the
// second and third on the pages after their anchor's (none more than a
// page after the picture before it), each with text in two columns
// below.
func TestSpanningPictureOnTheNextPage(t *testing.T) {
	doc, th := spanEvent(t, spanSection{paras: 3}, spanSection{paras: 5, images: []string{"land.png", "land.png", "land.png"}}, spanSection{paras: 16})
	for i := range doc.Sections[1].Images {
		doc.Sections[1].Images[i].Width = "type-area"
	}
	d := Compose(doc, th, bound)
	spans := spannedPictures(d, th)
	if len(spans) != 3 {
		t.Fatalf("%d pictures across the type area, want 3", len(spans))
	}
	for k, s := range spans {
		if s.pic.Y != th.MarginTop {
			t.Errorf("picture %d stands at %.1f pt on page %d, want at the top", k+1, s.pic.Y.Points(), s.page+1)
		}
		if k > 0 && s.page != spans[k-1].page+1 {
			t.Errorf("picture %d stands on page %d, the one before it on page %d: want the next page", k+1, s.page+1, spans[k-1].page+1)
		}
		if first, second := columnsOf(th, typeAreaRuns(d, th, s.page), s.pic.Y+s.pic.H+typeset.Pt(30), th.MarginTop+th.TextHeight()); first < 5 || second < 5 {
			t.Errorf("page %d: %d and %d runs in the columns below picture %d, want text in both", s.page+1, first, second, k+1)
		}
	}
	for _, f := range d.Floats {
		if f.Page > f.Due()+1 || f.Page < f.AnchorPage {
			t.Errorf("%s stands on page %d, its anchor on page %d: more than a page away", f.Where, f.Page, f.AnchorPage)
		}
	}
}

// TestTakeSpansKeepsTheBreakAfterTheText: a picture across the columns
// taken out of the list takes the penalty that tied it to the text with
// it, so the space after it still follows a box and a column may break
// there, between the section's text and the next section's heading (left
// behind, the penalty made that break illegal, and a column ended 60 mm
// early in the middle of the text instead).
func TestTakeSpansKeepsTheBreakAfterTheText(t *testing.T) {
	span := typeset.Box(typeset.Pt(100))
	span.Float, span.FloatClass, span.FloatID = true, spanFloats, 1
	head := typeset.Box(typeset.Pt(20))
	head.FloatBarrier = true
	v := []typeset.VNode{typeset.Box(typeset.Pt(12)), typeset.Penalty(typeset.Infinity), span, typeset.Space(typeset.Pt(24)), head}
	flow, spans := takeSpans(v)
	if len(spans) != 1 || len(flow) != 3 {
		t.Fatalf("%d nodes and %d pictures taken out, want 3 and 1", len(flow), len(spans))
	}
	if flow[1].Kind != typeset.VGlue || flow[0].Kind != typeset.VBox {
		t.Errorf("the space after the picture does not follow the text's box: %v then %v", flow[0].Kind, flow[1].Kind)
	}
	if spans[0].anchor != 0 {
		t.Errorf("the picture's anchor is node %d, want the text's, 0", spans[0].anchor)
	}
}

// TestSpanPlansAreTakenOnRebuild: a rebuild, as watch and serve make it,
// of a two-column event with pictures across the columns whose body has
// not changed takes the page plans of the build before instead of
// searching again (Reuse.PagePlansTaken), and its pages are a fresh
// build's, item for item; after an edit to the body none is taken.
func TestSpanPlansAreTakenOnRebuild(t *testing.T) {
	doc, th := spanEvent(t, spanSection{paras: 4}, spanSection{paras: 9, images: []string{"pano.png"}},
		spanSection{paras: 3, images: []string{"land.png"}}, spanSection{paras: 12})
	// Not padded to a signature: a padded edition may be composed again
	// with smaller pictures (fewerSignatures), and those tries take the
	// plans of the first within one build.
	th.PageMultiple = 1
	fresh := pageSignature(Compose(doc, th, bound))
	opts := bound
	opts.Reuse = new(Reuse)
	if got := pageSignature(Compose(doc, th, opts)); got != fresh {
		t.Fatal("the first build with a Reuse lays out other pages than a fresh build")
	}
	if n := opts.Reuse.PagePlansTaken(); n != 0 {
		t.Fatalf("the first build took %d plans of a build before it", n)
	}
	if got := pageSignature(Compose(doc, th, opts)); got != fresh {
		t.Fatal("the rebuild lays out other pages than a fresh build")
	}
	if opts.Reuse.PagePlansTaken() == 0 {
		t.Fatal("the rebuild searched its page plans again")
	}
	// An edit that changes the body: nothing kept fits it.
	edited, _ := spanEvent(t, spanSection{paras: 5}, spanSection{paras: 9, images: []string{"pano.png"}},
		spanSection{paras: 3, images: []string{"land.png"}}, spanSection{paras: 12})
	if got, want := pageSignature(Compose(edited, th, opts)), pageSignature(Compose(edited, th, bound)); got != want {
		t.Fatal("after an edit, the rebuild lays out other pages than a fresh build")
	}
	if n := opts.Reuse.PagePlansTaken(); n != 0 {
		t.Fatalf("after an edit, %d plans of the builds before were taken", n)
	}
}

// pageSignature writes out every page's items: their kinds and places,
// and a glyph run's text.
func pageSignature(d *Document) string {
	var b strings.Builder
	for i, p := range d.Pages {
		fmt.Fprintf(&b, "page %d\n", i+1)
		for _, it := range p.Items {
			switch v := it.(type) {
			case *typeset.GlyphRun:
				fmt.Fprintf(&b, "run %d %d %s\n", v.X, v.Y, v.Text)
			case *Picture:
				fmt.Fprintf(&b, "picture %d %d %d %d\n", v.X, v.Y, v.W, v.H)
			default:
				fmt.Fprintf(&b, "%T\n", it)
			}
		}
	}
	return b.String()
}

// TestSpanningPictureNotUnderKontakt: the second prober's three-day
// congress in two columns (testdata/congress, its photos small files of
// their shapes). Its closing section holds a column picture, a group
// photo across the columns, and another column picture, and ends on the
// page where „Kontakt“ begins. Where the column pictures before and after
// the wide one stand on one page, no place keeps their order; the wide
// one went to that page's foot, under „Kontakt“ and its links, where it
// reads as the contact's. No picture across the columns stands below the
// last section's heading, in either edition. (The picture that stood
// below another later heading, at page 12's foot under „Forum A2“, now
// stands a column wide beside its section's text: spanincolumn.go.)
func TestSpanningPictureNotUnderKontakt(t *testing.T) {
	doc, th := testdataEvent(t, "congress")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		var last sectionMark
		for _, m := range sectionMarks(laid, th) {
			if m.heading && m.sect != last.sect {
				last = m
			}
		}
		spans := spannedPictures(laid, th)
		columnWide := 0
		for _, f := range laid.Floats {
			if f.InColumn != AsAsked {
				columnWide++
			}
		}
		if len(spans)+columnWide < 4 || last.sect == nil {
			t.Fatalf("bound %v: %d pictures across the columns and %d set a column wide, want the congress's 4, and a last heading", opts.Bound, len(spans), columnWide)
		}
		for _, s := range spans {
			if s.page == last.place.page && s.pic.Y > last.place.y {
				t.Errorf("bound %v, page %d: %s stands below the last section's heading", opts.Bound, s.page+1, s.pic.Elem.Alt())
			}
		}
	}
}

// TestSpanningPictureLeavesTheColumnsBeforeItsSection: the prober's
// international conference (testdata/fairrecruitment, its photos small
// files of their shapes) opens with a programme that fills the first
// column of page 3, and its welcome, with a panorama across the columns,
// begins in the second. Set at that page's foot, the panorama shortened
// the first column too and sent the programme's last row („Ausblick und
// Verabschiedung“) alone to the head of the second, and pushed the
// welcome's end to page 4. It stands at the top of page 4 instead: the
// programme ends in its column, and no picture across the columns stands
// at page 3's foot.
func TestSpanningPictureLeavesTheColumnsBeforeItsSection(t *testing.T) {
	doc, th := testdataEvent(t, "fairrecruitment")
	for _, opts := range []Options{bound, {}} {
		d := Compose(doc, th, opts)
		first, last := -1, -1
		for pi, p := range d.Pages {
			left, _ := th.PageMargins(pi, opts)
			for _, it := range p.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && strings.Contains(g.Text, "Verabschiedung") && last < 0 {
					last = pi
					if g.X > left+th.ColumnWidth() {
						t.Errorf("bound %v: the programme's last row stands in the second column of page %d", opts.Bound, pi+1)
					}
				}
				if g, ok := it.(*typeset.GlyphRun); ok && strings.Contains(g.Text, "Welcome-Coffee") && first < 0 {
					first = pi
				}
			}
		}
		if first < 0 || first != last {
			t.Errorf("bound %v: the programme's first row on page %d, its last on page %d", opts.Bound, first+1, last+1)
		}
		for _, s := range spannedPictures(d, th) {
			if s.page == last && s.pic.Y > th.MarginTop {
				t.Errorf("bound %v: a picture across the columns stands at the foot of page %d, under the programme", opts.Bound, s.page+1)
			}
		}
	}
}
