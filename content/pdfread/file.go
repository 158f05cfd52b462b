package pdfread

import (
	"bytes"
	"sort"
	"strconv"
)

// Limits bound what reading one file may cost.
type Limits struct {
	// Decompressed is the total number of bytes all decoded streams of
	// the file may produce together.
	Decompressed int64
	// Objects is the largest object number accepted.
	Objects int
}

// DefaultLimits suit a logo: 32 MB of decoded data (a logo's drawing
// is rarely more than a few hundred KB), a million objects.
var DefaultLimits = Limits{Decompressed: 32 << 20, Objects: 1 << 20}

// File is an opened PDF file. It is not safe for concurrent use.
type File struct {
	data    []byte
	Version string // from the header, e.g. "1.7"
	Trailer Dict
	xref    map[int]xrefEntry
	cache   map[int]Object
	loading map[int]bool
	limits  Limits
	decoded int64 // bytes decoded so far, against limits.Decompressed
	// cutStreams counts the compressed streams whose data ended early
	// (decoded as far as it goes).
	cutStreams int
}

// xrefEntry says where an object lives: at a byte offset, or as the
// index-th object of an object stream.
type xrefEntry struct {
	offset   int64
	inStream int // object number of the containing object stream; 0 if none
	index    int
}

// Open reads the file's structure: header, cross-reference sections
// (following /Prev through incremental updates) and trailer. When they
// cannot be read, the objects are found by scanning the file, as viewers
// do. Encrypted files are refused.
func Open(data []byte, limits Limits) (*File, error) {
	if limits.Decompressed <= 0 {
		limits.Decompressed = DefaultLimits.Decompressed
	}
	if limits.Objects <= 0 {
		limits.Objects = DefaultLimits.Objects
	}
	f := &File{data: data, xref: map[int]xrefEntry{}, cache: map[int]Object{}, loading: map[int]bool{}, limits: limits}
	head := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if head < 0 {
		return nil, damaged(0, "no %%PDF header")
	}
	if len(data) >= head+8 {
		f.Version = string(data[head+5 : head+8])
	}
	if err := f.readXref(); err != nil {
		// Repair: rebuild the table from the objects themselves.
		if rerr := f.scanObjects(); rerr != nil {
			return nil, err
		}
	}
	if _, ok := f.Trailer["Encrypt"]; ok {
		return nil, &Error{Kind: ErrEncrypted, Offset: -1, Detail: "its content cannot be copied; export it without a password or security settings"}
	}
	if _, ok := f.Trailer["Root"].(Ref); !ok {
		return nil, damaged(-1, "the trailer names no catalog")
	}
	return f, nil
}

// readXref follows startxref and the /Prev chain.
func (f *File) readXref() error {
	tail := f.data[max(0, len(f.data)-2048):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return damaged(int64(len(f.data)), "no startxref")
	}
	p := &parser{b: tail, pos: i + len("startxref"), base: int64(len(f.data) - len(tail))}
	p.skip()
	off, err := strconv.ParseInt(string(p.keyword()), 10, 64)
	if err != nil {
		return p.errorf("startxref has no offset")
	}
	seen := map[int64]bool{}
	first := true
	for off != 0 {
		if seen[off] || len(seen) > 1000 {
			return damaged(off, "cross-reference sections form a loop")
		}
		seen[off] = true
		if off < 0 || off >= int64(len(f.data)) {
			return damaged(off, "cross-reference offset outside the file")
		}
		trailer, err := f.readSection(off)
		if err != nil {
			return err
		}
		if first {
			f.Trailer = trailer
			first = false
		}
		// A hybrid file's /XRefStm holds objects the table does not.
		if stm, ok := trailer["XRefStm"].(int64); ok && !seen[stm] {
			seen[stm] = true
			if _, err := f.readSection(stm); err != nil {
				return err
			}
		}
		prev, _ := trailer["Prev"].(int64)
		off = prev
	}
	return nil
}

