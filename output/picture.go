package output

import (
	"fmt"
	"strconv"

	"brochure/content"
	"brochure/layout"
	"brochure/layout/typeset"
)

// xobject is an image or imported page written once and placed wherever
// the layout puts it.
type xobject struct {
	name string // resource name: Im1, Im2, …
	num  int
	// form: imported PDF artwork, whose bounding box is box and which
	// shows rotated by rotate degrees; otherwise a raster image shown
	// with its EXIF orientation.
	form        bool
	box         [4]float64
	rotate      int
	orientation int
	softMask    bool
	lastPage    int
}

// picture places an image or imported page in its box.
func (d *document) picture(p *layout.Picture) {
	src, ok := p.Source.(*content.Image)
	if !ok || src == nil {
		d.ow.fail(fmt.Errorf("output: a picture of %T, which the PDF writer does not draw", p.Source))
		return
	}
	x, err := d.xobject(src)
	if err != nil {
		d.ow.fail(err)
		return
	}
	if x.lastPage != len(d.pages) {
		x.lastPage = len(d.pages)
		d.page.xobjects = append(d.page.xobjects, x)
	}
	d.page.transparency = d.page.transparency || x.softMask
	dx, dy, dw, dh := p.Drawn()
	left := d.geo.userX(dx).Points()
	bottom := d.geo.userY(dy + dh).Points()
	var m [6]float64
	if x.form {
		orientation := map[int]int{0: 1, 90: 6, 180: 3, 270: 8}[x.rotate]
		m = placement(orientation, left, bottom, dw.Points(), dh.Points())
		// The form's space is its bounding box, not the unit square.
		bw, bh := x.box[2]-x.box[0], x.box[3]-x.box[1]
		a, b, c, dd, e, f := m[0]/bw, m[1]/bw, m[2]/bh, m[3]/bh, m[4], m[5]
		m = [6]float64{a, b, c, dd, e - a*x.box[0] - c*x.box[1], f - b*x.box[0] - dd*x.box[1]}
	} else {
		m = placement(x.orientation, left, bottom, dw.Points(), dh.Points())
	}
	c := &d.cs
	c.buf = append(c.buf, "q "...)
	if !p.Window.Whole() {
		// The frame clips what of the source lies outside the window.
		for _, v := range []typeset.Scaled{d.geo.userX(p.X), d.geo.userY(p.Y + p.H), p.W, p.H} {
			c.buf = appendFloat(c.buf, v.Points())
			c.buf = append(c.buf, ' ')
		}
		c.buf = append(c.buf, "re W n "...)
	}
	for _, v := range m {
		c.buf = appendFloat(c.buf, v)
		c.buf = append(c.buf, ' ')
	}
	c.buf = append(c.buf, "cm /"...)
	c.buf = append(c.buf, x.name...)
	c.buf = append(c.buf, " Do Q\n"...)
}

// placement is the matrix that shows the unit square of an image in the
// box (left, bottom, w, h) the right way up for its EXIF orientation
// (1–8): it maps the stored image's (u, v) to the box's (x, y).
func placement(orientation int, left, bottom, w, h float64) [6]float64 {
	switch orientation {
	case 2: // mirrored
		return [6]float64{-w, 0, 0, h, left + w, bottom}
	case 3: // upside down
		return [6]float64{-w, 0, 0, -h, left + w, bottom + h}
	case 4: // mirrored upside down
		return [6]float64{w, 0, 0, -h, left, bottom + h}
	case 5: // mirrored, turned a quarter anticlockwise
		return [6]float64{0, -h, -w, 0, left + w, bottom + h}
	case 6: // turned a quarter clockwise
		return [6]float64{0, -h, w, 0, left, bottom + h}
	case 7: // mirrored, turned a quarter clockwise
		return [6]float64{0, h, w, 0, left, bottom}
	case 8: // turned a quarter anticlockwise
		return [6]float64{0, h, -w, 0, left + w, bottom}
	}
	return [6]float64{w, 0, 0, h, left, bottom}
}

// xobject returns the written XObject of an image file, writing it the
// first time the file is placed.
func (d *document) xobject(src *content.Image) (*xobject, error) {
	if x, ok := d.xobjects[src.Path]; ok {
		return x, nil
	}
	x := &xobject{name: "Im" + strconv.Itoa(len(d.xobjects)+1), lastPage: -1}
	if src.Format == "pdf" {
		num, err := d.importArtwork(src)
		if err != nil {
			return nil, err
		}
		x.num, x.form, x.box, x.rotate = num, true, src.Page.TrimBox, src.Page.Rotate
	} else {
		plan := d.planRaster(src)
		count := 1
		if plan.softMask {
			count = 2
		}
		nums := d.pipe.submit(count, func(nums []int) ([]streamObject, error) {
			return encodeRaster(plan, nums)
		})
		x.num, x.orientation, x.softMask = nums[0], src.Raster.Orientation, plan.softMask
	}
	d.xobjects[src.Path] = x
	return x, nil
}
