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
	// kids holds the kids of every element, each element's linked from
	// its first by next (kids[0] is no kid): one slice for the tens of
	// thousands of elements of a long document, not one each.
	kids []structKid
	// mcids lists the element of each MCID, page after page (pages are
	// drawn in order); pageMCIDs[p] is where page p's begin.
	mcids     []*elemRecord
	pageMCIDs []int
	// annotations are the link annotations that belong to elements, in
	// the order their struct parent keys are given.
	annotations []*elemRecord
	// last is the element of the last marked-content sequence: it or
	// an ancestor is most often the element looked for next (a
	// paragraph's section is the one of the paragraph before), found
	// without hashing.
	last *elemRecord
	// elemDict is the dictionary of the element being written.
	elemDict pdfStructElem
	// boxedElem is the element boxed was last asked about, and boxedIs
	// its answer.
	boxedElem *typeset.StructElement
	boxedIs   bool
}

// elemRecord is one element as written.
type elemRecord struct {
	elem   *typeset.StructElement
	parent *elemRecord // nil for the root
	num    int         // object number, reserved when the tree is written
	page   int         // the page of its first content
	// firstKid and lastKid are the element's first and last kids in
	// structure.kids; 0 when it has none.
	firstKid, lastKid int32
	bounds            bounds // of a Figure or Table: what it draws
}

// structKid is one entry of an element's /K: a marked-content sequence on
// a page, a child element, or an annotation.
type structKid struct {
	child *elemRecord
	page  int32
	mcid  int32
	annot int32 // object number of an annotation (OBJR); 0 otherwise
	next  int32 // the element's next kid in structure.kids; 0 after its last
}

// newStructure starts a tree with room for some number of elements
// (their kids, about two each, and their marked-content sequences,
// fewer), so that a long document's tree is not copied again and again
// as it grows.
func newStructure(elems int) *structure {
	return &structure{
		records: make([]*elemRecord, 0, elems),
		byElem:  make(map[*typeset.StructElement]*elemRecord, elems),
		kids:    make([]structKid, 1, 1+2*elems),
		mcids:   make([]*elemRecord, 0, elems),
	}
}

// elemsPerPage is about how many structure elements a page of text has
// (the example's sections have 30 to 35), for the room a tree starts
// with.
const elemsPerPage = 32

// addKid appends a kid to r's.
func (s *structure) addKid(r *elemRecord, k structKid) {
	k.next = 0
	s.kids = append(s.kids, k)
	i := int32(len(s.kids) - 1)
	if r.lastKid == 0 {
		r.firstKid = i
	} else {
		s.kids[r.lastKid].next = i
	}
	r.lastKid = i
}

// record returns e's record, adding e (and any ancestor not yet there) to
// its parent's kids: an element enters the tree with its first content.
func (s *structure) record(e *typeset.StructElement, page int) *elemRecord {
	for r := s.last; r != nil; r = r.parent {
		if r.elem == e {
			return r
		}
	}
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
		s.addKid(r.parent, structKid{child: r})
	}
	s.records = append(s.records, r)
	return r
}

// mcid gives the next MCID on page to element e.
// Pages are drawn in order: page is the last page that has an MCID or a
// later one.
func (s *structure) mcid(e *typeset.StructElement, page int) int {
	for len(s.pageMCIDs) <= page {
		s.pageMCIDs = append(s.pageMCIDs, len(s.mcids))
	}
	r := s.record(e, page)
	s.last = r
	id := len(s.mcids) - s.pageMCIDs[page]
	s.mcids = append(s.mcids, r)
	s.addKid(r, structKid{page: int32(page), mcid: int32(id)})
	return id
}

// pageElems are the elements of page p's MCIDs, in MCID order.
func (s *structure) pageElems(p int) elemRefs {
	if p >= len(s.pageMCIDs) {
		return nil
	}
	end := len(s.mcids)
	if p+1 < len(s.pageMCIDs) {
		end = s.pageMCIDs[p+1]
	}
	return s.mcids[s.pageMCIDs[p]:end]
}

// annotation ties an annotation (object num on page) to its Link element
// and returns its struct parent key (after the pages' keys).
func (s *structure) annotation(e *typeset.StructElement, page, num, pages int) int {
	r := s.record(e, page)
	s.addKid(r, structKid{page: int32(page), annot: int32(num)})
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
			c.beginMarked("Artifact", paginationArtifact)
		} else {
			c.beginMarked("Artifact", layoutArtifact)
		}
		return
	}
	id := d.tree.mcid(m.elem, len(d.pages)-1)
	c.beginMCID(pdfName(m.elem.Role.String()), id)
}

