package pdfread

import (
	"fmt"
	"math"
)

// The bounds of artwork (a logo's page) that every user of it shares: the
// check when a logo is loaded, the copy into the brochure's PDF and the
// interpreter that draws it as a page image. A logo within them is drawn
// whole by each; one beyond them is refused when it is loaded, so every
// output gives the same verdict.
const (
	// MaxOperations is the number of operators a page's drawing may
	// execute, each form counted every time it is drawn.
	MaxOperations = 200_000
	// MaxSegments is the number of path segments it may build (a
	// rectangle counts five: four sides and the closing).
	MaxSegments = 200_000
	// MaxNesting is how deep forms may draw forms, and colour spaces and
	// functions refer to others.
	MaxNesting = 12
	// MaxNumber is the largest magnitude of a number (PDF's integer
	// range, ISO 32000-1 annex C); a larger number in a logo is damage.
	MaxNumber = math.MaxInt32
)

// ErrTooComplex: the artwork exceeds MaxOperations or MaxSegments.
var ErrTooComplex = errorKind("the drawing is too complex")

// InRange reports whether x is a number PDF can hold: finite and within
// ±MaxNumber.
func InRange(x float64) bool { return x >= -MaxNumber && x <= MaxNumber }

// artworkCheck walks a page's drawing: the operators it executes, the
// resources they use and every object reachable from them.
type artworkCheck struct {
	f          *File
	ops, segs  int
	formCost   map[int][2]int // a form's own operators and segments, forms it draws included
	drawing    map[int]bool   // forms being costed (a cycle, if met again)
	seen       map[int]bool   // objects whose numbers are checked
	spaceCheck map[int]bool   // colour-space and function objects checked
}

// CheckArtwork checks everything drawing page p touches, so that what is
// accepted can be copied and drawn whole: its content streams and those of
// the forms and patterns it uses decode and parse; forms do not draw
// themselves and nest at most MaxNesting deep; colour spaces and
// functions do not refer to themselves and nest at most MaxNesting deep;
// the drawing stays within MaxOperations and MaxSegments; and every
// number reachable from the page is InRange.
func (f *File) CheckArtwork(p Page) error {
	c := &artworkCheck{f: f, formCost: map[int][2]int{}, drawing: map[int]bool{}, seen: map[int]bool{},
		spaceCheck: map[int]bool{}}
	streams, err := f.ContentStreams(p)
	if err != nil {
		return err
	}
	var data []byte
	for _, s := range streams {
		d, err := f.Decode(s)
		if err != nil {
			return err
		}
		data = append(append(data, d...), '\n')
	}
	ops, segs, err := c.cost(data, p.Resources, 0)
	if err != nil {
		return err
	}
	if err := c.budget(ops, segs); err != nil {
		return err
	}
	if err := c.numbers(p.Resources, 0); err != nil {
		return err
	}
	if err := c.resources(p.Resources, 0); err != nil {
		return err
	}
	if f.cutStreams > 0 {
		return damaged(-1, "%d compressed streams end early; the file is damaged or cut short", f.cutStreams)
	}
	return nil
}

// budget refuses a drawing of more operators or segments than allowed.
func (c *artworkCheck) budget(ops, segs int) error {
	switch {
	case ops > MaxOperations:
		return &Error{Kind: ErrTooComplex, Offset: -1, Detail: fmt.Sprintf("more than %d operators are drawn (each form counted every time it is drawn)", MaxOperations)}
	case segs > MaxSegments:
		return &Error{Kind: ErrTooComplex, Offset: -1, Detail: fmt.Sprintf("more than %d path segments are drawn", MaxSegments)}
	}
	return nil
}

// segmentsOf is how many path segments an operator adds.
var segmentsOf = map[Operator]int{"m": 1, "l": 1, "c": 1, "v": 1, "y": 1, "h": 1, "re": 5}

// weightOf is how many operators an operator that works over a whole area
// counts: a clip (a coverage mask) and a shading (every pixel it covers).
var weightOf = map[Operator]int{"W": 100, "W*": 100, "sh": 1000}

// cost parses a content stream and returns the operators and segments
// drawing it executes, the forms it draws included.
func (c *artworkCheck) cost(data []byte, res Dict, depth int) (ops, segs int, err error) {
	list, err := Operations(data)
	if err != nil {
		return 0, 0, err
	}
	for _, op := range list {
		ops += max(1, weightOf[op.Op])
		segs += segmentsOf[op.Op]
		for _, o := range op.Operands {
			if err := c.numbers(o, depth); err != nil {
				return 0, 0, err
			}
		}
		if op.Op == "Do" && len(op.Operands) > 0 {
			name, _ := op.Operands[len(op.Operands)-1].(Name)
			o, s := 0, 0
			if o, s, err = c.form(res, name, depth); err != nil {
				return 0, 0, err
			}
			ops, segs = ops+o, segs+s
		}
		if err := c.budget(ops, segs); err != nil {
			return 0, 0, err
		}
	}
	return ops, segs, nil
}

