package output

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync/atomic"

	"brochure/layout/typeset"
)

// finish writes what can only be written once every page is drawn: the
// subset fonts, the page dictionaries and the page tree, link
// annotations, named destinations and the outline, the output intent,
// document information, XMP metadata and the catalog; then the
// cross-reference table and trailer.
func (d *document) finish() error {
	fontNums, err := d.writeFonts()
	if err != nil {
		return err
	}
	dests := d.destinations()
	annots := d.writeAnnotations(dests)

	// The page tree is the one object written after objects that refer
	// to it: every page names it as its parent.
	tree := d.ow.reserve()
	pageNums := make([]int, len(d.pages))
	d.pipe.drain() // content streams and images before the pages that use them
	for i := range d.pages {
		pageNums[i] = d.ow.add(d.pageDict(i, tree, fontNums, annots[i]))
	}
	structRoot := d.writeStructure(pageNums)
	d.ow.put(tree, pdfDict{{"Type", pdfName("Pages")}, {"Count", pdfInt(len(pageNums))}, {"Kids", pdfRefs(pageNums)}})

	outline := d.writeOutline(dests)
	intent := d.writeOutputIntent()
	info := d.writeInfo()
	meta := d.writeMetadata()
	root := d.ow.add(d.catalog(tree, outline, structRoot, intent, meta, dests, pageNums))
	return d.ow.finish(root, info)
}

// catalog is the document's catalog: the page tree, named destinations,
// outline, viewer settings, structure tree, language, output intent and
// metadata.
func (d *document) catalog(tree, outline, structRoot, intent, meta int, dests destinationSet, pageNums []int) pdfDict {
	cat := pdfDict{{"Type", pdfName("Catalog")}, {"Pages", pdfRef(tree)}}
	if len(dests.names) > 0 {
		names := make(pdfArray, 0, 2*len(dests.names))
		for _, name := range dests.names {
			names = append(names, pdfLiteral(name), d.destination(dests.targets[name], pageNums))
		}
		cat = cat.with("Names", pdfDict{{"Dests", pdfDict{{"Names", names}}}})
	}
	if outline != 0 {
		cat = append(cat, pdfEntry{"Outlines", pdfRef(outline)}, pdfEntry{"PageMode", pdfName("UseOutlines")})
	}
	cat = append(cat, pdfEntry{"PageLayout", pdfName("SinglePage")},
		pdfEntry{"ViewerPreferences", pdfDict{{"DisplayDocTitle", pdfBool(true)}}})
	if structRoot != 0 {
		cat = append(cat, pdfEntry{"MarkInfo", pdfDict{{"Marked", pdfBool(true)}}}, pdfEntry{"StructTreeRoot", pdfRef(structRoot)})
	}
	if lang := d.doc.Meta.Language; lang != "" {
		cat = cat.with("Lang", pdfText(lang))
	}
	return append(cat, pdfEntry{"OutputIntents", pdfArray{pdfRef(intent)}}, pdfEntry{"Metadata", pdfRef(meta)})
}

// writeFonts subsets every font and writes them; it returns each font's
// Type 0 dictionary number. The programs are made on all cores (one
// font per core at a time: each holds a compressor of some 600 KB), the
// calling goroutine one of the workers, largest subset first, so that
// the last to finish is a small one rather than the largest started
// late: nothing else is left to do by then.
func (d *document) writeFonts() (map[*embeddedFont]int, error) {
	programs := d.fontPrograms()
	d.pipe.drain()
	nums := map[*embeddedFont]int{}
	for i, e := range d.fontOrder {
		n, err := e.write(d.ow, programs[i])
		if err != nil {
			return nil, err
		}
		nums[e] = n
	}
	return nums, nil
}

