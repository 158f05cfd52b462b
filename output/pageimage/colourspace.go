package pageimage

import (
	"image/color"

	"brochure/content/pdfread"
)

// colourSpace is what the interpreter knows of a PDF colour space: how
// many components a colour has and, for an indexed space, its palette.
// ICC-based spaces are taken as the device space with their number of
// components; separations and DeviceN as the darkness of their tint.
type colourSpace struct {
	components int
	indexed    bool
	palette    []color.RGBA
	tint       bool // Separation or DeviceN: components are ink amounts
}

// initial is a space's initial colour: black, or the palette's first.
func (cs colourSpace) initial() color.RGBA {
	if cs.indexed && len(cs.palette) > 0 {
		return cs.palette[0]
	}
	if cs.components == 4 {
		return deviceColour([]float64{0, 0, 0, 1})
	}
	if cs.tint {
		return color.RGBA{0, 0, 0, 255}
	}
	return deviceColour(make([]float64, max(cs.components, 1)))
}

// colour converts the components v (0–1; for an indexed space, the
// index) to screen colour.
func (cs colourSpace) colour(v []float64) (color.RGBA, bool) {
	switch {
	case cs.indexed:
		if len(v) < 1 || len(cs.palette) == 0 {
			return color.RGBA{}, false
		}
		i := max(0, min(int(v[0]), len(cs.palette)-1))
		return cs.palette[i], true
	case cs.tint:
		if len(v) < 1 {
			return color.RGBA{}, false
		}
		ink := 0.0
		for _, x := range v {
			ink = max(ink, x)
		}
		return deviceColour([]float64{1 - ink}), true
	case len(v) >= cs.components && cs.components > 0:
		return deviceColour(v[:cs.components]), true
	}
	return color.RGBA{}, false
}

// colourSpace resolves a colour space named in cs/CS.
func (in *interpreter) colourSpace(name pdfread.Name, res pdfread.Dict) colourSpace {
	switch name {
	case "DeviceGray", "CalGray", "G":
		return colourSpace{components: 1}
	case "DeviceRGB", "CalRGB", "RGB":
		return colourSpace{components: 3}
	case "DeviceCMYK", "CMYK":
		return colourSpace{components: 4}
	case "Pattern":
		return colourSpace{components: 1}
	}
	return in.colourSpaceObject(in.resource(res, "ColorSpace", name), res)
}

// colourSpaceObject reads a colour space given as a name or an array,
// following at most pdfread.MaxNesting references between spaces (a
// space that refers to itself ends as RGB there).
func (in *interpreter) colourSpaceObject(o pdfread.Object, res pdfread.Dict) colourSpace {
	return in.colourSpaceAt(o, res, 0)
}

// colourSpaceAt reads a colour space depth references deep.
func (in *interpreter) colourSpaceAt(o pdfread.Object, res pdfread.Dict, depth int) colourSpace {
	if depth > 2*pdfread.MaxNesting { // a name and a base a level
		return colourSpace{components: 3}
	}
	v, _ := in.f.Resolve(o)
	switch x := v.(type) {
	case pdfread.Name:
		switch x {
		case "DeviceGray", "CalGray", "G", "DeviceRGB", "CalRGB", "RGB", "DeviceCMYK", "CMYK", "Pattern":
			return in.colourSpace(x, res)
		}
		return in.colourSpaceAt(in.resource(res, "ColorSpace", x), res, depth+1)
	case pdfread.Array:
		if len(x) == 0 {
			break
		}
		family, _ := x[0].(pdfread.Name)
		switch family {
		case "ICCBased":
			if len(x) > 1 {
				if s, ok := in.resolved(x[1]).(*pdfread.Stream); ok {
					if n, ok := pdfread.Number(s.Dict["N"]); ok && (n == 1 || n == 3 || n == 4) {
						return colourSpace{components: int(n)}
					}
				}
			}
		case "CalRGB", "Lab":
			return colourSpace{components: 3}
		case "CalGray":
			return colourSpace{components: 1}
		case "Indexed", "I":
			if len(x) < 4 {
				break
			}
			base := in.colourSpaceAt(x[1], res, depth+1)
			var table []byte
			switch t := in.resolved(x[3]).(type) {
			case pdfread.String:
				table = []byte(t)
			case *pdfread.Stream:
				table, _ = in.f.Decode(t)
			}
			n := max(base.components, 1)
			palette := make([]color.RGBA, 0, len(table)/n)
			for i := 0; i+n <= len(table); i += n {
				comp := make([]float64, n)
				for k := range n {
					comp[k] = float64(table[i+k]) / 255
				}
				c, _ := base.colour(comp)
				palette = append(palette, c)
			}
			return colourSpace{components: 1, indexed: true, palette: palette}
		case "Separation":
			return colourSpace{components: 1, tint: true}
		case "DeviceN":
			if len(x) > 1 {
				if names, ok := in.resolved(x[1]).(pdfread.Array); ok {
					return colourSpace{components: len(names), tint: true}
				}
			}
		}
	}
	return colourSpace{components: 3}
}

// resolved follows a reference, giving nil when it cannot.
func (in *interpreter) resolved(o pdfread.Object) pdfread.Object {
	v, err := in.f.Resolve(o)
	if err != nil {
		return nil
	}
	return v
}