// readSection reads one cross-reference table or stream at off; entries
// already known (from a later update) win.
func (f *File) readSection(off int64) (Dict, error) {
	p := &parser{b: f.data, pos: int(off)}
	p.skip()
	if bytes.HasPrefix(f.data[p.pos:], []byte("xref")) {
		p.pos += 4
		return f.readTable(p)
	}
	obj, _, err := f.readObjectAt(off)
	if err != nil {
		return nil, err
	}
	s, ok := obj.(*Stream)
	if !ok || s.Dict.Name("Type") != "XRef" {
		return nil, damaged(off, "no cross-reference section here")
	}
	return s.Dict, f.readXrefStream(s, off)
}

func (f *File) readTable(p *parser) (Dict, error) {
	for {
		p.skip()
		if bytes.HasPrefix(p.b[p.pos:], []byte("trailer")) {
			p.pos += len("trailer")
			t, err := p.value(0)
			if err != nil {
				return nil, err
			}
			d, ok := t.(Dict)
			if !ok {
				return nil, p.errorf("trailer is not a dictionary")
			}
			return d, nil
		}
		start, err1 := strconv.Atoi(string(p.keyword()))
		p.skip()
		count, err2 := strconv.Atoi(string(p.keyword()))
		if err1 != nil || err2 != nil || start < 0 || count < 0 || start+count > f.limits.Objects {
			return nil, p.errorf("bad cross-reference subsection")
		}
		for k := 0; k < count; k++ {
			p.skip()
			o, err1 := strconv.ParseInt(string(p.keyword()), 10, 64)
			p.skip()
			p.keyword() // generation
			p.skip()
			kind := p.keyword()
			if err1 != nil || len(kind) != 1 {
				return nil, p.errorf("bad cross-reference entry")
			}
			num := start + k
			if _, known := f.xref[num]; known || num == 0 {
				continue
			}
			if kind[0] == 'n' {
				f.xref[num] = xrefEntry{offset: o}
			} else {
				f.xref[num] = xrefEntry{offset: -1}
			}
		}
	}
}

func (f *File) readXrefStream(s *Stream, off int64) error {
	data, err := f.Decode(s)
	if err != nil {
		return err
	}
	w, ok := s.Dict["W"].(Array)
	if !ok || len(w) != 3 {
		return damaged(off, "cross-reference stream without /W")
	}
	var widths [3]int
	rowLen := 0
	for i, v := range w {
		n, ok := v.(int64)
		if !ok || n < 0 || n > 8 {
			return damaged(off, "bad /W in cross-reference stream")
		}
		widths[i] = int(n)
		rowLen += int(n)
	}
	if rowLen == 0 {
		return damaged(off, "empty /W in cross-reference stream")
	}
	size, _ := s.Dict["Size"].(int64)
	index := Array{int64(0), size}
	if ix, ok := s.Dict["Index"].(Array); ok {
		index = ix
	}
	field := func(row []byte, i int) int64 {
		start := 0
		for k := 0; k < i; k++ {
			start += widths[k]
		}
		if widths[i] == 0 {
			if i == 0 {
				return 1 // default type: in use
			}
			return 0
		}
		var v int64
		for _, c := range row[start : start+widths[i]] {
			v = v<<8 | int64(c)
		}
		return v
	}
	pos := 0
	for k := 0; k+1 < len(index); k += 2 {
		start, ok1 := index[k].(int64)
		count, ok2 := index[k+1].(int64)
		if !ok1 || !ok2 || start < 0 || count < 0 || start+count > int64(f.limits.Objects) {
			return damaged(off, "bad /Index in cross-reference stream")
		}
		for n := int64(0); n < count; n++ {
			if pos+rowLen > len(data) {
				return damaged(off, "cross-reference stream too short")
			}
			row := data[pos : pos+rowLen]
			pos += rowLen
			num := int(start + n)
			if _, known := f.xref[num]; known || num == 0 {
				continue
			}
			switch field(row, 0) {
			case 0:
				f.xref[num] = xrefEntry{offset: -1}
			case 1:
				f.xref[num] = xrefEntry{offset: field(row, 1)}
			case 2:
				f.xref[num] = xrefEntry{inStream: int(field(row, 1)), index: int(field(row, 2))}
			}
		}
	}
	return nil
}

