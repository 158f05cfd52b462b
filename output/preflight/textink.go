package preflight

import (
	"strconv"

	"brochure/content/pdfread"
)

// The ink of text for the extents: each glyph's advance box, from the
// font's descent to its ascent, placed by the text and line matrices.

// fontWidths is what the extents need of a font: glyph advances (in
// thousandths of the text size), ascent and descent, and whether codes
// are two bytes (a Type0 font) or one.
type fontWidths struct {
	twoByte         bool
	widths          map[int]float64
	missing         float64 // the advance of a code with no width
	ascent, descent float64
	// blank are the codes the font's ToUnicode maps to a space: they
	// advance but draw nothing (the writer keeps word spaces in the text
	// for extraction).
	blank map[int]bool
}

// advance is the width of one code.
func (f *fontWidths) advance(code int) float64 {
	if w, ok := f.widths[code]; ok {
		return w
	}
	return f.missing
}

// fontOf reads (once) the widths of a font resource.
func (s *inkScan) fontOf(res pdfread.Dict, name pdfread.Name) *fontWidths {
	ref := s.w.f.Dict(res["Font"])[name]
	if f, ok := s.fonts[ref]; ok {
		return f
	}
	d := s.w.f.Dict(ref)
	f := &fontWidths{widths: map[int]float64{}}
	desc := d
	if d.Name("Subtype") == "Type0" {
		f.twoByte = true
		kids, _ := s.w.f.Resolve(d["DescendantFonts"])
		if arr, ok := kids.(pdfread.Array); ok && len(arr) > 0 {
			desc = s.w.f.Dict(arr[0])
		}
		f.missing = 1000
		if dw, err := s.w.f.Resolve(desc["DW"]); err == nil && dw != nil {
			f.missing = number(dw)
		}
		s.cidWidths(f, desc["W"])
	} else {
		first, _ := d["FirstChar"].(int64)
		ws, _ := s.w.f.Resolve(d["Widths"])
		arr, _ := ws.(pdfread.Array)
		for i, w := range arr {
			o, _ := s.w.f.Resolve(w)
			f.widths[int(first)+i] = number(o)
		}
	}
	f.blank = s.blankCodes(d["ToUnicode"])
	if !f.twoByte {
		f.blank[' '] = true
	}
	fd := s.w.f.Dict(desc["FontDescriptor"])
	f.ascent, f.descent = number(fd["Ascent"]), number(fd["Descent"])
	if f.ascent == 0 && f.descent == 0 {
		f.ascent, f.descent = 1000, -300 // no metrics: a generous em box
	}
	if len(s.fonts) < 256 {
		s.fonts[ref] = f
	}
	return f
}

// spaceMapping is a bfchar entry of a ToUnicode CMap that maps a code to a
// space character (space, no-break, narrow no-break, thin, word joiner).
var spaceMapping = lazyRegexp(`<([0-9A-Fa-f]{2,4})>\s*<(0020|00A0|00a0|202F|202f|2009|2060)>`)

// blankCodes reads which codes a ToUnicode CMap maps to a space.
func (s *inkScan) blankCodes(o pdfread.Object) map[int]bool {
	blank := map[int]bool{}
	v, _ := s.w.f.Resolve(o)
	st, ok := v.(*pdfread.Stream)
	if !ok {
		return blank
	}
	data, err := s.w.f.Decode(st)
	if err != nil {
		return blank
	}
	for _, m := range spaceMapping().FindAllSubmatch(data, 1<<12) {
		if code, err := strconv.ParseInt(string(m[1]), 16, 32); err == nil {
			blank[int(code)] = true
		}
	}
	return blank
}