// fontPrograms makes the program of every font (fontOrder's order),
// from the font cache when there is one. A helper's panic is raised
// again on the calling goroutine, where a build's recovery catches it.
func (d *document) fontPrograms() []fontProgram {
	fonts := d.fontOrder
	programs := make([]fontProgram, len(fonts))
	order := make([]int, len(fonts))
	for i := range order {
		order[i] = i
	}
	for _, e := range fonts {
		e.sortSubset()
	}
	sort.SliceStable(order, func(a, b int) bool { return len(fonts[order[a]].glyphs) > len(fonts[order[b]].glyphs) })
	var next atomic.Int64
	work := func() {
		for {
			k := int(next.Add(1) - 1)
			if k >= len(order) {
				return
			}
			e := fonts[order[k]]
			if d.fontCache != nil {
				programs[order[k]] = d.fontCache.program(e)
			} else {
				programs[order[k]] = e.program()
			}
		}
	}
	helpers := min(runtime.GOMAXPROCS(0), len(fonts)) - 1
	panics := make(chan any, max(helpers, 0)) // buffered: no helper waits for a caller that panicked
	for range helpers {
		go func() {
			defer func() { panics <- recover() }()
			work()
		}()
	}
	work()
	for range helpers {
		if p := <-panics; p != nil {
			panic(p)
		}
	}
	return programs
}

// pageDict is page i's dictionary: boxes, contents, the resources it uses,
// its annotations.
func (d *document) pageDict(i, tree int, fontNums map[*embeddedFont]int, annots []int) pdfDict {
	p := &d.pages[i]
	page := pdfDict{{"Type", pdfName("Page")}, {"Parent", pdfRef(tree)},
		{"MediaBox", pdfPointsRect(p.geo.mediaBox())}, {"TrimBox", pdfPointsRect(p.geo.trimBox())}}
	if d.prof.Bleed {
		page = page.with("BleedBox", pdfPointsRect(p.geo.bleedBox()))
	}
	page = page.with("Contents", pdfRef(p.contents))
	var resources pdfDict
	if len(p.fonts) > 0 {
		fonts := make(pdfDict, len(p.fonts))
		for k, f := range p.fonts {
			fonts[k] = pdfEntry{pdfName(f.resource), pdfRef(fontNums[f])}
		}
		resources = resources.with("Font", fonts)
	}
	if len(p.xobjects) > 0 {
		xobjects := make(pdfDict, len(p.xobjects))
		for k, x := range p.xobjects {
			xobjects[k] = pdfEntry{pdfName(x.name), pdfRef(x.num)}
		}
		resources = resources.with("XObject", xobjects)
	}
	page = page.with("Resources", resources)
	if p.transparency {
		// Soft masks blend in the edition's colour space.
		page = page.with("Group", pdfDict{{"Type", pdfName("Group")}, {"S", pdfName("Transparency")}, {"CS", d.blendSpace()}})
	}
	if len(d.tree.records) > 0 {
		page = page.with("StructParents", pdfInt(i))
	}
	if len(annots) > 0 {
		// Tab order follows the structure (PDF/UA).
		page = append(page, pdfEntry{"Tabs", pdfName("S")}, pdfEntry{"Annots", pdfRefs(annots)})
	}
	return page
}

// blendSpace is the device colour space of the edition's drawn colours.
func (d *document) blendSpace() pdfName {
	if d.prof.Colours == ScreenRGB {
		return "DeviceRGB"
	}
	return "DeviceCMYK"
}

// destinationSet names every place internal links and bookmarks point at.
type destinationSet struct {
	names   []string // sorted, as a name tree wants them
	targets map[string]destination
	// named is the name of each place on an existing page, so a link
	// finds its destination's name without making it again (two places
	// may share a name: destName rounds).
	named map[destination]string
}

// name is the destination name of a place on page at y, if the place is
// on an existing page.
func (s destinationSet) name(page int, y typeset.Scaled) (string, bool) {
	name, ok := s.named[destination{page, y}]
	return name, ok
}

type destination struct {
	page int
	y    typeset.Scaled
}

func destName(page int, y typeset.Scaled) string {
	return "p" + strconv.Itoa(page+1) + "y" + string(appendNum(nil, y))
}

func (d *document) destinations() destinationSet {
	set := destinationSet{targets: map[string]destination{}, named: map[destination]string{}}
	add := func(page int, y typeset.Scaled) {
		if _, ok := set.named[destination{page, y}]; ok || page < 0 || page >= len(d.pages) {
			return
		}
		name := destName(page, y)
		set.named[destination{page, y}] = name
		if _, ok := set.targets[name]; !ok {
			set.targets[name] = destination{page, y}
			set.names = append(set.names, name)
		}
	}
	for _, p := range d.pages {
		for _, l := range p.links {
			if l.URL == "" {
				add(l.Page, l.TargetY)
			}
		}
	}
	for _, e := range d.doc.Outline {
		add(e.Page, e.Y)
	}
	sort.Strings(set.names)
	return set
}