// scanObjects rebuilds the cross-reference table by finding every
// "n g obj" in the file; the last definition of a number wins, as in an
// incremental update. The trailer is the last one found, or a catalog.
func (f *File) scanObjects() error {
	f.xref = map[int]xrefEntry{}
	f.cache = map[int]Object{}
	d := f.data
	for i := bytes.Index(d, []byte("obj")); i >= 0; {
		// Walk back over "n g ".
		j := i
		for j > 0 && isWhite(d[j-1]) {
			j--
		}
		g := j
		for g > 0 && d[g-1] >= '0' && d[g-1] <= '9' {
			g--
		}
		k := g
		for k > 0 && isWhite(d[k-1]) {
			k--
		}
		n := k
		for n > 0 && d[n-1] >= '0' && d[n-1] <= '9' {
			n--
		}
		if g < j && n < k && (n == 0 || isWhite(d[n-1])) {
			if num, err := strconv.Atoi(string(d[n:k])); err == nil && num > 0 && num <= f.limits.Objects {
				f.xref[num] = xrefEntry{offset: int64(n)}
			}
		}
		next := bytes.Index(d[i+3:], []byte("obj"))
		if next < 0 {
			break
		}
		i += 3 + next
	}
	if t := bytes.LastIndex(d, []byte("trailer")); t >= 0 {
		p := &parser{b: d, pos: t + len("trailer")}
		if v, err := p.value(0); err == nil {
			if td, ok := v.(Dict); ok {
				f.Trailer = td
			}
		}
	}
	if _, ok := f.Trailer["Root"].(Ref); !ok {
		for _, num := range sortedKeys(f.xref) {
			o, err := f.Object(num)
			if dd, ok := o.(Dict); err == nil && ok && dd.Name("Type") == "Catalog" {
				if f.Trailer == nil {
					f.Trailer = Dict{}
				}
				f.Trailer["Root"] = Ref{Num: num}
				break
			}
		}
	}
	if len(f.xref) == 0 {
		return damaged(-1, "no objects found")
	}
	return nil
}

func sortedKeys(m map[int]xrefEntry) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// readObjectAt reads "n g obj value [stream … endstream] endobj" at off.
func (f *File) readObjectAt(off int64) (Object, int, error) {
	if off < 0 || off >= int64(len(f.data)) {
		return nil, 0, damaged(off, "object offset outside the file")
	}
	p := &parser{b: f.data, pos: int(off)}
	p.skip()
	num, err := strconv.Atoi(string(p.keyword()))
	p.skip()
	p.keyword()
	p.skip()
	if err != nil || !bytes.HasPrefix(f.data[p.pos:], []byte("obj")) {
		return nil, 0, p.errorf("no object here")
	}
	p.pos += 3
	v, err := p.value(0)
	if err != nil {
		return nil, 0, err
	}
	d, isDict := v.(Dict)
	if !isDict {
		return v, num, nil
	}
	p.skip()
	if !bytes.HasPrefix(f.data[p.pos:], []byte("stream")) {
		return v, num, nil
	}
	p.pos += len("stream")
	if p.pos < len(f.data) && f.data[p.pos] == '\r' {
		p.pos++
	}
	if p.pos < len(f.data) && f.data[p.pos] == '\n' {
		p.pos++
	}
	start := p.pos
	length := int64(-1)
	switch l := d["Length"].(type) {
	case int64:
		length = l
	case Ref:
		if lo, err := f.Object(l.Num); err == nil {
			if n, ok := lo.(int64); ok {
				length = n
			}
		}
	}
	end := -1
	if length >= 0 && int64(start)+length <= int64(len(f.data)) {
		after := f.data[start+int(length):]
		k := 0
		for k < len(after) && isWhite(after[k]) {
			k++
		}
		if bytes.HasPrefix(after[k:], []byte("endstream")) {
			end = start + int(length)
		}
	}
	if end < 0 {
		// A wrong /Length: find endstream instead.
		e := bytes.Index(f.data[start:], []byte("endstream"))
		if e < 0 {
			return nil, 0, damaged(int64(start), "stream without endstream")
		}
		end = start + e
		for end > start && (f.data[end-1] == '\n' || f.data[end-1] == '\r') {
			end--
		}
	}
	return &Stream{Dict: d, Raw: f.data[start:end]}, num, nil
}

