package output

import (
	"bytes"
	"crypto/md5"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// pdfFile is a PDF as fpdf writes it — a header, numbered objects without
// object streams, one xref table, a trailer — opened for a final pass:
// dictionaries can be edited, objects added, and the file written again
// with a new cross-reference table. It is not a general PDF parser.
type pdfFile struct {
	version string
	objects map[int]*pdfObject
	order   []int // object numbers in file order
	root    int
	info    int
	next    int // the highest object number in use, once known
}

// pdfObject is one indirect object: its dictionary (or other value) as
// text, and its stream data, if any, exactly as stored.
type pdfObject struct {
	num    int
	body   []byte // the value before "stream", e.g. "<</Type /Page …>>"
	stream []byte // nil for objects without a stream
}

var (
	xrefEntry = regexp.MustCompile(`(\d{10}) (\d{5}) ([nf])`)
	objHeader = regexp.MustCompile(`^(\d+) 0 obj\s*`)
	lengthKey = regexp.MustCompile(`/Length (\d+)`)
	rootKey   = regexp.MustCompile(`/Root (\d+) 0 R`)
	infoKey   = regexp.MustCompile(`/Info (\d+) 0 R`)
)

// openPDF reads fpdf's output through its cross-reference table.
func openPDF(data []byte) (*pdfFile, error) {
	sx := bytes.LastIndex(data, []byte("startxref"))
	if sx < 0 {
		return nil, fmt.Errorf("no startxref")
	}
	fields := strings.Fields(string(data[sx+len("startxref"):]))
	xrefAt := -1
	if len(fields) > 0 {
		xrefAt, _ = strconv.Atoi(fields[0])
	}
	if xrefAt <= 0 || xrefAt >= len(data) {
		return nil, fmt.Errorf("bad startxref")
	}
	trailerAt := bytes.Index(data[xrefAt:], []byte("trailer"))
	if trailerAt < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	table := data[xrefAt : xrefAt+trailerAt]
	trailer := data[xrefAt+trailerAt:]
	f := &pdfFile{objects: map[int]*pdfObject{}}
	if m := regexp.MustCompile(`^%PDF-(\d\.\d)`).FindSubmatch(data); m != nil {
		f.version = string(m[1])
	}
	if m := rootKey.FindSubmatch(trailer); m != nil {
		f.root, _ = strconv.Atoi(string(m[1]))
	}
	if m := infoKey.FindSubmatch(trailer); m != nil {
		f.info, _ = strconv.Atoi(string(m[1]))
	}
	type entry struct{ num, at int }
	var entries []entry
	for i, m := range xrefEntry.FindAllSubmatch(table, -1) {
		if string(m[3]) != "n" {
			continue
		}
		at, _ := strconv.Atoi(string(m[1]))
		entries = append(entries, entry{num: i, at: at})
	}
	for _, e := range entries {
		obj, err := readObject(data, e.at)
		if err != nil {
			return nil, fmt.Errorf("object %d: %w", e.num, err)
		}
		if obj.num != e.num {
			return nil, fmt.Errorf("xref entry %d points at object %d", e.num, obj.num)
		}
		f.objects[obj.num] = obj
		f.order = append(f.order, obj.num)
	}
	if f.objects[f.root] == nil || f.objects[f.info] == nil {
		return nil, fmt.Errorf("catalog or document information missing")
	}
	return f, nil
}

// readObject reads "N 0 obj … endobj" at offset at; a stream's length is
// taken from its dictionary's direct /Length.
func readObject(data []byte, at int) (*pdfObject, error) {
	rest := data[at:]
	m := objHeader.FindSubmatchIndex(rest)
	if m == nil {
		return nil, fmt.Errorf("no object header at offset %d", at)
	}
	num, _ := strconv.Atoi(string(rest[m[2]:m[3]]))
	rest = rest[m[1]:]
	obj := &pdfObject{num: num}
	valueEnd := len(rest)
	if bytes.HasPrefix(rest, []byte("<<")) {
		e, err := dictEnd(rest)
		if err != nil {
			return nil, err
		}
		valueEnd = e
		after := bytes.TrimLeft(rest[e:], " \r\n")
		if bytes.HasPrefix(after, []byte("stream")) {
			obj.body = rest[:e]
			lm := lengthKey.FindSubmatch(obj.body)
			if lm == nil {
				return nil, fmt.Errorf("stream without a direct /Length")
			}
			n, _ := strconv.Atoi(string(lm[1]))
			start := len(rest) - len(after) + len("stream")
			if start < len(rest) && rest[start] == '\r' {
				start++
			}
			if start < len(rest) && rest[start] == '\n' {
				start++
			}
			if start+n > len(rest) {
				return nil, fmt.Errorf("stream runs past the end of the file")
			}
			obj.stream = rest[start : start+n]
			return obj, nil
		}
	}
	end := bytes.Index(rest[min(valueEnd, len(rest)):], []byte("endobj"))
	if valueEnd == len(rest) {
		end = bytes.Index(rest, []byte("endobj"))
	} else if end >= 0 {
		end += valueEnd
	}
	if end < 0 {
		return nil, fmt.Errorf("no endobj")
	}
	obj.body = bytes.TrimRight(rest[:end], " \n\r")
	return obj, nil
}

// dictEnd returns the offset just past the dictionary that starts at
// b[0], counting nested << >> and skipping strings.
func dictEnd(b []byte) (int, error) {
	depth := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '(':
			level := 0
			for ; i < len(b); i++ {
				switch b[i] {
				case '\\':
					i++
				case '(':
					level++
				case ')':
					level--
				}
				if level == 0 {
					break
				}
			}
		case '<':
			if i+1 < len(b) && b[i+1] == '<' {
				depth++
				i++
			}
		case '>':
			if i+1 < len(b) && b[i+1] == '>' {
				depth--
				i++
				if depth == 0 {
					return i + 1, nil
				}
			}
		}
	}
	return 0, fmt.Errorf("unterminated dictionary")
}