// destination is [page /XYZ left top null]: the target at the left edge
// of the media box, at its height, keeping the zoom.
func (d *document) destination(t destination, pageNums []int) pdfArray {
	g := d.pages[t.page].geo
	return pdfArray{pdfRef(pageNums[t.page]), pdfName("XYZ"), pdfInt(0), pdfPoints(g.mediaH - g.offset - t.y), pdfNull{}}
}

// writeAnnotations writes each page's link annotations and returns their
// numbers by page.
func (d *document) writeAnnotations(dests destinationSet) [][]int {
	out := make([][]int, len(d.pages))
	var nums []int // every page's, one after another
	var link pdfLinkAnnot
	for i := range d.pages {
		p := &d.pages[i]
		start := len(nums)
		for _, l := range p.links {
			dest, ok := dests.name(l.Page, l.TargetY)
			if l.URL == "" && !ok {
				continue // a link to a page that does not exist
			}
			num := d.ow.reserve()
			d.linkAnnotation(&link, l, p.geo, i, num, dest)
			d.ow.put(num, &link)
			nums = append(nums, num)
		}
		if len(nums) > start {
			out[i] = nums[start:len(nums):len(nums)]
		}
	}
	return out
}

// linkAnnotation makes a the annotation (object num) of a link on page
// i; an internal link goes to the destination named dest.
func (d *document) linkAnnotation(a *pdfLinkAnnot, l *typeset.LinkArea, g geometry, i, num int, dest string) {
	*a = pdfLinkAnnot{rect: pdfPointsRect{l.X + g.offset, g.mediaH - g.offset - l.Y - l.H, l.X + l.W + g.offset, g.mediaH - g.offset - l.Y},
		contents: pdfText(l.URL), structParent: -1, flags: d.prof.linkFlags(), dest: pdfLiteral(dest)}
	// What the link does, for assistive technology, and the Link element
	// it belongs to.
	if l.Elem != nil && l.Elem.Description() != "" {
		a.contents = pdfText(l.Elem.Description())
	}
	if l.Elem != nil {
		a.structParent = d.tree.annotation(l.Elem, i, num, len(d.pages))
	}
	if l.URL != "" {
		a.uri = pdfLiteral(asciiURI(l.URL))
	}
}

// printFlag is the annotation flag that makes an annotation print (ISO
// 32000-1, 12.5.3).
const printFlag = 4

// linkFlags are the flags of the edition's link annotations, which have
// no border and no appearance. PDF/A requires every annotation to carry
// the print flag (ISO 19005-2, 6.3.2). PDF/X-4 admits no annotation that
// prints inside the bleed box but printer's marks and trap networks, and
// print shops' preflight flags any that would: the print edition's links
// are non-printing. They are not left out: the proof a print shop and an
// author read on screen keeps working links, and the tagged structure
// keeps each Link element tied to its annotation.
func (p Profile) linkFlags() int {
	if p.PDFX != "" {
		return 0
	}
	return printFlag
}

