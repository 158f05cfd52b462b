package pdftest

import (
	"bytes"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// MuPDF's structured text (mutool draw -F stext) is read by a scanner
// made for it rather than by encoding/xml with fmt.Sscan per glyph: the
// corpora read some hundred thousand glyphs, and the general decoder spent
// more processor time on them than MuPDF took to write them. The scanner
// keeps what the nesting page > block > line > font > char says and
// nothing else, as a decoder given that struct path would.

// Stext is a document as MuPDF's structured text gives it.
type Stext struct{ Pages []StextPage }

// StextPage is a page: its size in points and its text blocks.
type StextPage struct {
	Width, Height float64
	Blocks        []StextBlock
}

// StextBlock is a block of text lines.
type StextBlock struct{ Lines []StextLine }

// StextLine is a line: its box (x0 y0 x1 y1, points from the top left)
// and its runs of one font.
type StextLine struct {
	BBox  [4]float64
	Fonts []StextFont
}

// StextFont is a run of characters in one font at one size.
type StextFont struct {
	Name  string
	Size  float64
	Chars []StextChar
}

// StextChar is a character and its quadrilateral (four corners: upper
// left, upper right, lower left, lower right).
type StextChar struct {
	Quad [8]float64
	C    string
}

// stextParent is the element each kept element must be the child of.
var stextParent = map[string]string{"page": "document", "block": "page", "line": "block", "font": "line", "char": "font"}

// ParseStext reads mutool's structured text (XML).
func ParseStext(data []byte) (*Stext, error) {
	doc := &Stext{}
	var stack []string
	for i := 0; ; {
		lt := bytes.IndexByte(data[i:], '<')
		if lt < 0 {
			break
		}
		start := i + lt
		gt := tagEnd(data[start:])
		if gt < 0 {
			return nil, fmt.Errorf("stext: a tag at byte %d is not closed", start)
		}
		tag := data[start+1 : start+gt]
		i = start + gt + 1
		switch {
		case len(tag) > 0 && (tag[0] == '?' || tag[0] == '!'):
			continue
		case len(tag) > 0 && tag[0] == '/':
			name := string(bytes.TrimSpace(tag[1:]))
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return nil, fmt.Errorf("stext: </%s> at byte %d closes no open element", name, start)
			}
			stack = stack[:len(stack)-1]
			continue
		}
		selfClosing := bytes.HasSuffix(tag, []byte("/"))
		if selfClosing {
			tag = tag[:len(tag)-1]
		}
		name, attrs := splitTag(tag)
		parent := ""
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		if want, ok := stextParent[name]; ok && want == parent && allKept(stack) {
			if err := doc.add(name, attrs); err != nil {
				return nil, fmt.Errorf("stext: <%s> at byte %d: %v", name, start, err)
			}
		}
		if !selfClosing {
			stack = append(stack, name)
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("stext: <%s> is not closed", stack[len(stack)-1])
	}
	return doc, nil
}

// tagEnd is the offset of the '>' that ends the tag data starts with,
// past any quoted attribute value; -1 if there is none.
func tagEnd(data []byte) int {
	var quote byte
	for k, c := range data {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return k
		}
	}
	return -1
}

// allKept reports whether every open element is one of the kept path
// (document, page, block, line, font), so that an element nested in an
// unknown one is skipped, as a decoder following the path would.
func allKept(stack []string) bool {
	for k, name := range stack {
		if k == 0 && name != "document" {
			return false
		}
		if k > 0 && stextParent[name] != stack[k-1] {
			return false
		}
	}
	return len(stack) > 0
}

// splitTag splits a start tag's inside into its name and attributes.
func splitTag(tag []byte) (string, []byte) {
	end := bytes.IndexAny(tag, " \t\r\n")
	if end < 0 {
		return string(tag), nil
	}
	return string(tag[:end]), tag[end:]
}

