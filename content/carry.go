package content

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// Carry keeps the last content a process read (watch and serve read the
// file again after every save), so that an edit inside one section —
// the common case: words typed into its text — decodes that section
// alone: its lines are decoded as TOML on their own, at their lines in
// the file, and the other sections are taken as decoded before. The
// document is the one Parse returns, field for field; whatever Carry
// cannot prove unchanged is decoded again: the document's other tables
// (the funding notice's artwork and the theme are read from their files
// again), every section that names a picture or portrait file, and
// everything when the edit is not confined to one section, changes the
// number of lines, or makes a problem (Parse then says what it is). A
// file read again unchanged (the theme or a picture changed) decodes no
// section but those naming files.
//
// It holds one file's source, its TOML tree and its document, replaced
// by each read. The zero value is ready to use; it is safe for reads
// that overlap (each works on what it found).
type Carry struct {
	mu   sync.Mutex
	last *readContent
}

// readContent is one content file as read: its name, options and text,
// its TOML tree and the document made from it.
type readContent struct {
	name string
	opts Options
	src  string
	tree map[string]any
	doc  *Document
}

// Load reads and validates a content file as Load does, through the
// carry.
func (c *Carry) Load(path string, opts Options) (*Document, error) {
	data, err := ReadFileLimited(path, MaxFileSize, "content files")
	if err != nil {
		return nil, Diagnostics{{File: path, Msg: err.Error()}}
	}
	if opts.Dir == "" {
		opts.Dir = filepath.Dir(path)
	}
	return c.Parse(path, data, opts)
}

// Parse validates content given as bytes as Parse does, decoding again
// only the section an edit changed when it can (see Carry).
func (c *Carry) Parse(name string, data []byte, opts Options) (*Document, error) {
	src, diag := checkEncoding(name, data)
	if diag != nil {
		return nil, Diagnostics{*diag}
	}
	c.mu.Lock()
	last := c.last
	c.mu.Unlock()
	if last != nil && last.name == name && last.opts == opts {
		if read := last.edited(src); read != nil {
			c.keep(read)
			return read.doc, nil
		}
	}
	doc, tree, err := parseSource(name, src, opts)
	if err != nil {
		return nil, err
	}
	c.keep(&readContent{name: name, opts: opts, src: src, tree: tree, doc: doc})
	return doc, nil
}

// keep makes read the content the next read starts from.
func (c *Carry) keep(read *readContent) {
	c.mu.Lock()
	c.last = read
	c.mu.Unlock()
}

// edited is the content src, made from r by decoding again the one
// section src changes, or nil when that cannot be done (see Carry).
func (r *readContent) edited(src string) *readContent {
	if src == r.src { // saved unchanged, or the theme or a picture changed
		return r.decoded(src, r.tree, r.doc.keys, -1)
	}
	i, start, end, ok := r.editedSection(src)
	if !ok {
		return nil
	}
	alone := sectionAlone(src, i, start, end+len(src)-len(r.src))
	m, ok := decodeSectionAlone(alone, i)
	if !ok {
		return nil
	}
	tree := maps.Clone(r.tree)
	kept, ok := r.tree["sections"].([]map[string]any)
	if !ok || i >= len(kept) {
		return nil
	}
	sections := slices.Clone(kept)
	sections[i] = m
	tree["sections"] = sections
	keys := r.doc.keys
	if !sameKeys(sectionAlone(r.src, i, start, end), alone) {
		keys = locateKeys(src)
	}
	return r.decoded(src, tree, keys, i)
}

// decoded is the document of src, whose tree and key locator are given,
// decoded with the sections of r but section i (-1: none) and those
// naming files taken as they are.
func (r *readContent) decoded(src string, tree map[string]any, keys *keyLocator, i int) *readContent {
	d := &decoder{file: r.name, keys: keys, opts: r.opts}
	d.diags = append(d.diags, gluedLines(r.name, src)...) // refused as a fresh parse refuses it
	d.kept = func(j int) (Section, bool) {
		if j == i || namesFiles(r.doc.Sections[j]) {
			return Section{}, false
		}
		return r.doc.Sections[j], true
	}
	doc := d.document(tree, src)
	doc.Source, doc.Dir, doc.keys = r.name, r.opts.Dir, d.keys
	doc.Theme = d.loadTheme(tree, r.opts)
	if len(d.diags) > 0 {
		return nil
	}
	return &readContent{name: r.name, opts: r.opts, src: src, tree: tree, doc: doc}
}

