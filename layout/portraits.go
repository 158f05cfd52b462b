package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// portrait places a speaker's photo at x (its top at 0) in the theme's
// frame, photo_width by photo_height, the photo cropped to fill it
// (portraitWindow), so portraits of different shapes stand in one grid;
// where photo_height is 0, at its own shape.
func (c *composer) portrait(img *content.Image, x typeset.Scaled, where string) *Picture {
	p := &Picture{X: x, W: c.th.PhotoWidth, H: c.portraitHeight(img), Source: img}
	if c.th.PhotoHeight > 0 {
		w, h := shapeOf(*img)
		p.Window = portraitWindow(w, h, p.W, p.H)
	}
	c.warnEnlarged(p, img, where)
	return p
}

// portraitHeight is the height a portrait takes.
func (c *composer) portraitHeight(img *content.Image) typeset.Scaled {
	if c.th.PhotoHeight > 0 {
		return c.th.PhotoHeight
	}
	return imageHeight(img, c.th.PhotoWidth)
}

// portraitWindow is the part of a photo of w by h pixels that fills a
// frame of width by height: all of its height and the middle of its
// width for a photo wider than the frame; all of its width for a taller
// one, a quarter of what is cut taken from the top and three quarters
// from the bottom, where a head and shoulders portrait has room to spare.
func portraitWindow(w, h int64, width, height typeset.Scaled) typeset.Window {
	const unit = typeset.WindowUnit
	whole := typeset.Window{X1: unit, Y1: unit}
	if w <= 0 || h <= 0 || width <= 0 || height <= 0 {
		return whole
	}
	// The frame's shape against the photo's: height·w against h·width.
	frame, photo := int64(height)*w, h*int64(width)
	switch {
	case photo > frame: // the photo is taller: show a band of its height
		shown := int32(frame * unit / photo)
		top := (unit - shown) / 4
		return typeset.Window{X1: unit, Y0: top, Y1: top + shown}
	case photo < frame: // wider: show the middle of its width
		shown := int32(photo * unit / frame)
		left := (unit - shown) / 2
		return typeset.Window{X0: left, X1: left + shown, Y1: unit}
	}
	return whole
}
