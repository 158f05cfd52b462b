package layout

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// secondEvent is the second test event (two columns, two pictures), read
// from a copy in a temporary folder with its theme replaced by theme and
// edit applied to its content (old → new pairs).
func secondEvent(t *testing.T, theme string, edit ...string) *content.Document {
	t.Helper()
	src := filepath.Join("..", "cmd", "brochure", "testdata", "second-event")
	dir := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == "content.toml" {
			s := string(data)
			for i := 0; i+1 < len(edit); i += 2 {
				if !strings.Contains(s, edit[i]) {
					t.Fatalf("the second event has no %q", edit[i])
				}
				s = strings.Replace(s, edit[i], edit[i+1], 1)
			}
			data = []byte(s)
		}
		if e.Name() == "theme.toml" {
			data = []byte(theme)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "content.toml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := content.Parse(path, data, content.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// withTheme is doc with a theme parsed from text (over the built-in one)
// and its layout theme.
func withTheme(t *testing.T, doc *content.Document, text string) (*content.Document, Theme) {
	t.Helper()
	ct, err := content.ParseTheme("theme.toml", []byte(text), t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	th, err := NewTheme(ct)
	if err != nil {
		t.Fatal(err)
	}
	themed := *doc
	themed.Theme = ct
	return &themed, th
}

// textEdge is the x most lines of the page's type area start at (the
// left edge of the text block, or of its first column): the commonest
// left edge of the items that begin a line — glyph runs, QR codes and
// pictures (not full-bleed ones, nor the running head and foot) with
// nothing else of the type area to their left at the same height. So
// the text beside a code or a portrait, and a second column, do not
// count: on a page that holds only floats (a picture and link blocks
// deferred to its top) or a section of link blocks, the lines beside the
// codes outnumber the rest, yet the type area starts where the codes do.
func textEdge(p Page) (typeset.Scaled, bool) {
	var starts []box
	for _, it := range p.Items {
		switch v := it.(type) {
		case *typeset.GlyphRun:
			if v.Artifact == typeset.PaginationArtifact {
				continue
			}
		case *Picture:
			if v.W > p.Width {
				continue
			}
		case *typeset.QRCode:
		default:
			continue
		}
		if b, ok := extent(it); ok {
			starts = append(starts, b)
		}
	}
	count := map[typeset.Scaled]int{}
	for _, b := range starts {
		if !besideAnother(b, starts) {
			count[b.x0]++
		}
	}
	var edge typeset.Scaled
	for x, n := range count {
		if n > count[edge] || n == count[edge] && x < edge {
			edge = x
		}
	}
	return edge, count[edge] > 0
}

// besideAnother reports whether one of boxes ends left of b and overlaps
// it in height: b does not begin its line.
func besideAnother(b box, boxes []box) bool {
	for _, o := range boxes {
		if o.x1 <= b.x0 && o.y0 < b.y1 && b.y0 < o.y1 {
			return true
		}
	}
	return false
}

// frameRuns are the glyph runs of the running head and foot.
func frameRuns(p Page) []*typeset.GlyphRun {
	var runs []*typeset.GlyphRun
	for _, it := range p.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Artifact == typeset.PaginationArtifact {
			runs = append(runs, g)
		}
	}
	return runs
}

// TestFacingPages composes the example and the second event with facing
// and with ordinary margins, print and screen, and checks every page:
// the text block of a left-hand page stands exactly outer − inner right
// of a right-hand page's (not at all in the screen edition or with left
// and right margins); the folio and the running head stand flush with
// the outer edge of the type area; the cover, back cover, notes and
// blank pages carry no running head or folio; a full-bleed picture does
// not move.
func TestFacingPages(t *testing.T) {
	const facing = "[page]\nmargin_inner = \"18mm\"\nmargin_outer = \"34mm\"\nrunning_head = true\n"
	bleedLeft := 0 // full-bleed pictures on left-hand pages
	bleedPicture := []string{"file = \"gruppe.png\"", "file = \"gruppe.png\"\n  width = \"full-bleed\""}
	for _, tc := range []struct {
		name         string
		doc          *content.Document
		theme        string
		screen       bool
		inner, outer typeset.Scaled // 0: not mirrored
		bleed        int            // full-bleed pictures
	}{
		{"example, facing", exampleDocument(t), facing, false, typeset.MM(18), typeset.MM(34), 0},
		{"example, inner wider than outer", exampleDocument(t), "[page]\nmargin_inner = \"35mm\"\nmargin_outer = \"22mm\"\nempty_pages = \"blank\"\n", false, typeset.MM(35), typeset.MM(22), 0},
		{"example, screen", exampleDocument(t), facing, true, 0, 0, 0},
		{"example, left and right", exampleDocument(t), "[page]\nmargin_left = \"20mm\"\nrunning_head = true\n", false, 0, 0, 0},
		// With and without the contents page, so the picture falls on a
		// page of either side.
		{"second event, one column, full-bleed picture", secondEvent(t, facing+"columns = 1\n", bleedPicture...), "", false, typeset.MM(18), typeset.MM(34), 1},
		{"second event, one column, full-bleed picture, no contents", secondEvent(t, facing+"columns = 1\ntable_of_contents = false\n", bleedPicture...), "", false, typeset.MM(18), typeset.MM(34), 1},
		{"second event, two columns", secondEvent(t, facing+"columns = 2\n"), "", false, typeset.MM(18), typeset.MM(34), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, th := tc.doc, Theme{}
			if tc.theme != "" {
				doc, th = withTheme(t, tc.doc, tc.theme)
			} else {
				var err error
				if th, err = NewTheme(doc.Theme); err != nil {
					t.Fatal(err)
				}
			}
			laid := Compose(doc, th, Options{Bound: !tc.screen})
			bleedLeft += checkFacing(t, laid, th, tc.inner, tc.outer, tc.screen, tc.bleed)
		})
	}
	if bleedLeft == 0 {
		t.Error("no full-bleed picture fell on a left-hand page: the check that it stays put was not made")
	}
}

// checkFacing checks the pages of laid as TestFacingPages describes.
// It returns how many full-bleed pictures it found on left-hand pages.
func checkFacing(t *testing.T, laid *Document, th Theme, inner, outer typeset.Scaled, screen bool, bleedPictures int) (bleedLeft int) {
	t.Helper()
	kinds := map[PageKind]int{}
	bleed := 0
	for i, p := range laid.Pages {
		kinds[p.Kind]++
		right := screen || RightHand(i)
		for _, it := range p.Items {
			if pic, ok := it.(*Picture); ok && pic.W > th.PageWidth {
				bleed++
				if !right {
					bleedLeft++
				}
				if pic.X != -th.Bleed {
					t.Errorf("page %d: the full-bleed picture moved to x = %.2f pt", i+1, pic.X.Points())
				}
			}
		}
		if p.Kind != BodyPage && p.Kind != ContentsPage {
			if runs := frameRuns(p); len(runs) > 0 || p.Folio != "" {
				t.Errorf("page %d (%s) has %d runs of running head or foot, folio %q", i+1, p.Kind, len(runs), p.Folio)
			}
			continue
		}
		// The type area's left edge: the inner margin on a right-hand
		// page, the outer one on a left-hand page.
		left, wantRight := th.MarginLeft, th.PageWidth-th.MarginRight
		if inner != 0 {
			left, wantRight = inner, th.PageWidth-outer
			if !right {
				left, wantRight = outer, th.PageWidth-inner
			}
		}
		checkTypeArea(t, i, p, th, left, wantRight, right)
		checkFrame(t, i, p, th, left, wantRight, right)
	}
	if !screen && kinds[BackCoverPage] == 0 {
		t.Error("no back cover to check")
	}
	if kinds[CoverPage] != 1 || kinds[BodyPage] < 2 {
		t.Errorf("pages by kind: %v", kinds)
	}
	if bleed != bleedPictures {
		t.Errorf("%d full-bleed pictures, want %d", bleed, bleedPictures)
	}
	return bleedLeft
}

// checkTypeArea checks that everything on page i (from 0) but its
// running head and foot lies in the type area from left to right (text
// may hang into the margin by protrusion), and that the text block
// starts at left.
func checkTypeArea(t *testing.T, i int, p Page, th Theme, left, wantRight typeset.Scaled, right bool) {
	t.Helper()
	for _, it := range p.Items {
		b, ok := extent(it)
		if l, isLink := it.(*typeset.LinkArea); isLink {
			b, ok = box{l.X, l.Y, l.X + l.W, l.Y + l.H, "link to " + l.URL}, true
		}
		if pic, isPic := it.(*Picture); !ok || isPic && pic.W > th.PageWidth {
			continue
		}
		if hang := typeset.Pt(0.5) + typeset.OfEm(th.Body.Face().Advance('“'), th.Body.Size)*7/10; b.x0 < left-hang || b.x1 > wantRight+hang {
			t.Errorf("page %d (%s-hand): %s at %.2f–%.2f pt, outside the type area %.2f–%.2f pt", i+1, side(right), b.what, b.x0.Points(), b.x1.Points(), left.Points(), wantRight.Points())
		}
	}
	if edge, ok := textEdge(p); !ok || edge != left {
		t.Errorf("page %d (%s-hand): the text block starts at %.2f pt, want %.2f pt", i+1, side(right), edge.Points(), left.Points())
	}
}

// checkFrame checks page i's running foot and head: the folio, and the
// running head if the theme asks for one, flush with the outer edge of
// the type area from left to right.
func checkFrame(t *testing.T, i int, p Page, th Theme, left, wantRight typeset.Scaled, right bool) {
	t.Helper()
	folio := false
	head := [2]typeset.Scaled{th.PageWidth, 0} // the running head's extent
	for _, g := range frameRuns(p) {
		if g.Text == p.Folio && g.Y > th.PageHeight-th.MarginBottom {
			folio = true
			if right && g.X+g.Width != wantRight || !right && g.X != left {
				t.Errorf("page %d (%s-hand): folio %q at %.2f–%.2f pt, not flush with the outer edge of %.2f–%.2f pt", i+1, side(right), g.Text, g.X.Points(), (g.X + g.Width).Points(), left.Points(), wantRight.Points())
			}
		}
		if g.Y < th.MarginTop {
			head = [2]typeset.Scaled{min(head[0], g.X), max(head[1], g.X+g.Width)}
		}
	}
	if th.RunningHead && (right && head[1] != wantRight || !right && head[0] != left) {
		t.Errorf("page %d (%s-hand): running head at %.2f–%.2f pt, not flush with the outer edge of %.2f–%.2f pt", i+1, side(right), head[0].Points(), head[1].Points(), left.Points(), wantRight.Points())
	}
	if !th.RunningHead && head[1] != 0 {
		t.Errorf("page %d: a running head the theme does not ask for", i+1)
	}
	if !folio || p.Folio == "" {
		t.Errorf("page %d: no folio %q in the foot", i+1, p.Folio)
	}
}

// side names a page's side.
func side(right bool) string {
	if right {
		return "right"
	}
	return "left"
}

// TestMoveTypeArea: moving a left-hand page's type area moves text,
// rules, codes, link areas and pictures within it, and leaves what spans
// the page (a full-bleed picture, a background rule) where it is.
func TestMoveTypeArea(t *testing.T) {
	width, bleed := typeset.MM(210), typeset.MM(3)
	dx := typeset.MM(16)
	moved := []typeset.Item{
		&typeset.GlyphRun{X: typeset.MM(20)},
		&typeset.Rule{X: typeset.MM(20), W: typeset.MM(170)},
		&typeset.QRCode{X: typeset.MM(20)},
		&typeset.LinkArea{X: typeset.MM(20)},
		&Picture{X: typeset.MM(20), W: typeset.MM(170)},
		&Mark{X: typeset.MM(20)},
	}
	kept := []typeset.Item{
		&Picture{X: -bleed, W: width + 2*bleed},
		&typeset.Rule{X: -bleed, W: width + 2*bleed},
	}
	page := &Page{Width: width, Bleed: bleed, Items: append(append([]typeset.Item(nil), moved...), kept...)}
	moveTypeArea(page, dx)
	x := func(it typeset.Item) typeset.Scaled {
		switch v := it.(type) {
		case *typeset.GlyphRun:
			return v.X
		case *typeset.Rule:
			return v.X
		case *typeset.QRCode:
			return v.X
		case *typeset.LinkArea:
			return v.X
		case *Picture:
			return v.X
		case *Mark:
			return v.X
		}
		return 0
	}
	for _, it := range moved {
		if x(it) != typeset.MM(20)+dx {
			t.Errorf("%T at %.2f pt, want moved to %.2f pt", it, x(it).Points(), (typeset.MM(20) + dx).Points())
		}
	}
	for _, it := range kept {
		if x(it) != -bleed {
			t.Errorf("full-width %T moved to %.2f pt", it, x(it).Points())
		}
	}
}

// TestRunningFootFitsBesideTheFolio: a title too long for the running
// foot is shortened with an ellipsis, so on every page the foot keeps to
// the type area and clear of the folio, on either side of a spread.
func TestRunningFootFitsBesideTheFolio(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.Title = "Beschäftigungsduldung und Arbeitsmarkt-Integration, Anerkennungsverfahren ausländischer Berufsqualifikationen: Begleitforschungsergebnisse"
	doc, th := withTheme(t, doc, "[page]\nmargin_inner = \"18mm\"\nmargin_outer = \"34mm\"\nrunning_head = true\n")
	laid := Compose(doc, th, bound)
	shortened := false
	for i, p := range laid.Pages {
		runs := frameRuns(p)
		left, right := typeset.Scaled(1<<30), typeset.Scaled(0)
		for _, g := range runs {
			left, right = min(left, g.X), max(right, g.X+g.Width)
			// Shortened to a phrase (the title before its subtitle) or
			// to words and an ellipsis.
			shortened = shortened || strings.Contains(g.Text, "…") ||
				len(g.Text) > 10 && len(g.Text) < len(doc.Meta.Title) && strings.HasPrefix(doc.Meta.Title, g.Text)
		}
		if len(runs) > 0 && right-left > th.TextWidth()+typeset.Pt(0.5) {
			t.Errorf("page %d: the running foot and head span %v pt, the type area %v pt", i+1, (right - left).Points(), th.TextWidth().Points())
		}
		for _, folio := range runs {
			if strings.Trim(folio.Text, "0123456789") != "" {
				continue
			}
			for _, h := range runs {
				if h != folio && h.Y == folio.Y && h.X < folio.X+folio.Width+typeset.MM(5) && folio.X < h.X+h.Width+typeset.MM(5) {
					t.Errorf("page %d: „%s“ is closer than 5 mm to the folio %s", i+1, h.Text, folio.Text)
				}
			}
		}
	}
	if !shortened {
		t.Error("the long title was not shortened")
	}
}
