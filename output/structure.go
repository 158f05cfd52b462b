package output

import (
	"strconv"

	"brochure/layout/typeset"
)

// The writer's side of the structure tree (ISO 32000-1, 14.7): every item
// drawn is wrapped in marked content — a sequence with an MCID that its
// structure element lists, or an artifact — consecutive items of one
// element sharing a sequence. Each element's kids (MCIDs, child elements,
// link annotations) are listed in the order they are drawn, which is the
// composition's reading order; an element appears in its parent's kids
// when its first content is drawn, so elements nothing was drawn for are
// left out. The parent tree maps each page's MCIDs and each annotation
// back to its element.

// structure collects the tree while pages are drawn.
type structure struct {
	records []*elemRecord // in order of first appearance
	byElem  map[*typeset.StructElement]*elemRecord
	chunk   []elemRecord // records are allocated from chunks of this
	// pageMCIDs lists, for each page, the element of each MCID.
	pageMCIDs [][]*elemRecord
	// annotations are the link annotations that belong to elements, in
	// the order their struct parent keys are given.
	annotations []*elemRecord
}

// elemRecord is one element as written.
type elemRecord struct {
	elem   *typeset.StructElement
	parent *elemRecord // nil for the root
	num    int         // object number, reserved when the tree is written
	page   int         // the page of its first content
	kids   []structKid
	bounds bounds // of a Figure or Table: what it draws
}

// structKid is one entry of an element's /K: a marked-content sequence on
// a page, a child element, or an annotation.
type structKid struct {
	child *elemRecord
	page  int32
	mcid  int32
	annot int32 // object number of an annotation (OBJR); 0 otherwise
}

func newStructure() *structure {
	return &structure{byElem: map[*typeset.StructElement]*elemRecord{}}
}

// record returns e's record, adding e (and any ancestor not yet there) to
// its parent's kids: an element enters the tree with its first content.
func (s *structure) record(e *typeset.StructElement, page int) *elemRecord {
	if r, ok := s.byElem[e]; ok {
		return r
	}
	if len(s.chunk) == cap(s.chunk) {
		s.chunk = make([]elemRecord, 0, 256)
	}
	s.chunk = append(s.chunk, elemRecord{elem: e, page: page})
	r := &s.chunk[len(s.chunk)-1]
	s.byElem[e] = r
	if e.Parent != nil {
		r.parent = s.record(e.Parent, page)
		r.parent.kids = append(r.parent.kids, structKid{child: r})
	}
	s.records = append(s.records, r)
	return r
}

// mcid gives the next MCID on page to element e.
func (s *structure) mcid(e *typeset.StructElement, page int) int {
	for len(s.pageMCIDs) <= page {
		s.pageMCIDs = append(s.pageMCIDs, nil)
	}
	r := s.record(e, page)
	id := len(s.pageMCIDs[page])
	s.pageMCIDs[page] = append(s.pageMCIDs[page], r)
	r.kids = append(r.kids, structKid{page: int32(page), mcid: int32(id)})
	return id
}

// annotation ties an annotation (object num on page) to its Link element
// and returns its struct parent key (after the pages' keys).
func (s *structure) annotation(e *typeset.StructElement, page, num, pages int) int {
	r := s.record(e, page)
	r.kids = append(r.kids, structKid{page: int32(page), annot: int32(num)})
	s.annotations = append(s.annotations, r)
	return pages + len(s.annotations) - 1
}

// markedContent is what the content stream is inside: an element's
// sequence, an artifact, or nothing.
type markedContent struct {
	elem     *typeset.StructElement
	artifact typeset.ArtifactKind
	open     bool
}

// tagOf is how an item of element e is marked: in e's sequence, or as
// an artifact of the given kind (pagination, or else decoration).
func tagOf(e *typeset.StructElement, kind typeset.ArtifactKind) markedContent {
	if e != nil {
		return markedContent{elem: e, open: true}
	}
	if kind != typeset.PaginationArtifact {
		kind = typeset.DecorationArtifact
	}
	return markedContent{artifact: kind, open: true}
}

// mark makes the content stream enter the marked content m, closing the
// sequence (and text object) open before when m differs from it.
func (d *document) mark(m markedContent) {
	c := &d.cs
	if c.marked == m {
		return
	}
	c.endText() // a sequence must not straddle a text object's end
	if c.marked.open {
		c.op("EMC")
	}
	c.marked = m
	if !m.open {
		return
	}
	if m.elem == nil {
		if m.artifact == typeset.PaginationArtifact {
			c.op("/Artifact <</Type /Pagination>> BDC")
		} else {
			c.op("/Artifact <</Type /Layout>> BDC")
		}
		return
	}
	id := d.tree.mcid(m.elem, len(d.pages)-1)
	c.buf = append(c.buf, '/')
	c.buf = append(c.buf, m.elem.Role.String()...)
	c.buf = append(c.buf, " <</MCID "...)
	c.buf = strconv.AppendInt(c.buf, int64(id), 10)
	c.op(">> BDC")
}