// Object returns object num (null when it does not exist).
func (f *File) Object(num int) (Object, error) {
	if o, ok := f.cache[num]; ok {
		return o, nil
	}
	e, ok := f.xref[num]
	if !ok || (e.inStream == 0 && e.offset < 0) {
		return nil, nil
	}
	if f.loading[num] {
		return nil, damaged(-1, "object %d is defined through itself", num)
	}
	f.loading[num] = true
	defer delete(f.loading, num)
	var o Object
	var err error
	if e.inStream != 0 {
		o, err = f.fromObjectStream(e.inStream, e.index, num)
	} else {
		var got int
		o, got, err = f.readObjectAt(e.offset)
		if err == nil && got != num {
			err = damaged(e.offset, "expected object %d, found %d", num, got)
		}
	}
	if err != nil {
		return nil, err
	}
	f.cache[num] = o
	return o, nil
}

func (f *File) fromObjectStream(container, index, num int) (Object, error) {
	co, err := f.Object(container)
	if err != nil {
		return nil, err
	}
	s, ok := co.(*Stream)
	if !ok || s.Dict.Name("Type") != "ObjStm" {
		return nil, damaged(-1, "object %d: container %d is not an object stream", num, container)
	}
	data, err := f.Decode(s)
	if err != nil {
		return nil, err
	}
	n, _ := s.Dict["N"].(int64)
	first, _ := s.Dict["First"].(int64)
	if n < 0 || first < 0 || first > int64(len(data)) || index < 0 || int64(index) >= n {
		return nil, damaged(-1, "object stream %d is malformed", container)
	}
	p := &parser{b: data[:first]}
	for k := 0; k <= index; k++ {
		p.skip()
		got, err1 := strconv.Atoi(string(p.keyword()))
		p.skip()
		rel, err2 := strconv.Atoi(string(p.keyword()))
		if err1 != nil || err2 != nil {
			return nil, damaged(-1, "object stream %d has a bad header", container)
		}
		if k == index {
			if got != num || int64(rel)+first > int64(len(data)) || rel < 0 {
				return nil, damaged(-1, "object stream %d does not hold object %d", container, num)
			}
			vp := &parser{b: data, pos: int(first) + rel}
			return vp.value(0)
		}
	}
	return nil, damaged(-1, "object %d missing from its object stream", num)
}

// Resolve follows references until it reaches a direct object.
func (f *File) Resolve(o Object) (Object, error) {
	for i := 0; i < 32; i++ {
		r, ok := o.(Ref)
		if !ok {
			return o, nil
		}
		var err error
		if o, err = f.Object(r.Num); err != nil {
			return nil, err
		}
	}
	return nil, damaged(-1, "reference chain too long")
}

// Dict resolves o and returns it as a dictionary (a stream's dictionary
// counts); nil when it is something else.
func (f *File) Dict(o Object) Dict {
	v, err := f.Resolve(o)
	if err != nil {
		return nil
	}
	switch x := v.(type) {
	case Dict:
		return x
	case *Stream:
		return x.Dict
	}
	return nil
}

// Catalog returns the document catalog.
func (f *File) Catalog() (Dict, error) {
	c := f.Dict(f.Trailer["Root"])
	if c == nil {
		return nil, damaged(-1, "the catalog cannot be read")
	}
	return c, nil
}

// ObjectNumbers lists the numbers of the objects the file defines, in
// ascending order.
func (f *File) ObjectNumbers() []int {
	var out []int
	for _, n := range sortedKeys(f.xref) {
		if e := f.xref[n]; e.inStream != 0 || e.offset >= 0 {
			out = append(out, n)
		}
	}
	return out
}
