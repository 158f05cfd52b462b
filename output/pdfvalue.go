package output

import (
	"bytes"
	"fmt"
	"sort"
)

// A minimal reader and writer for PDF values (ISO 32000-1, 7.3), used to
// write every dictionary with its keys in sorted order, so that libraries
// which build dictionaries from Go maps (the PDF importer does) cannot
// make two builds differ.

// pdfValue is a parsed PDF value: a dictionary, an array, or an atom kept
// as its exact text (number, name, string, boolean, null, reference).
type pdfValue struct {
	dict  map[string]pdfValue // keys include the leading '/'
	array []pdfValue
	atom  []byte
	kind  byte // 'd' dictionary, 'a' array, 't' atom
}

// canonical rewrites a value's text with sorted dictionary keys; text that
// does not parse is returned unchanged.
func canonical(body []byte) []byte {
	v, end, err := parseValue(body, 0)
	if err != nil || len(bytes.TrimSpace(body[end:])) != 0 {
		return body
	}
	var b bytes.Buffer
	v.write(&b)
	return b.Bytes()
}

func skipSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\r', '\n', '\f', 0:
			i++
		case '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		default:
			return i
		}
	}
	return i
}

func parseValue(b []byte, i int) (pdfValue, int, error) {
	i = skipSpace(b, i)
	if i >= len(b) {
		return pdfValue{}, i, fmt.Errorf("unexpected end")
	}
	switch {
	case bytes.HasPrefix(b[i:], []byte("<<")):
		d := pdfValue{kind: 'd', dict: map[string]pdfValue{}}
		i += 2
		for {
			i = skipSpace(b, i)
			if bytes.HasPrefix(b[i:], []byte(">>")) {
				return d, i + 2, nil
			}
			if i >= len(b) || b[i] != '/' {
				return d, i, fmt.Errorf("dictionary key expected at %d", i)
			}
			key, next, err := parseValue(b, i)
			if err != nil {
				return d, next, err
			}
			val, after, err := parseValue(b, next)
			if err != nil {
				return d, after, err
			}
			d.dict[string(key.atom)] = val
			i = after
		}
	case b[i] == '[':
		a := pdfValue{kind: 'a'}
		i++
		for {
			i = skipSpace(b, i)
			if i < len(b) && b[i] == ']' {
				return a, i + 1, nil
			}
			if i >= len(b) {
				return a, i, fmt.Errorf("unterminated array")
			}
			v, next, err := parseValue(b, i)
			if err != nil {
				return a, next, err
			}
			a.array = append(a.array, v)
			i = next
		}
	case b[i] == '(':
		start, depth := i, 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '\\':
				i++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return pdfValue{kind: 't', atom: b[start : i+1]}, i + 1, nil
				}
			}
		}
		return pdfValue{}, i, fmt.Errorf("unterminated string")
	case b[i] == '<':
		end := bytes.IndexByte(b[i:], '>')
		if end < 0 {
			return pdfValue{}, i, fmt.Errorf("unterminated hex string")
		}
		return pdfValue{kind: 't', atom: b[i : i+end+1]}, i + end + 1, nil
	case b[i] == '/':
		start := i
		i++
		for i < len(b) && !isDelimiter(b[i]) {
			i++
		}
		return pdfValue{kind: 't', atom: b[start:i]}, i, nil
	}
	// A number (possibly the start of "N G R"), a keyword, true/false/null.
	start := i
	for i < len(b) && !isDelimiter(b[i]) {
		i++
	}
	if i == start {
		return pdfValue{}, i, fmt.Errorf("unexpected %q at %d", b[i], i)
	}
	if isInteger(b[start:i]) {
		j := skipSpace(b, i)
		k := j
		for k < len(b) && !isDelimiter(b[k]) {
			k++
		}
		if k > j && isInteger(b[j:k]) {
			r := skipSpace(b, k)
			if r < len(b) && b[r] == 'R' && (r+1 == len(b) || isDelimiter(b[r+1])) {
				return pdfValue{kind: 't', atom: []byte(fmt.Sprintf("%s %s R", b[start:i], b[j:k]))}, r + 1, nil
			}
		}
	}
	return pdfValue{kind: 't', atom: b[start:i]}, i, nil
}

func isInteger(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// write serialises the value, dictionary keys sorted.
func (v pdfValue) write(b *bytes.Buffer) {
	switch v.kind {
	case 'd':
		keys := make([]string, 0, len(v.dict))
		for k := range v.dict {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("<<")
		for _, k := range keys {
			b.WriteString(k)
			b.WriteByte(' ')
			v.dict[k].write(b)
			b.WriteByte(' ')
		}
		b.WriteString(">>")
	case 'a':
		b.WriteByte('[')
		for i, e := range v.array {
			if i > 0 {
				b.WriteByte(' ')
			}
			e.write(b)
		}
		b.WriteByte(']')
	default:
		b.Write(v.atom)
	}
}