// The property lists of artifacts (14.8.2.2).
var (
	paginationArtifact = pdfDict{{"Type", pdfName("Pagination")}}
	layoutArtifact     = pdfDict{{"Type", pdfName("Layout")}}
)

// hasOwnContent reports whether an element has marked content of its own
// on its first page (which its /Pg names).
func (s *structure) hasOwnContent(r *elemRecord) bool {
	for i := r.firstKid; i != 0; i = s.kids[i].next {
		if k := &s.kids[i]; k.child == nil && k.annot == 0 && int(k.page) == r.page {
			return true
		}
	}
	return false
}

// dict is r's dictionary, in s.elemDict (which the next element's
// replaces). /Type /StructElem is optional; /Pg is the page of the
// element's own marked content given as bare MCIDs.
func (s *structure) dict(r *elemRecord, root int, pageNums []int) *pdfStructElem {
	e := &s.elemDict
	*e = pdfStructElem{role: pdfName(r.elem.Role.String()), parent: root,
		alt: pdfText(r.elem.Alt()), lang: pdfText(r.elem.Lang()), kids: structKids{s, r, pageNums}}
	if r.parent != nil {
		e.parent = r.parent.num
	}
	if s.hasOwnContent(r) {
		e.page = pageNums[r.page]
	}
	switch {
	case r.elem.Role == typeset.RoleTH:
		// Our tables have one header row: every header heads its
		// column (PDF/UA asks for the scope of a TH).
		e.table = columnScope
	case r.elem.RowSpan() > 1:
		e.table = pdfDict{{"O", pdfName("Table")}, {"RowSpan", pdfInt(r.elem.RowSpan())}}
	}
	if r.bounds.single() {
		e.layout = pdfDict{{"O", pdfName("Layout")}, {"BBox", pdfPointsRect(r.bounds.box)}}
	}
	return e
}

// columnScope is a table header's attributes: it heads its column.
// (Read only.)
var columnScope = pdfDict{{"O", pdfName("Table")}, {"Scope", pdfName("Column")}}

// structKids is an element's /K array, written from its record: a child
// element's reference, an annotation as an object reference (OBJR), a
// sequence on the element's first page as its bare MCID, and one on
// another page as a marked-content reference (MCR). Written in place, it
// makes no object a kid: a long document's tree has tens of thousands.
type structKids struct {
	s        *structure
	r        *elemRecord
	pageNums []int
}

func (k structKids) appendPDF(b []byte) []byte {
	b = append(b, '[')
	for i := k.r.firstKid; i != 0; i = k.s.kids[i].next {
		kid := &k.s.kids[i]
		if i != k.r.firstKid {
			b = append(b, ' ')
		}
		switch {
		case kid.child != nil:
			b = appendRef(b, kid.child.num)
		case kid.annot != 0:
			b = pdfObjectRef{obj: int(kid.annot), page: k.pageNums[int(kid.page)]}.appendPDF(b)
		case int(kid.page) == k.r.page:
			b = strconv.AppendInt(b, int64(kid.mcid), 10)
		default:
			b = pdfContentRef{page: k.pageNums[int(kid.page)], mcid: int(kid.mcid)}.appendPDF(b)
		}
	}
	return append(b, ']')
}

// elemRefs is an array of references to elements, as the parent tree
// maps a page's MCIDs, written in place.
type elemRefs []*elemRecord

func (a elemRefs) appendPDF(b []byte) []byte {
	b = append(b, '[')
	for i, r := range a {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendRef(b, r.num)
	}
	return append(b, ']')
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
	for _, r := range s.records {
		d.ow.put(r.num, s.dict(r, root, pageNums))
	}
	// The parent tree: each page's key (its index) maps its MCIDs to
	// their elements; each annotation's key maps to its element.
	nums := make(pdfArray, 0, 2*(len(pageNums)+len(s.annotations)))
	for p := range pageNums {
		nums = append(nums, pdfInt(p), s.pageElems(p))
	}
	for k, r := range s.annotations {
		nums = append(nums, pdfInt(len(pageNums)+k), pdfRef(r.num))
	}
	d.ow.put(parentTree, pdfDict{{"Nums", nums}})
	top := s.records[0]
	for top.parent != nil {
		top = top.parent
	}
	d.ow.put(root, pdfDict{{"Type", pdfName("StructTreeRoot")}, {"K", pdfRef(top.num)}, {"ParentTree", pdfRef(parentTree)},
		{"ParentTreeNextKey", pdfInt(len(pageNums) + len(s.annotations))}})
	return root
}