// cidWidths reads a CIDFont's W array: "c [w1 w2 …]" gives widths from c
// on, "c1 c2 w" one width for a range.
func (s *inkScan) cidWidths(f *fontWidths, o pdfread.Object) {
	v, _ := s.w.f.Resolve(o)
	arr, _ := v.(pdfread.Array)
	for i := 0; i < len(arr); {
		c := int(number(arr[i]))
		if i+1 >= len(arr) {
			return
		}
		next, _ := s.w.f.Resolve(arr[i+1])
		if list, ok := next.(pdfread.Array); ok {
			for j, w := range list {
				if len(f.widths) < 1<<16 {
					f.widths[c+j] = number(w)
				}
			}
			i += 2
			continue
		}
		if i+2 >= len(arr) {
			return
		}
		last, w := int(number(next)), number(arr[i+2])
		for code := c; code <= last && code-c < 1<<16; code++ {
			f.widths[code] = w
		}
		i += 3
	}
}

// textOperation follows the text operators; others are ignored.
func (s *inkScan) textOperation(op pdfread.Operation, n []float64, res pdfread.Dict) {
	t := &s.text
	switch op.Op {
	case "BT":
		t.matrix, t.line = identity, identity
	case "Tf":
		if len(op.Operands) == 2 {
			name, _ := op.Operands[0].(pdfread.Name)
			t.font, t.size = s.fontOf(res, name), n[1]
		}
	case "Tc", "Tw", "Tz", "TL", "Ts":
		if len(n) == 1 {
			s.textParameter(op.Op, n[0])
		}
	case "Tm":
		if len(n) == 6 {
			t.matrix = matrix{n[0], n[1], n[2], n[3], n[4], n[5]}
			t.line = t.matrix
		}
	case "Td", "TD":
		if len(n) == 2 {
			if op.Op == "TD" {
				t.leading = -n[1]
			}
			s.nextLine(n[0], n[1])
		}
	case "T*":
		s.nextLine(0, -t.leading)
	case "Tj", "'", "\"":
		if op.Op != "Tj" {
			s.nextLine(0, -t.leading)
		}
		if len(op.Operands) > 0 {
			str, _ := op.Operands[len(op.Operands)-1].(pdfread.String)
			s.show(str)
		}
	case "TJ":
		if len(op.Operands) == 1 {
			arr, _ := op.Operands[0].(pdfread.Array)
			for _, part := range arr {
				if str, ok := part.(pdfread.String); ok {
					s.show(str)
				} else {
					s.move(-number(part) / 1000 * t.size * t.hscale())
				}
			}
		}
	}
}

// textParameter sets one parameter of the text state.
func (s *inkScan) textParameter(op pdfread.Operator, v float64) {
	t := &s.text
	switch op {
	case "Tc":
		t.charSp = v
	case "Tw":
		t.wordSp = v
	case "Tz":
		t.scale = v/100 - 1 // stored as the difference, so the zero value is 100 %
	case "TL":
		t.leading = v
	case "Ts":
		t.rise = v
	}
}

// hscale is the horizontal scaling as a factor.
func (t *textState) hscale() float64 { return t.scale + 1 }

// nextLine starts a new line offset from the current one's start.
func (s *inkScan) nextLine(tx, ty float64) {
	s.text.line = matrix{1, 0, 0, 1, tx, ty}.times(s.text.line)
	s.text.matrix = s.text.line
}

// move advances the text matrix by tx in text space.
func (s *inkScan) move(tx float64) {
	s.text.matrix = matrix{1, 0, 0, 1, tx, 0}.times(s.text.matrix)
}

// show paints a string's glyphs and advances past them.
func (s *inkScan) show(str pdfread.String) {
	t := &s.text
	if t.font == nil {
		return
	}
	step := 1
	if t.font.twoByte {
		step = 2
	}
	var e extent
	for i := 0; i+step <= len(str); i += step {
		code := int(str[i])
		if step == 2 {
			code = code<<8 | int(str[i+1])
		}
		tx := (t.font.advance(code)/1000*t.size + t.charSp) * t.hscale()
		if step == 1 && code == ' ' {
			tx += t.wordSp * t.hscale()
		}
		if !t.font.blank[code] {
			m := t.matrix.times(s.gs.ctm)
			e.rect(m, 0, t.rise+t.font.descent/1000*t.size, t.font.advance(code)/1000*t.size*t.hscale(), t.rise+t.font.ascent/1000*t.size)
		}
		s.move(tx)
	}
	s.paint(e)
}
