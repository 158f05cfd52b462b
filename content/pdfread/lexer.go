package pdfread

import (
	"strconv"
)

// maxDepth bounds the nesting of arrays and dictionaries, so a file of
// ten thousand "[" cannot exhaust the stack.
const maxDepth = 64

// parser reads PDF values from a byte slice (ISO 32000-1, 7.2 and 7.3).
// Offsets are relative to base in the file, for error messages.
type parser struct {
	b    []byte
	pos  int
	base int64
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skip passes white space and comments.
func (p *parser) skip() {
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		if isWhite(c) {
			p.pos++
			continue
		}
		if c == '%' {
			for p.pos < len(p.b) && p.b[p.pos] != '\n' && p.b[p.pos] != '\r' {
				p.pos++
			}
			continue
		}
		return
	}
}

func (p *parser) errorf(format string, args ...any) error {
	return damaged(p.base+int64(p.pos), format, args...)
}

// keyword reads a bare token (operator, keyword or number text).
func (p *parser) keyword() []byte {
	start := p.pos
	for p.pos < len(p.b) && !isWhite(p.b[p.pos]) && !isDelim(p.b[p.pos]) {
		p.pos++
	}
	return p.b[start:p.pos]
}

// value reads one value. References "n g R" are recognised by looking
// ahead after an integer.
func (p *parser) value(depth int) (Object, error) {
	if depth > maxDepth {
		return nil, p.errorf("values nested more than %d deep", maxDepth)
	}
	p.skip()
	if p.pos >= len(p.b) {
		return nil, p.errorf("unexpected end of data")
	}
	switch c := p.b[p.pos]; c {
	case '/':
		return p.name()
	case '(':
		return p.literal()
	case '<':
		if p.pos+1 < len(p.b) && p.b[p.pos+1] == '<' {
			return p.dict(depth)
		}
		return p.hex()
	case '[':
		p.pos++
		var a Array
		for {
			p.skip()
			if p.pos >= len(p.b) {
				return nil, p.errorf("unterminated array")
			}
			if p.b[p.pos] == ']' {
				p.pos++
				return a, nil
			}
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case ']', '>', ')', '{', '}':
		return nil, p.errorf("unexpected %q", c)
	}
	start := p.pos
	word := p.keyword()
	if len(word) == 0 {
		p.pos++
		return nil, damaged(p.base+int64(start), "unexpected byte %q", p.b[start])
	}
	switch string(word) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if n, err := strconv.ParseInt(string(word), 10, 64); err == nil {
		// "n g R"?
		save := p.pos
		p.skip()
		g := p.keyword()
		if gen, err := strconv.Atoi(string(g)); err == nil && len(g) > 0 && gen >= 0 {
			p.skip()
			if p.pos < len(p.b) && p.b[p.pos] == 'R' && (p.pos+1 == len(p.b) || isWhite(p.b[p.pos+1]) || isDelim(p.b[p.pos+1])) {
				p.pos++
				if n < 0 || n > 1<<24 {
					return nil, damaged(p.base+int64(start), "object number %d out of range", n)
				}
				return Ref{Num: int(n), Gen: gen}, nil
			}
		}
		p.pos = save
		return n, nil
	}
	if f, err := strconv.ParseFloat(string(word), 64); err == nil && isNumeric(word) {
		return f, nil
	}
	return nil, damaged(p.base+int64(start), "unknown token %q", truncate(word))
}

// operand reads a content-stream operand or operator: like value, but a
// bare word that is not a number or keyword comes back as an Operator.
func (p *parser) operand() (Object, error) {
	p.skip()
	if p.pos >= len(p.b) {
		return nil, nil
	}
	c := p.b[p.pos]
	if c == '/' || c == '(' || c == '<' || c == '[' {
		return p.value(0)
	}
	start := p.pos
	word := p.keyword()
	if len(word) == 0 {
		p.pos++
		return nil, damaged(p.base+int64(start), "unexpected byte %q in content", c)
	}
	switch string(word) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if isNumeric(word) {
		if n, err := strconv.ParseInt(string(word), 10, 64); err == nil {
			return n, nil
		}
		if f, err := strconv.ParseFloat(string(word), 64); err == nil {
			return f, nil
		}
		// Malformed numbers such as "--1" or "1.2.3" count as 0, as
		// viewers read them.
		return int64(0), nil
	}
	return Operator(word), nil
}

func isNumeric(w []byte) bool {
	for _, c := range w {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+') {
			return false
		}
	}
	return len(w) > 0
}

func truncate(b []byte) string {
	if len(b) > 20 {
		return string(b[:20]) + "…"
	}
	return string(b)
}

func (p *parser) name() (Object, error) {
	p.pos++ // '/'
	raw := p.keyword()
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			if v, ok := unhex(raw[i+1], raw[i+2]); ok {
				out = append(out, v)
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return Name(out), nil
}

func unhexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unhex(a, b byte) (byte, bool) {
	x, ok1 := unhexDigit(a)
	y, ok2 := unhexDigit(b)
	return x<<4 | y, ok1 && ok2
}

func (p *parser) hex() (Object, error) {
	p.pos++ // '<'
	var out []byte
	var hi byte
	half := false
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		p.pos++
		if c == '>' {
			if half {
				out = append(out, hi<<4)
			}
			return String(out), nil
		}
		if isWhite(c) {
			continue
		}
		v, ok := unhexDigit(c)
		if !ok {
			return nil, p.errorf("bad hexadecimal string")
		}
		if half {
			out = append(out, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	return nil, p.errorf("unterminated hexadecimal string")
}

func (p *parser) literal() (Object, error) {
	p.pos++ // '('
	var out []byte
	depth := 1
	for p.pos < len(p.b) {
		c := p.b[p.pos]
		p.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return String(out), nil
			}
		case '\\':
			if p.pos >= len(p.b) {
				return nil, p.errorf("unterminated string")
			}
			e := p.b[p.pos]
			p.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if p.pos < len(p.b) && p.b[p.pos] == '\n' {
					p.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && p.pos < len(p.b) && p.b[p.pos] >= '0' && p.b[p.pos] <= '7'; k++ {
						v = v*8 + int(p.b[p.pos]-'0')
						p.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return nil, p.errorf("unterminated string")
}

func (p *parser) dict(depth int) (Object, error) {
	p.pos += 2 // "<<"
	d := Dict{}
	for {
		p.skip()
		if p.pos+1 < len(p.b) && p.b[p.pos] == '>' && p.b[p.pos+1] == '>' {
			p.pos += 2
			return d, nil
		}
		if p.pos >= len(p.b) {
			return nil, p.errorf("unterminated dictionary")
		}
		if p.b[p.pos] != '/' {
			return nil, p.errorf("dictionary key expected")
		}
		k, _ := p.name()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		if v != nil { // a null value is the same as no entry
			d[k.(Name)] = v
		}
	}
}
