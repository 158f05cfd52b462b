package layout

import (
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestCoverPictureFillsTheWidth: a cover picture whose room is shorter
// than the picture at the cover's width is cropped to a band as tall as
// the room and keeps the whole width (the prober's cover stood 95 mm wide
// in a 150 mm field, white beside it); where the band would show less
// than half the photo, half of it is narrowed to fit, flush left. A
// picture the room holds is whole.
func TestCoverPictureFillsTheWidth(t *testing.T) {
	img := &content.Image{File: "saal.jpg", Format: "jpeg", WidthPx: 3000, HeightPx: 2000}
	width := typeset.MM(150) // 100 mm tall at this width
	for _, c := range []struct {
		room, wantW, wantH typeset.Scaled
		shown              int32 // of the photo's height, in WindowUnits (0: all)
	}{
		{typeset.MM(120), width, typeset.MM(100), 0},
		{typeset.MM(70), width, typeset.MM(70), typeset.WindowUnit * 7 / 10},
		{typeset.MM(40), width * 4 / 5, typeset.MM(40), typeset.WindowUnit / 2},
	} {
		p := coverFrame(img, typeset.MM(20), 0, width, c.room)
		near := func(a, b typeset.Scaled) bool { return a-b < typeset.Pt(0.5) && b-a < typeset.Pt(0.5) }
		if !near(p.W, c.wantW) || !near(p.H, c.wantH) || p.X != typeset.MM(20) {
			t.Errorf("room %.0f mm: %.1f × %.1f mm at x %.0f, want %.1f × %.1f at 20", c.room.MM(), p.W.MM(), p.H.MM(), p.X.MM(), c.wantW.MM(), c.wantH.MM())
		}
		w := p.Window.Bounds()
		if shown := w.Y1 - w.Y0; c.shown == 0 && !p.Window.Whole() || c.shown != 0 && (shown < c.shown-2 || shown > c.shown+2 || w.X1-w.X0 != typeset.WindowUnit) {
			t.Errorf("room %.0f mm: the picture shows %+v, want all its width and %d/%d of its height", c.room.MM(), w, c.shown, typeset.WindowUnit)
		}
	}
}
