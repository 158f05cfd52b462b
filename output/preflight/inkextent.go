package preflight

import (
	"math"

	"brochure/content/pdfread"
)

// The ink extent of marked content: a small content-stream interpreter
// that follows the graphics state far enough to tell where each marked
// content sequence (by its MCID) puts ink on the page. It reads the file
// as written, independently of the layout the writer measured, so the
// Figure and Table bounding boxes can be checked against it.
//
// Paths count by their points once painted (control points included,
// which can only widen the box; a stroke by half its line width), images
// by their unit square, forms by their /BBox, and text by each glyph's
// advance from the font's descent to its ascent; all of it within the
// box of the clipping paths in force (W, W*).

// matrix is a PDF transformation [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// times is m × n: m applied first, then n.
func (m matrix) times(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// apply maps a point.
func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// extent is a rectangle in page space that grows by points; empty until
// the first.
type extent struct {
	x0, y0, x1, y1 float64
	inked          bool
}

func (e *extent) point(x, y float64) {
	if !e.inked {
		*e = extent{x, y, x, y, true}
		return
	}
	e.x0, e.y0, e.x1, e.y1 = math.Min(e.x0, x), math.Min(e.y0, y), math.Max(e.x1, x), math.Max(e.y1, y)
}

func (e *extent) merge(o extent) {
	if o.inked {
		e.point(o.x0, o.y0)
		e.point(o.x1, o.y1)
	}
}

// rect adds the rectangle (x0,y0)–(x1,y1) of a space mapped by m.
func (e *extent) rect(m matrix, x0, y0, x1, y1 float64) {
	for _, p := range [][2]float64{{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}} {
		e.point(m.apply(p[0], p[1]))
	}
}

// graphics is the part of the graphics state the extents need: clip
// is the box of the clipping paths in force (not inked: none).
type graphics struct {
	ctm       matrix
	lineWidth float64
	clip      extent
}

// within is e cut to the box c (not inked when they do not meet, or e
// itself when c is not inked).
func (e extent) within(c extent) extent {
	if !c.inked || !e.inked {
		return e
	}
	out := extent{math.Max(e.x0, c.x0), math.Max(e.y0, c.y0), math.Min(e.x1, c.x1), math.Min(e.y1, c.y1), true}
	out.inked = out.x0 <= out.x1 && out.y0 <= out.y1
	return out
}

// textState is the text state and matrices inside BT … ET.
type textState struct {
	font                 *fontWidths
	size, charSp, wordSp float64
	scale, leading, rise float64
	matrix, line         matrix
}

// inkScan interprets one page's content and gathers the ink of each MCID.
type inkScan struct {
	w     *writtenFile
	ink   map[int64]*extent
	fonts map[pdfread.Object]*fontWidths
	gs    graphics
	stack []graphics
	path  extent
	// clipping is set by W or W*: the path clips once it is ended.
	clipping bool
	text     textState
	mcids    []int64 // the open marked-content sequences' MCIDs (-1: none)
}

// pageInk returns the ink of every MCID of a page.
func pageInk(w *writtenFile, p pdfread.Page) (map[int64]*extent, error) {
	streams, err := w.f.ContentStreams(p)
	if err != nil {
		return nil, err
	}
	var data []byte
	for _, st := range streams {
		b, err := w.f.Decode(st)
		if err != nil {
			return nil, err
		}
		data = append(append(data, b...), '\n')
	}
	ops, err := pdfread.Operations(data)
	if err != nil {
		return nil, err
	}
	s := &inkScan{w: w, ink: map[int64]*extent{}, fonts: map[pdfread.Object]*fontWidths{}, gs: graphics{ctm: identity, lineWidth: 1}}
	for _, op := range ops {
		s.operation(op, p.Resources)
	}
	return s.ink, nil
}

// nums reads an operation's operands as numbers.
func nums(op pdfread.Operation) []float64 {
	v := make([]float64, 0, len(op.Operands))
	for _, o := range op.Operands {
		v = append(v, number(o))
	}
	return v
}

func number(o pdfread.Object) float64 {
	switch x := o.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return 0
}

// operation follows one operator.
func (s *inkScan) operation(op pdfread.Operation, res pdfread.Dict) {
	n := nums(op)
	switch op.Op {
	case "q":
		if len(s.stack) < 64 {
			s.stack = append(s.stack, s.gs)
		}
	case "Q":
		if len(s.stack) > 0 {
			s.gs, s.stack = s.stack[len(s.stack)-1], s.stack[:len(s.stack)-1]
		}
	case "cm":
		if len(n) == 6 {
			s.gs.ctm = matrix{n[0], n[1], n[2], n[3], n[4], n[5]}.times(s.gs.ctm)
		}
	case "w":
		if len(n) == 1 {
			s.gs.lineWidth = n[0]
		}
	case "BDC", "BMC":
		s.mcids = append(s.mcids, mcidOf(s.w, op))
	case "EMC":
		if len(s.mcids) > 0 {
			s.mcids = s.mcids[:len(s.mcids)-1]
		}
	case "Do":
		s.xobject(op, res)
	default:
		if !s.pathOperation(op.Op, n) {
			s.textOperation(op, n, res)
		}
	}
}

// mcidOf is the MCID a BDC opens, or -1.
func mcidOf(w *writtenFile, op pdfread.Operation) int64 {
	if op.Op != "BDC" || len(op.Operands) < 2 {
		return -1
	}
	if id, ok := w.f.Dict(op.Operands[1])["MCID"].(int64); ok {
		return id
	}
	return -1
}

// paint adds ink, within the clip, to the innermost marked content
// with an MCID.
func (s *inkScan) paint(e extent) {
	if e = e.within(s.gs.clip); !e.inked {
		return
	}
	for i := len(s.mcids) - 1; i >= 0; i-- {
		if id := s.mcids[i]; id >= 0 {
			if s.ink[id] == nil {
				s.ink[id] = &extent{}
			}
			s.ink[id].merge(e)
			return
		}
	}
}

// pathOperation builds and paints paths; false for other operators.
func (s *inkScan) pathOperation(op pdfread.Operator, n []float64) bool {
	m := s.gs.ctm
	switch op {
	case "m", "l", "c", "v", "y":
		for i := 0; i+1 < len(n); i += 2 {
			s.path.point(m.apply(n[i], n[i+1]))
		}
	case "re":
		if len(n) == 4 {
			s.path.rect(m, n[0], n[1], n[0]+n[2], n[1]+n[3])
		}
	case "h":
	case "W", "W*":
		s.clipping = true
	case "f", "F", "f*":
		s.paint(s.path)
		s.endPath()
	case "S", "s", "B", "B*", "b", "b*":
		p := s.path
		if p.inked {
			hw := s.gs.lineWidth / 2 * math.Hypot(m[0], m[1])
			p.x0, p.y0, p.x1, p.y1 = p.x0-hw, p.y0-hw, p.x1+hw, p.y1+hw
		}
		s.paint(p)
		s.endPath()
	case "n":
		s.endPath()
	default:
		return false
	}
	return true
}

// endPath ends the current path; one W or W* marked clips from now on
// (within the clip in force).
func (s *inkScan) endPath() {
	if s.clipping && s.path.inked {
		if s.gs.clip.inked {
			s.gs.clip = s.path.within(s.gs.clip)
			s.gs.clip.inked = true // clipped to nothing: an empty box, not none
		} else {
			s.gs.clip = s.path
		}
	}
	s.clipping = false
	s.path = extent{}
}

// xobject paints an image's unit square or a form's box.
func (s *inkScan) xobject(op pdfread.Operation, res pdfread.Dict) {
	if len(op.Operands) != 1 {
		return
	}
	name, _ := op.Operands[0].(pdfread.Name)
	o, _ := s.w.f.Resolve(s.w.f.Dict(res["XObject"])[name])
	st, ok := o.(*pdfread.Stream)
	if !ok {
		return
	}
	var e extent
	switch st.Dict.Name("Subtype") {
	case "Image":
		e.rect(s.gs.ctm, 0, 0, 1, 1)
	case "Form":
		b, ok := s.w.f.Box(st.Dict["BBox"])
		if !ok {
			return
		}
		m := identity
		if a, _ := s.w.f.Resolve(st.Dict["Matrix"]); a != nil {
			if arr, ok := a.(pdfread.Array); ok && len(arr) == 6 {
				m = matrix{number(arr[0]), number(arr[1]), number(arr[2]), number(arr[3]), number(arr[4]), number(arr[5])}
			}
		}
		e.rect(m.times(s.gs.ctm), b[0], b[1], b[2], b[3])
	}
	s.paint(e)
}
