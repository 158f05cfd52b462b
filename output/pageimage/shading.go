package pageimage

import (
	"image"
	"image/color"
	"math"

	"brochure/content/pdfread"
)

// shading paints an axial or radial shading (sh) over the current clip,
// its colours from a type 2 (exponential) function or a type 3 stitching
// of them; other shadings and functions fill with the colour at the
// middle of the range they can give, a fair stand-in in a preview.
func (in *interpreter) shading(name pdfread.Name, res pdfread.Dict) {
	var d pdfread.Dict
	switch s := in.resource(res, "Shading", name).(type) {
	case pdfread.Dict:
		d = s
	case *pdfread.Stream:
		d = s.Dict
	default:
		return
	}
	cs := in.colourSpaceObject(d["ColorSpace"], res)
	fn := in.function(d["Function"])
	coords, _ := numbersOf(in.f, d["Coords"], 4)
	kind, _ := pdfread.Number(d["ShadingType"])
	if kind == 3 {
		coords, _ = numbersOf(in.f, d["Coords"], 6)
	}
	inv, ok := in.gs.ctm.invert()
	if !ok || in.c.clip == nil {
		return
	}
	region := in.c.clip.bounds
	in.work += int64(region.Dx()) * int64(region.Dy())
	if in.work > maxWork {
		return
	}
	at := func(u point) float64 { // the shading parameter at a user-space point
		switch {
		case kind == 2 && len(coords) == 4:
			dx, dy := coords[2]-coords[0], coords[3]-coords[1]
			l := dx*dx + dy*dy
			if l == 0 {
				return 0
			}
			return ((u.x-coords[0])*dx + (u.y-coords[1])*dy) / l
		case kind == 3 && len(coords) == 6:
			dr := coords[5] - coords[2]
			if dr == 0 {
				return 0
			}
			return (math.Hypot(u.x-coords[3], u.y-coords[4]) - coords[2]) / dr
		}
		return 0.5
	}
	// The colours along t, looked up per pixel: finer steps than 8-bit
	// colour shows.
	const steps = 1024
	var ramp [steps + 1]color.RGBA
	var drawn [steps + 1]bool
	for i := range ramp {
		ramp[i], drawn[i] = cs.colour(fn(float64(i) / steps))
	}
	for y := region.Min.Y; y < region.Max.Y; y++ {
		for x := region.Min.X; x < region.Max.X; x++ {
			a := in.c.clip.a.AlphaAt(x, y).A
			if a == 0 {
				continue
			}
			t := at(inv.apply(float64(x)+0.5, float64(y)+0.5))
			i := int(math.Round(math.Max(0, math.Min(1, t)) * steps)) // NaN ends as 0
			if i < 0 || i > steps || !drawn[i] {
				continue
			}
			blend(in.c.img, x, y, ramp[i], a)
		}
	}
}

// blend paints col over the pixel at (x, y) with coverage a.
func blend(img *image.RGBA, x, y int, col color.RGBA, a uint8) {
	i := img.PixOffset(x, y)
	p := img.Pix[i : i+4 : i+4]
	k := uint16(a)
	p[0] = uint8((uint16(col.R)*k + uint16(p[0])*(255-k)) / 255)
	p[1] = uint8((uint16(col.G)*k + uint16(p[1])*(255-k)) / 255)
	p[2] = uint8((uint16(col.B)*k + uint16(p[2])*(255-k)) / 255)
	p[3] = 255
}

// function reads a shading function: type 2 (C0 + tᴺ·(C1 − C0)) and
// type 3 (stitching) exactly; anything else as a constant middle gray.
func (in *interpreter) function(o pdfread.Object) func(t float64) []float64 {
	return in.functionAt(o, 0)
}

// functionAt reads a function depth stitching functions deep (at most
// pdfread.MaxNesting; deeper, or referring to itself, it is the gray).
func (in *interpreter) functionAt(o pdfread.Object, depth int) func(t float64) []float64 {
	var d pdfread.Dict
	if depth > pdfread.MaxNesting {
		o = nil
	}
	switch x := in.resolved(o).(type) {
	case pdfread.Dict:
		d = x
	case *pdfread.Stream:
		d = x.Dict
	}
	kind, _ := pdfread.Number(d["FunctionType"])
	switch kind {
	case 2:
		c0 := in.numbers(d["C0"], []float64{0})
		c1 := in.numbers(d["C1"], []float64{1})
		n, ok := pdfread.Number(d["N"])
		if !ok {
			n = 1
		}
		return func(t float64) []float64 {
			out := make([]float64, min(len(c0), len(c1)))
			for i := range out {
				out[i] = c0[i] + math.Pow(t, n)*(c1[i]-c0[i])
			}
			return out
		}
	case 3:
		fa, _ := in.resolved(d["Functions"]).(pdfread.Array)
		var parts []func(float64) []float64
		for _, f := range fa {
			parts = append(parts, in.functionAt(f, depth+1))
		}
		bounds := in.numbers(d["Bounds"], nil)
		encode := in.numbers(d["Encode"], nil)
		if len(parts) == 0 {
			break
		}
		return func(t float64) []float64 {
			k := 0
			for k < len(bounds) && t >= bounds[k] {
				k++
			}
			k = min(k, len(parts)-1)
			lo, hi := 0.0, 1.0
			if k > 0 && k-1 < len(bounds) {
				lo = bounds[k-1]
			}
			if k < len(bounds) {
				hi = bounds[k]
			}
			u := 0.0
			if hi > lo {
				u = (t - lo) / (hi - lo)
			}
			if 2*k+1 < len(encode) {
				u = encode[2*k] + u*(encode[2*k+1]-encode[2*k])
			}
			return parts[k](u)
		}
	}
	return func(float64) []float64 { return []float64{0.5, 0.5, 0.5, 0.5} }
}

// numbers reads an array of numbers, or gives def.
func (in *interpreter) numbers(o pdfread.Object, def []float64) []float64 {
	arr, ok := in.resolved(o).(pdfread.Array)
	if !ok {
		return def
	}
	out := make([]float64, 0, len(arr))
	for _, e := range arr {
		if v, ok := pdfread.Number(e); ok {
			out = append(out, v)
		}
	}
	return out
}