// attr is the unescaped value of the attribute key, and whether it is
// there.
func attr(attrs []byte, key string) (string, bool) {
	for rest := attrs; ; {
		rest = bytes.TrimLeft(rest, " \t\r\n")
		eq := bytes.IndexByte(rest, '=')
		if eq < 0 || eq+1 >= len(rest) {
			return "", false
		}
		name := string(bytes.TrimSpace(rest[:eq]))
		quote := rest[eq+1]
		end := bytes.IndexByte(rest[eq+2:], quote)
		if (quote != '"' && quote != '\'') || end < 0 {
			return "", false
		}
		value := rest[eq+2 : eq+2+end]
		if name == key {
			if bytes.IndexByte(value, '&') >= 0 {
				return html.UnescapeString(string(value)), true
			}
			return string(value), true
		}
		rest = rest[eq+2+end+1:]
	}
}

// floats parses the attribute key as n numbers separated by spaces; a
// missing attribute is zeros.
func floats(attrs []byte, key string, out []float64) error {
	v, ok := attr(attrs, key)
	if !ok {
		return nil
	}
	k := 0
	for f := range strings.FieldsSeq(v) {
		if k == len(out) {
			break
		}
		x, err := parseNumber(f)
		if err != nil {
			return fmt.Errorf("%s=%q: %v", key, v, err)
		}
		out[k] = x
		k++
	}
	return nil
}

// parseNumber is strconv.ParseFloat(s, 64), quicker for the numbers
// MuPDF writes (a quad's eight for every glyph): an optional minus and at
// most 15 digits around an optional point are an integer below 2⁵³ over
// a power of ten up to 10¹⁵, both exact in a float64, and their quotient,
// rounded once by the division, is the correctly rounded value ParseFloat
// returns (its own exact fast path). Anything else is ParseFloat's.
func parseNumber(s string) (float64, error) {
	i, neg := 0, false
	if s != "" && s[0] == '-' {
		i, neg = 1, true
	}
	var m uint64
	digits, frac, point := 0, 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if point {
				frac++
			}
		case c == '.' && !point:
			point = true
		default:
			return strconv.ParseFloat(s, 64)
		}
	}
	if digits == 0 || digits > 15 {
		return strconv.ParseFloat(s, 64)
	}
	x := float64(m) / exactPowersOfTen[frac]
	if neg {
		x = -x
	}
	return x, nil
}

// exactPowersOfTen are 10⁰ … 10¹⁵, each exact in a float64.
var exactPowersOfTen = [16]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// add appends an element to the innermost open one of its parent's kind.
func (d *Stext) add(name string, attrs []byte) error {
	switch name {
	case "page":
		var wh [1]float64
		p := StextPage{}
		if err := floats(attrs, "width", wh[:]); err != nil {
			return err
		}
		p.Width = wh[0]
		if err := floats(attrs, "height", wh[:]); err != nil {
			return err
		}
		p.Height = wh[0]
		d.Pages = append(d.Pages, p)
	case "block":
		p := &d.Pages[len(d.Pages)-1]
		p.Blocks = append(p.Blocks, StextBlock{})
	case "line":
		b := d.lastBlock()
		l := StextLine{}
		if err := floats(attrs, "bbox", l.BBox[:]); err != nil {
			return err
		}
		b.Lines = append(b.Lines, l)
	case "font":
		l := &d.lastBlock().Lines[len(d.lastBlock().Lines)-1]
		f := StextFont{}
		f.Name, _ = attr(attrs, "name")
		var size [1]float64
		if err := floats(attrs, "size", size[:]); err != nil {
			return err
		}
		f.Size = size[0]
		l.Fonts = append(l.Fonts, f)
	case "char":
		lines := d.lastBlock().Lines
		fonts := lines[len(lines)-1].Fonts
		f := &fonts[len(fonts)-1]
		c := StextChar{}
		c.C, _ = attr(attrs, "c")
		if err := floats(attrs, "quad", c.Quad[:]); err != nil {
			return err
		}
		f.Chars = append(f.Chars, c)
	}
	return nil
}

// lastBlock is the last page's last block.
func (d *Stext) lastBlock() *StextBlock {
	p := &d.Pages[len(d.Pages)-1]
	return &p.Blocks[len(p.Blocks)-1]
}