// editedSection finds the section an edit from r's source to src lies
// in: its index and the bytes of its lines in r's source, from its
// [[sections]] header to the next table header. It reports false when
// the edit reaches outside one section (its header line included), or
// changes the number of lines (positions after it would move).
func (r *readContent) editedSection(src string) (i, start, end int, ok bool) {
	old := r.src
	if old == src || len(r.doc.Sections) == 0 {
		return 0, 0, 0, false
	}
	a := commonPrefix(old, src)
	s := commonSuffix(old[a:], src[a:])
	if strings.Count(old[a:len(old)-s], "\n") != strings.Count(src[a:len(src)-s], "\n") {
		return 0, 0, 0, false
	}
	starts := sectionStarts(old, r.doc)
	if starts == nil {
		return 0, 0, 0, false
	}
	i = lastAtOrBefore(starts, a)
	if i < 0 {
		return 0, 0, 0, false
	}
	start = starts[i]
	end = sectionEnd(old, starts, i)
	header := start + strings.IndexByte(old[start:], '\n') + 1
	// The edit lies after the header line and before the line that ends
	// the section: the newline at end-1 stays, so nothing is typed at the
	// start of the next table's header line (unless the section ends the
	// file).
	if a < header || len(old)-s > end || len(old)-s == end && end < len(old) {
		return 0, 0, 0, false
	}
	return i, start, end, true
}

// lastAtOrBefore is the index of the last start at or before a (-1:
// none).
func lastAtOrBefore(starts []int, a int) int {
	i, _ := slices.BinarySearch(starts, a+1)
	return i - 1
}

// sectionStarts are the byte offsets of the sections' [[sections]]
// header lines in src, or nil when a section is not written under a
// header line of its own (an inline array, say).
func sectionStarts(src string, doc *Document) []int {
	out := make([]int, len(doc.Sections))
	line, at := 1, 0 // the line that starts at byte at
	for j, sec := range doc.Sections {
		if sec.Pos.Line < 1 || sec.Pos.Line <= line && j > 0 {
			return nil // before the file, or not after the section before
		}
		for ; line < sec.Pos.Line; line++ {
			n := strings.IndexByte(src[at:], '\n')
			if n < 0 {
				return nil // past the last line
			}
			at += n + 1
		}
		text := src[at:]
		if n := strings.IndexByte(text, '\n'); n >= 0 {
			text = text[:n]
		}
		if strings.TrimSpace(text) != "[[sections]]" {
			return nil
		}
		out[j] = at
	}
	return out
}

