package layout

import (
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestPortraitsShareOneFrame: the portraits of a panel — a landscape
// (3:2), a square and a tall photo (1:2) — stand in one square frame of
// photo_width by photo_height (22 mm each); the landscape shows the
// middle two thirds of its width, the square all of it, the tall one its
// full width and half its height, a quarter of the rest cut at the top.
// With photo_height 0 each keeps its shape and shows whole.
func TestPortraitsShareOneFrame(t *testing.T) {
	shapes := [][2]int{{1200, 800}, {900, 900}, {600, 1200}}
	people := func() []content.Person {
		var out []content.Person
		for k, s := range shapes {
			out = append(out, content.Person{Name: []string{"Thorsten Wehrmann", "Leyla Şahin", "Friederike Albrecht"}[k],
				Photo: &content.Image{File: "p.jpg", Format: "jpeg", WidthPx: s[0], HeightPx: s[1]}})
		}
		return out
	}
	for _, framed := range []bool{true, false} {
		th := DefaultTheme()
		if !framed {
			th.PhotoHeight = 0
		}
		doc := exampleDocument(t)
		doc.Sections = []content.Section{{Kind: content.Panel, Label: "Podium", Title: "Betriebe als Lernorte", Speakers: people(),
			Body: []content.Block{{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Auf dem Podium."}}}}}}
		laid := Compose(doc, th, Options{})
		var pics []*typeset.Picture
		for _, p := range laid.Pages {
			for _, it := range p.Items {
				if pic, ok := it.(*typeset.Picture); ok && pic.Source != nil && pic.W == th.PhotoWidth {
					pics = append(pics, pic)
				}
			}
		}
		if len(pics) != 3 {
			t.Fatalf("framed %v: %d portraits, want 3", framed, len(pics))
		}
		const u = typeset.WindowUnit
		want := []typeset.Window{{X0: u / 6, X1: 5 * u / 6, Y1: u}, {X1: u, Y1: u}, {X1: u, Y0: u / 8, Y1: u/8 + u/2}}
		for k, p := range pics {
			switch {
			case !framed && (!p.Window.Whole() || p.H != imageHeight(p.Source.(*content.Image), th.PhotoWidth)):
				t.Errorf("unframed portrait %d: %v × %v, window %v; want its own shape, whole", k, p.W, p.H, p.Window)
			case framed && p.H != th.PhotoHeight:
				t.Errorf("portrait %d: %v tall, want %v", k, p.H, th.PhotoHeight)
			case framed && !near(p.Window, want[k]):
				t.Errorf("portrait %d: window %v, want %v", k, p.Window, want[k])
			}
		}
	}
}

// near reports whether two windows agree within a few units (rounding).
func near(a, b typeset.Window) bool {
	d := func(x, y int32) bool { return x-y < 700 && y-x < 700 }
	return d(a.X0, b.X0) && d(a.X1, b.X1) && d(a.Y0, b.Y0) && d(a.Y1, b.Y1)
}