// hasOwnContent reports whether an element has marked content of its own
// on its first page (which its /Pg names).
func (r *elemRecord) hasOwnContent() bool {
	for _, k := range r.kids {
		if k.child == nil && k.annot == 0 && int(k.page) == r.page {
			return true
		}
	}
	return false
}

// writeStructure writes the elements, the parent tree and the structure
// tree root, and returns the root's number (0 when nothing was tagged).
func (d *document) writeStructure(pageNums []int) int {
	s := d.tree
	if len(s.records) == 0 {
		return 0
	}
	root := d.ow.reserve()
	parentTree := d.ow.reserve()
	for _, r := range s.records {
		r.num = d.ow.reserve()
	}
	var b []byte // one buffer for every element
	for _, r := range s.records {
		// /Type /StructElem is optional; /Pg is the page of the
		// element's own marked content given as bare MCIDs.
		b = append(b[:0], "<< /S "...)
		b = appendName(b, r.elem.Role.String())
		b = append(b, " /P "...)
		if r.parent != nil {
			b = appendRef(b, r.parent.num)
		} else {
			b = appendRef(b, root)
		}
		if r.hasOwnContent() {
			b = append(b, " /Pg "...)
			b = appendRef(b, pageNums[r.page])
		}
		if alt := r.elem.Alt(); alt != "" {
			b = append(b, " /Alt "...)
			b = appendTextString(b, alt)
		}
		if lang := r.elem.Lang(); lang != "" {
			b = append(b, " /Lang "...)
			b = appendTextString(b, lang)
		}
		if r.elem.Role == typeset.RoleTH {
			// Our tables have one header row: every header heads its
			// column (PDF/UA asks for the scope of a TH).
			b = append(b, " /A << /O /Table /Scope /Column >>"...)
		}
		if r.bounds.single() {
			b = append(b, " /A << /O /Layout /BBox "...)
			b = appendBox(b, r.bounds.box)
			b = append(b, " >>"...)
		}
		b = append(b, " /K ["...)
		for k, kid := range r.kids {
			if k > 0 {
				b = append(b, ' ')
			}
			switch {
			case kid.child != nil:
				b = appendRef(b, kid.child.num)
			case kid.annot != 0:
				b = append(b, "<< /Type /OBJR /Obj "...)
				b = appendRef(b, int(kid.annot))
				b = append(b, " /Pg "...)
				b = appendRef(b, pageNums[int(kid.page)])
				b = append(b, " >>"...)
			case int(kid.page) == r.page:
				b = strconv.AppendInt(b, int64(kid.mcid), 10)
			default:
				b = append(b, "<< /Type /MCR /Pg "...)
				b = appendRef(b, pageNums[int(kid.page)])
				b = append(b, " /MCID "...)
				b = strconv.AppendInt(b, int64(kid.mcid), 10)
				b = append(b, " >>"...)
			}
		}
		b = append(b, "] >>"...)
		d.ow.object(r.num, b)
	}
	// The parent tree: each page's key (its index) maps its MCIDs to
	// their elements; each annotation's key maps to its element.
	b = append(b[:0], "<< /Nums ["...)
	for p := range pageNums {
		b = strconv.AppendInt(b, int64(p), 10)
		b = append(b, " ["...)
		if p < len(s.pageMCIDs) {
			for k, r := range s.pageMCIDs[p] {
				if k > 0 {
					b = append(b, ' ')
				}
				b = appendRef(b, r.num)
			}
		}
		b = append(b, "] "...)
	}
	for k, r := range s.annotations {
		b = strconv.AppendInt(b, int64(len(pageNums)+k), 10)
		b = append(b, ' ')
		b = appendRef(b, r.num)
		b = append(b, ' ')
	}
	d.ow.object(parentTree, append(b, "] >>"...))
	top := s.records[0]
	for top.parent != nil {
		top = top.parent
	}
	rb := []byte("<< /Type /StructTreeRoot /K ")
	rb = appendRef(rb, top.num)
	rb = append(rb, " /ParentTree "...)
	rb = appendRef(rb, parentTree)
	rb = append(rb, " /ParentTreeNextKey "...)
	rb = strconv.AppendInt(rb, int64(len(pageNums)+len(s.annotations)), 10)
	d.ow.object(root, append(rb, " >>"...))
	return root
}