// commonPrefix is the length of the longest prefix a and b share,
// compared a block at a time (a long file differs from its last version
// in a few bytes).
func commonPrefix(a, b string) int {
	const block = 64
	n := 0
	for n+block <= len(a) && n+block <= len(b) && a[n:n+block] == b[n:n+block] {
		n += block
	}
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// commonSuffix is the length of the longest suffix a and b share.
func commonSuffix(a, b string) int {
	const block = 64
	n := 0
	for n+block <= len(a) && n+block <= len(b) && a[len(a)-n-block:len(a)-n] == b[len(b)-n-block:len(b)-n] {
		n += block
	}
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// sectionEnd is where section i's lines in src end: at the next
// section's [[sections]] header line, or before, at the first line that
// is exactly one of the document's other table headers ([funding] and
// the like), or at the end of src. Such a line inside a multi-line
// string or array ends the section early, leaving it unterminated: its
// lines alone then fail to decode, and the whole is decoded. A header
// written otherwise ([ funding ]) is taken into the section, whose lines
// alone then decode to more than a section's table: decoded as a whole
// too. What a section's lines hold is never taken for less than it is.
func sectionEnd(src string, starts []int, i int) int {
	end := len(src)
	if i+1 < len(starts) {
		end = starts[i+1]
	}
	k := starts[i] + strings.IndexByte(src[starts[i]:end], '\n') + 1
	if k <= starts[i] {
		return end
	}
	for k < end {
		line := src[k:end]
		if n := strings.IndexByte(line, '\n'); n >= 0 {
			line = line[:n]
		}
		if otherTableHeader(strings.TrimSpace(line)) {
			return k
		}
		k += len(line) + 1
	}
	return end
}

// otherTableHeader reports whether a line, trimmed, is the header of a
// table under one of the content's top-level keys other than sections
// ([funding], [[funding.funders]], [document.x] …), as such headers are
// usually written (a header written otherwise is caught as sectionEnd
// says). A line of a multi-line value that looks so ends the section
// early, and its lines alone then fail to decode: the whole is decoded.
func otherTableHeader(line string) bool {
	name, ok := strings.CutPrefix(line, "[[")
	if !ok {
		if name, ok = strings.CutPrefix(line, "["); !ok {
			return false
		}
	}
	for _, k := range topLevelKeys {
		if k == "sections" {
			continue
		}
		if rest, ok := strings.CutPrefix(name, k); ok && (strings.HasPrefix(rest, "]") || strings.HasPrefix(rest, ".")) {
			return true
		}
	}
	return false
}

// sectionAlone is section i of src, whose lines are those from start
// to end, on its own, at the same lines: after i empty sections and
// blank lines. Its lines decode to the section's table (decodeSectionAlone)
// and have their keys where the whole file has them (sameKeys).
func sectionAlone(src string, i, start, end int) string {
	line := strings.Count(src[:start], "\n") // lines before the section
	if line < i {
		return ""
	}
	var b strings.Builder
	b.Grow(line + 13*i + end - start)
	for range i {
		b.WriteString("[[sections]]\n")
	}
	b.WriteString(strings.Repeat("\n", line-i))
	b.WriteString(src[start:end])
	return b.String()
}

// decodeSectionAlone decodes a section on its own (sectionAlone) as
// TOML and returns its table: false when it is not exactly section i's.
func decodeSectionAlone(alone string, i int) (map[string]any, bool) {
	if alone == "" {
		return nil, false
	}
	var tree map[string]any
	if _, err := toml.Decode(alone, &tree); err != nil || len(tree) != 1 {
		return nil, false
	}
	sections, ok := tree["sections"].([]map[string]any)
	if !ok || len(sections) != i+1 {
		return nil, false
	}
	return sections[i], true
}

// sameKeys reports whether two versions of a section on its own
// (sectionAlone) have the same keys at the same places, with their
// multi-line strings' first lines: then the key locator of the whole
// file before the edit places every key of the file after it.
func sameKeys(before, after string) bool {
	if before == "" || after == "" {
		return false
	}
	a, b := locateKeyNames(before), locateKeyNames(after)
	if len(a.pos) != len(b.pos) || len(a.valueLine) != len(b.valueLine) {
		return false
	}
	pos, lines := make(map[string]Position, len(a.pos)), make(map[string]int, len(a.valueLine))
	for k, p := range a.pos {
		pos[a.names[k]] = p
	}
	for k, l := range a.valueLine {
		lines[a.names[k]] = l
	}
	for k, p := range b.pos {
		if q, ok := pos[b.names[k]]; !ok || q != p {
			return false
		}
	}
	for k, l := range b.valueLine {
		if m, ok := lines[b.names[k]]; !ok || m != l {
			return false
		}
	}
	return true
}

// namesFiles reports whether a section reads files as it is decoded
// (pictures, portraits), which may have changed since.
func namesFiles(s Section) bool {
	if len(s.Images) > 0 {
		return true
	}
	for _, p := range append(slices.Clip(s.Speakers), s.Moderation...) {
		if p.Photo != nil {
			return true
		}
	}
	return false
}
