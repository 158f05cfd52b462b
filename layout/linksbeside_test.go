package layout

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"brochure/layout/typeset"
)

// TestLinksBesideANarrowPicture: an online session documented by a chat's
// screenshot (1:3, narrowed by the height limit, its caption beside it at
// its foot) and three codes: the codes stand in the room beside the
// picture, right of it, above the caption and level with the picture's
// height, on the picture's page (they took the next page's top above the
// next session's heading, the prober's series three times); a wide
// screenshot, which leaves no room beside it, keeps its codes under it.
func TestLinksBesideANarrowPicture(t *testing.T) {
	for _, c := range []struct {
		name   string
		size   image.Point
		beside bool
	}{{"tall", image.Pt(300, 900), true}, {"wide", image.Pt(900, 300), false}} {
		dir := t.TempDir()
		var b bytes.Buffer
		if err := png.Encode(&b, image.NewGray(image.Rectangle{Max: c.size})); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "chat.png"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		src := "[document]\nkind = \"Dokumentation\"\ntitle = \"Online-Reihe\"\ndate = 2025-01-14\nlanguage = \"de-DE\"\norganisers = [\"Kompetenzzentrum\"]\n\n" +
			"[[sections]]\nkind = \"talk\"\ntitle = \"Session 2\"\nbody = \"Die Teilnehmenden tauschten sich im Chat aus.\"\n\n" +
			"  [[sections.images]]\n  file = \"chat.png\"\n  caption = \"Ausschnitt aus dem Chatverlauf\"\n  alt = \"Chatverlauf\"\n\n"
		for k := 1; k <= 3; k++ {
			src += fmt.Sprintf("  [[sections.links]]\n  label = \"Präsentation %d\"\n  text = \"Die Folien:\"\n  url = \"https://www.example.org/session2/folien-%d.pdf\"\n\n", k, k)
		}
		src += "[[sections]]\nkind = \"talk\"\ntitle = \"Session 3\"\nbody = \"Weiter ging es mit dem Datenaustausch.\"\n"
		doc := loadSource(t, dir, src)
		th := DefaultTheme()
		for _, opts := range []Options{bound, {}} {
			laid := Compose(doc, th, opts)
			pic, codes := linksAndPicture(laid)
			if pic == nil || len(codes) != 3 {
				t.Fatalf("%s: a picture %v and %d codes, want one and three", c.name, pic != nil, len(codes))
			}
			for _, q := range codes {
				besides := q.page == pic.page && q.code.X > pic.p.X+pic.p.W && q.code.Y >= pic.p.Y && q.code.Y+q.size <= pic.p.Y+pic.p.H
				if besides != c.beside {
					t.Errorf("%s (bound %v): a code at (%.0f, %.0f) mm on page %d, the picture %.0f×%.0f mm at (%.0f, %.0f) on page %d: beside it %v, want %v",
						c.name, opts.Bound, q.code.X.MM(), q.code.Y.MM(), q.page, pic.p.W.MM(), pic.p.H.MM(), pic.p.X.MM(), pic.p.Y.MM(), pic.page, besides, c.beside)
				}
			}
		}
	}
}

// placedCode is a QR code with its page and drawn size.
type placedCode struct {
	code *typeset.QRCode
	page int
	size typeset.Scaled
}

// placedPicture is a picture with its page.
type placedPicture struct {
	p    *typeset.Picture
	page int
}

// linksAndPicture finds the body's first picture and its QR codes.
func linksAndPicture(laid *Document) (*placedPicture, []placedCode) {
	var pic *placedPicture
	var codes []placedCode
	for k, pg := range laid.Pages {
		if pg.Kind != BodyPage {
			continue
		}
		for _, it := range pg.Items {
			switch v := it.(type) {
			case *typeset.Picture:
				if pic == nil {
					pic = &placedPicture{v, k + 1}
				}
			case *typeset.QRCode:
				codes = append(codes, placedCode{v, k + 1, v.Module * typeset.Scaled(len(v.Modules))})
			}
		}
	}
	return pic, codes
}

// TestShrinkMovesCodesBeside: a picture set smaller carries the codes
// beside it with its right edge and its foot, as it does its caption.
func TestShrinkMovesCodesBeside(t *testing.T) {
	p := &typeset.Picture{X: 0, Y: 0, W: typeset.MM(40), H: typeset.MM(120)}
	code := &typeset.QRCode{X: typeset.MM(45), Y: typeset.MM(60), Module: typeset.MM(0.5)}
	area := &typeset.LinkArea{X: typeset.MM(47), Y: typeset.MM(62), W: typeset.MM(20), H: typeset.MM(20)}
	shrinkPictures([]typeset.Item{p, code, area}, typeset.MM(30))
	near := func(a typeset.Scaled, mm float64) bool {
		d := a - typeset.MM(mm)
		return d < typeset.Pt(0.01) && d > -typeset.Pt(0.01)
	}
	if !near(p.W, 30) || !near(p.H, 90) {
		t.Fatalf("the picture is %.1f×%.1f mm, want 30×90", p.W.MM(), p.H.MM())
	}
	if !near(code.X, 35) || !near(code.Y, 30) || !near(area.X, 37) || !near(area.Y, 32) {
		t.Errorf("the code stands at (%.1f, %.1f) mm and its area at (%.1f, %.1f), want (35, 30) and (37, 32)", code.X.MM(), code.Y.MM(), area.X.MM(), area.Y.MM())
	}
}