// form is the cost of drawing the form XObject res names, once.
func (c *artworkCheck) form(res Dict, name Name, depth int) (ops, segs int, err error) {
	ref, isRef := c.f.Dict(res["XObject"])[name].(Ref)
	if !isRef {
		return 0, 0, nil // forms are streams, always indirect
	}
	if cost, ok := c.formCost[ref.Num]; ok {
		return cost[0], cost[1], nil
	}
	if c.drawing[ref.Num] {
		return 0, 0, damaged(-1, "the form %s draws itself (object %d)", name, ref.Num)
	}
	o, err := c.f.Object(ref.Num)
	if err != nil {
		return 0, 0, err
	}
	s, ok := o.(*Stream)
	if !ok || s.Dict.Name("Subtype") != "Form" {
		return 0, 0, nil
	}
	if depth >= MaxNesting {
		return 0, 0, damaged(-1, "forms are nested more than %d deep", MaxNesting)
	}
	data, err := c.f.Decode(s)
	if err != nil {
		return 0, 0, err
	}
	formRes := c.f.Dict(s.Dict["Resources"])
	own := formRes != nil
	if !own {
		formRes = res // the resources of where it is drawn, checked there
	}
	c.drawing[ref.Num] = true
	defer delete(c.drawing, ref.Num)
	ops, segs, err = c.cost(data, formRes, depth+1)
	if err != nil {
		return 0, 0, err
	}
	if own {
		if err := c.resources(formRes, depth+1); err != nil {
			return 0, 0, err
		}
	}
	c.formCost[ref.Num] = [2]int{ops, segs}
	return ops, segs, nil
}

// numbers checks every number in o and the objects it refers to.
func (c *artworkCheck) numbers(o Object, depth int) error {
	if depth > 64 {
		return damaged(-1, "objects are nested more than 64 deep")
	}
	switch v := o.(type) {
	case int64:
		if !InRange(float64(v)) {
			return damaged(-1, "the number %d is out of PDF's range", v)
		}
	case float64:
		if !InRange(v) {
			return damaged(-1, "the number %g is out of PDF's range", v)
		}
	case Array:
		for _, e := range v {
			if err := c.numbers(e, depth+1); err != nil {
				return err
			}
		}
	case Dict:
		for _, k := range v.Keys() {
			if k == "Parent" || k == "P" {
				continue // up to the page tree or a page, not drawn
			}
			if err := c.numbers(v[k], depth+1); err != nil {
				return err
			}
		}
	case *Stream:
		return c.numbers(v.Dict, depth+1)
	case Ref:
		if c.seen[v.Num] {
			return nil
		}
		c.seen[v.Num] = true
		obj, err := c.f.Object(v.Num)
		if err != nil {
			return err
		}
		return c.numbers(obj, depth+1)
	}
	return nil
}