// add appends a new object and returns its number.
func (f *pdfFile) add(body []byte, stream []byte) int {
	if f.next == 0 {
		for num := range f.objects {
			f.next = max(f.next, num)
		}
	}
	f.next++
	n := f.next
	f.objects[n] = &pdfObject{num: n, body: body, stream: stream}
	f.order = append(f.order, n)
	return n
}

// setKey puts "/Key value" into a dictionary body, replacing an earlier
// value of the key (a simple value, not a nested dictionary).
func setKey(body []byte, key, value string) []byte {
	re := keyPattern(key)
	if re.Match(body) {
		return re.ReplaceAllLiteral(body, []byte("/"+key+" "+value))
	}
	end := bytes.LastIndex(body, []byte(">>"))
	if end < 0 {
		return body
	}
	out := append([]byte(nil), body[:end]...)
	out = append(out, []byte("/"+key+" "+value+"\n")...)
	return append(out, body[end:]...)
}

// keyPatterns caches, by key, the expression setKey finds a key's value
// with: compiling it anew for every call cost more than the edits.
var keyPatterns sync.Map

func keyPattern(key string) *regexp.Regexp {
	if re, ok := keyPatterns.Load(key); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(`/` + key + `\s+(\([^)]*\)|<[^<>]*>|/[^\s/<>\[\]()]+|\[[^\]]*\]|[\d.+-]+ \d+ R|[\d.+-]+|true|false)`)
	keyPatterns.Store(key, re)
	return re
}

var reference = regexp.MustCompile(`(\d+) 0 R\b`)

var contentsValue = regexp.MustCompile(`/Contents\s*(\[[^\]]*\]|\d+ 0 R)`)

// contentRefs returns the object numbers of a page's content streams:
// /Contents is one stream or an array of streams, read as one.
func contentRefs(page []byte) []int {
	m := contentsValue.FindSubmatch(page)
	if m == nil {
		return nil
	}
	var refs []int
	for _, r := range reference.FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		refs = append(refs, n)
	}
	return refs
}

// renumber writes every dictionary with sorted keys and gives every
// object a canonical number: breadth first from the catalog and the
// document information, following references in the order they are
// written; unreachable objects are dropped. Two files that differ only in how their objects
// were numbered (fpdf numbers imported PDF objects in map order) come out
// identical.
func (f *pdfFile) renumber() {
	for _, n := range f.order {
		f.objects[n].body = canonical(f.objects[n].body)
	}
	newNum := map[int]int{}
	var order []int
	queue := []int{f.root, f.info}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if _, seen := newNum[n]; seen || f.objects[n] == nil {
			continue
		}
		newNum[n] = len(order) + 1
		order = append(order, n)
		for _, m := range reference.FindAllSubmatch(f.objects[n].body, -1) {
			ref, _ := strconv.Atoi(string(m[1]))
			if _, seen := newNum[ref]; !seen {
				queue = append(queue, ref)
			}
		}
	}
	// Objects nothing refers to are garbage (a duplicate import, say) and
	// are left out.
	objects := map[int]*pdfObject{}
	var newOrder []int
	for _, old := range order {
		o := f.objects[old]
		o.body = reference.ReplaceAllFunc(o.body, func(m []byte) []byte {
			ref, _ := strconv.Atoi(string(reference.FindSubmatch(m)[1]))
			if nn, ok := newNum[ref]; ok {
				return []byte(strconv.Itoa(nn) + " 0 R")
			}
			return m
		})
		o.num = newNum[old]
		objects[o.num] = o
		newOrder = append(newOrder, o.num)
	}
	f.objects, f.order = objects, newOrder
	f.root, f.info = newNum[f.root], newNum[f.info]
	f.next = len(newOrder)
}

// digest hashes the objects' content, for identifiers derived from it.
func (f *pdfFile) digest() [16]byte {
	h := md5.New()
	for _, n := range f.order {
		h.Write(f.objects[n].body)
		h.Write(f.objects[n].stream)
	}
	var sum [16]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// bytes writes the file: header, objects in order, a new xref table and a
// trailer with a file identifier derived from the content, so identical
// input gives identical files.
func (f *pdfFile) bytes() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", f.version)
	size := 0
	for _, n := range f.order {
		size = max(size, n+1)
	}
	offsets := make([]int, size)
	for _, n := range f.order {
		o := f.objects[n]
		offsets[n] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", n)
		b.Write(o.body)
		if o.stream != nil {
			b.WriteString("\nstream\n")
			b.Write(o.stream)
			b.WriteString("\nendstream")
		}
		b.WriteString("\nendobj\n")
	}
	id := md5.Sum(b.Bytes())
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", size)
	for n := 1; n < size; n++ {
		if f.objects[n] == nil {
			b.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", offsets[n])
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%X> <%X>] >>\nstartxref\n%d\n%%%%EOF\n",
		size, f.root, f.info, id, id, xref)
	return b.Bytes()
}