// asciiURI percent-encodes the bytes of a URI outside printable ASCII:
// /URI is a 7-bit ASCII string (ISO 32000-1, 12.6.4.7).
func asciiURI(s string) string {
	plain := 0
	for plain < len(s) && s[plain] > ' ' && s[plain] < 0x7F {
		plain++
	}
	if plain == len(s) {
		return s // nothing to encode: the string itself, not a copy
	}
	b := append(make([]byte, 0, len(s)+16), s[:plain]...)
	for i := plain; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7F {
			b = append(b, '%', hexDigits[c>>4], hexDigits[c&15])
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// writeOutline writes the bookmarks as an outline tree (12.3.3), every
// entry open, each pointing at its named destination; 0 when there are
// none.
func (d *document) writeOutline(dests destinationSet) int {
	entries := d.doc.Outline
	if len(entries) == 0 {
		return 0
	}
	type node struct {
		entry                          typeset.OutlineEntry
		num, parent, prev, next, count int
		first, last                    int
	}
	root := d.ow.reserve()
	nodes := make([]node, len(entries))
	for i := range entries {
		nodes[i] = node{entry: entries[i], num: d.ow.reserve()}
	}
	// Link each entry to its parent (the nearest earlier entry of a
	// lower level) and its siblings.
	var stack []int // indices of the open ancestors
	var rootFirst, rootLast, rootCount int
	lastChild := map[int]int{} // parent index (-1: root) → last child index
	for i := range nodes {
		level := nodes[i].entry.Level
		for len(stack) > 0 && nodes[stack[len(stack)-1]].entry.Level >= level {
			stack = stack[:len(stack)-1]
		}
		parent := -1
		nodes[i].parent = root
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
			nodes[i].parent = nodes[parent].num
		}
		if prev, ok := lastChild[parent]; ok {
			nodes[i].prev = nodes[prev].num
			nodes[prev].next = nodes[i].num
		} else if parent >= 0 {
			nodes[parent].first = nodes[i].num
		} else {
			rootFirst = nodes[i].num
		}
		lastChild[parent] = i
		if parent >= 0 {
			nodes[parent].last = nodes[i].num
		} else {
			rootLast = nodes[i].num
		}
		// Every ancestor, all open, counts this entry.
		for _, a := range stack {
			nodes[a].count++
		}
		rootCount++
		stack = append(stack, i)
	}
	d.ow.put(root, pdfDict{{"Type", pdfName("Outlines")}, {"First", pdfRef(rootFirst)}, {"Last", pdfRef(rootLast)}, {"Count", pdfInt(rootCount)}})
	var item pdfOutlineItem
	for _, n := range nodes {
		item = pdfOutlineItem{title: pdfText(n.entry.Title), parent: n.parent, prev: n.prev, next: n.next, first: n.first, last: n.last, count: n.count}
		if dest, ok := dests.name(n.entry.Page, n.entry.Y); ok {
			item.dest = pdfLiteral(dest)
		}
		d.ow.put(n.num, &item)
	}
	return root
}

// writeOutputIntent writes the edition's output intent with its profile.
func (d *document) writeOutputIntent() int {
	in := d.prof.Intent
	icc := d.icc(in.Profile)
	d.pipe.drain()
	return d.ow.add(pdfDict{{"Type", pdfName("OutputIntent")}, {"S", pdfName(in.Subtype)},
		{"OutputConditionIdentifier", pdfText(in.Identifier)}, {"RegistryName", pdfLiteral("http://www.color.org")},
		{"Info", pdfText(in.Info)}, {"DestOutputProfile", pdfRef(icc)}})
}

// writeInfo writes the document information dictionary (14.3.3), which
// the XMP metadata repeats.
func (d *document) writeInfo() int {
	m := d.doc.Meta
	var info pdfDict
	for _, e := range []struct {
		key   pdfName
		value string
	}{
		{"Title", m.Title}, {"Author", m.Author}, {"Subject", m.Subject}, {"Keywords", m.Keywords},
		{"Creator", d.creator}, {"Producer", d.creator},
	} {
		if e.value != "" {
			info = info.with(e.key, pdfText(e.value))
		}
	}
	date := pdfLiteral(pdfDate(d.date))
	info = append(info, pdfEntry{"CreationDate", date}, pdfEntry{"ModDate", date})
	if d.prof.PDFX != "" {
		info = append(info, pdfEntry{"GTS_PDFXVersion", pdfLiteral(d.prof.PDFX)}, pdfEntry{"Trapped", pdfName("False")})
	}
	return d.ow.add(info)
}

// writeMetadata writes the XMP packet, uncompressed as PDF/A wants it,
// with a document identifier derived from everything written before it.
func (d *document) writeMetadata() int {
	id := d.ow.fileID()
	meta := xmpMeta{Meta: d.doc.Meta, Date: d.date, Creator: d.creator, DocumentID: documentID(id),
		PDFX: d.prof.PDFX, PDFAPart: d.prof.PDFAPart, PDFAConformance: d.prof.PDFAConformance, PDFUA: d.prof.PDFUA}
	return d.ow.addStream(pdfDict{{"Type", pdfName("Metadata")}, {"Subtype", pdfName("XML")}}, meta.packet())
}

// documentID is a stable identifier of the drawn content.
func documentID(sum [16]byte) string {
	return fmt.Sprintf("uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}