// resources checks the colour spaces, shadings, patterns and images a
// resource dictionary names: no colour space or function refers to
// itself, and the content of patterns parses.
func (c *artworkCheck) resources(res Dict, depth int) error {
	for _, k := range c.f.Dict(res["ColorSpace"]).Keys() {
		if err := c.colourSpace(Name(k), res, 0, nil); err != nil {
			return err
		}
	}
	for _, category := range []Name{"Shading", "Pattern", "XObject"} {
		entries := c.f.Dict(res[category])
		for _, k := range entries.Keys() {
			var d Dict
			switch v := c.f.resolveQuiet(entries[k]).(type) {
			case Dict:
				d = v
			case *Stream:
				d = v.Dict
				if err := c.drawn(category, k, entries[k], v, res, depth); err != nil {
					return err
				}
			}
			if sh := c.f.Dict(d["Shading"]); sh != nil {
				d = sh // a shading pattern's shading
			}
			if err := c.colourSpaceObject(d["ColorSpace"], res, 0, nil); err != nil {
				return err
			}
			if err := c.function(d["Function"], 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// drawn checks the content of a form or tiling pattern a resource
// dictionary names, whether the page draws it or not.
func (c *artworkCheck) drawn(category, name Name, o Object, s *Stream, res Dict, depth int) error {
	switch {
	case category == "XObject" && s.Dict.Name("Subtype") == "Form":
		_, _, err := c.form(res, name, depth)
		return err
	case category == "Pattern":
		return c.pattern(o, s, res, depth)
	}
	return nil
}

// pattern parses a tiling pattern's content and checks its resources.
func (c *artworkCheck) pattern(o Object, s *Stream, res Dict, depth int) error {
	ref, isRef := o.(Ref)
	if isRef {
		if c.drawing[ref.Num] {
			return damaged(-1, "the pattern (object %d) draws itself", ref.Num)
		}
		if _, done := c.formCost[ref.Num]; done {
			return nil
		}
		c.drawing[ref.Num] = true
		defer delete(c.drawing, ref.Num)
	}
	if depth >= MaxNesting {
		return damaged(-1, "patterns are nested more than %d deep", MaxNesting)
	}
	data, err := c.f.Decode(s)
	if err != nil {
		return err
	}
	patRes := c.f.Dict(s.Dict["Resources"])
	own := patRes != nil
	if !own {
		patRes = res
	}
	ops, segs, err := c.cost(data, patRes, depth+1)
	if err != nil {
		return err
	}
	if isRef {
		c.formCost[ref.Num] = [2]int{ops, segs}
	}
	if !own {
		return nil
	}
	return c.resources(patRes, depth+1)
}

// colourSpace checks the colour space res names (names are looked up in
// res's /ColorSpace; names lists those on the way, a loop if met again).
func (c *artworkCheck) colourSpace(name Name, res Dict, depth int, names []Name) error {
	switch name {
	case "DeviceGray", "DeviceRGB", "DeviceCMYK", "Pattern", "G", "RGB", "CMYK", "CalGray", "CalRGB":
		return nil
	}
	for _, n := range names {
		if n == name {
			return damaged(-1, "the colour space %s refers to itself", name)
		}
	}
	entry, ok := c.f.Dict(res["ColorSpace"])[name]
	if !ok {
		return nil
	}
	return c.colourSpaceObject(entry, res, depth, append(names, name))
}

// colourSpaceObject checks a colour space given as a name or an array:
// the bases of Indexed and Pattern spaces and the alternates of
// Separation and DeviceN, and their tint transforms.
func (c *artworkCheck) colourSpaceObject(o Object, res Dict, depth int, names []Name) error {
	if depth > MaxNesting {
		return damaged(-1, "colour spaces are nested more than %d deep", MaxNesting)
	}
	leave, err := c.enter(o, "colour space")
	if err != nil {
		return err
	}
	defer leave()
	switch v := c.f.resolveQuiet(o).(type) {
	case Name:
		return c.colourSpace(v, res, depth, names) // a loop of names ends at the names seen
	case Array:
		if len(v) < 2 {
			return nil
		}
		family, _ := v[0].(Name)
		base := -1
		switch family {
		case "Indexed", "I", "Pattern":
			base = 1
		case "Separation", "DeviceN":
			base = 2
			if len(v) > 3 {
				if err := c.function(v[3], depth+1); err != nil {
					return err
				}
			}
		}
		if base > 0 && base < len(v) {
			return c.colourSpaceObject(v[base], res, depth+1, names)
		}
	}
	return nil
}

// enter marks the object o (a colour space or function, named what) as
// being checked, and refuses it if it already is: it refers to itself.
// leave ends the mark; an object given directly, not by reference, needs
// none.
func (c *artworkCheck) enter(o Object, what string) (leave func(), err error) {
	ref, ok := o.(Ref)
	if !ok {
		return func() {}, nil
	}
	if c.spaceCheck[ref.Num] {
		return nil, damaged(-1, "the %s (object %d) refers to itself", what, ref.Num)
	}
	c.spaceCheck[ref.Num] = true
	return func() { delete(c.spaceCheck, ref.Num) }, nil
}

// function checks that a function does not refer to itself and nests at
// most MaxNesting deep (a stitching function's parts).
func (c *artworkCheck) function(o Object, depth int) error {
	if depth > MaxNesting {
		return damaged(-1, "functions are nested more than %d deep", MaxNesting)
	}
	leave, err := c.enter(o, "function")
	if err != nil {
		return err
	}
	defer leave()
	var d Dict
	switch v := c.f.resolveQuiet(o).(type) {
	case Dict:
		d = v
	case *Stream:
		d = v.Dict
	case Array: // one function per component
		for _, e := range v {
			if err := c.function(e, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	parts, _ := c.f.resolveQuiet(d["Functions"]).(Array)
	for _, e := range parts {
		if err := c.function(e, depth+1); err != nil {
			return err
		}
	}
	return nil
}
