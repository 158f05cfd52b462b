package typeset

import "testing"

// TestPictureDrawn: a whole picture is drawn in its frame; one whose
// window shows the middle half of its width is drawn twice as wide,
// reaching a quarter of that width past the frame on either side, and
// its effective resolution halves; a window that shows nothing or more
// than the source counts as the whole.
func TestPictureDrawn(t *testing.T) {
	src := rasterSource(1000)
	whole := &Picture{X: Pt(100), Y: Pt(50), W: Pt(60), H: Pt(80), Source: src}
	half := *whole
	half.Window = Window{X0: WindowUnit / 4, X1: 3 * WindowUnit / 4, Y1: WindowUnit}
	for _, c := range []struct {
		p          *Picture
		x, y, w, h Scaled
	}{{whole, Pt(100), Pt(50), Pt(60), Pt(80)}, {&half, Pt(70), Pt(50), Pt(120), Pt(80)}} {
		if x, y, w, h := c.p.Drawn(); x != c.x || y != c.y || w != c.w || h != c.h {
			t.Errorf("window %v: drawn at %v %v %v %v, want %v %v %v %v", c.p.Window, x, y, w, h, c.x, c.y, c.w, c.h)
		}
	}
	if a, b := whole.EffectivePPI(), half.EffectivePPI(); b*2 != a {
		t.Errorf("effective resolution %v whole, %v through the window: want half", a, b)
	}
	for _, w := range []Window{{}, {X1: WindowUnit, Y1: WindowUnit}, {X0: 10, X1: 10, Y1: WindowUnit}, {X0: -1, X1: WindowUnit, Y1: WindowUnit}, {X1: WindowUnit + 1, Y1: WindowUnit}} {
		if !w.Whole() {
			t.Errorf("%v is not whole", w)
		}
	}
	if half.Window.Whole() {
		t.Errorf("%v is whole", half.Window)
	}
}

// rasterSource is a picture source of the given pixel width.
type rasterSource int

func (r rasterSource) PixelWidth() int { return int(r) }
