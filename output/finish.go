package output

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"

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
	kids := fmt.Appendf(nil, "<< /Type /Pages /Count %d /Kids [", len(pageNums))
	for i, n := range pageNums {
		if i > 0 {
			kids = append(kids, ' ')
		}
		kids = appendRef(kids, n)
	}
	d.ow.object(tree, append(kids, "] >>"...))

	outline := d.writeOutline(dests)
	intent := d.writeOutputIntent()
	info := d.writeInfo()
	meta := d.writeMetadata()

	cat := []byte("<< /Type /Catalog /Pages ")
	cat = appendRef(cat, tree)
	if len(dests.names) > 0 {
		cat = append(cat, " /Names << /Dests << /Names ["...)
		for i, name := range dests.names {
			if i > 0 {
				cat = append(cat, ' ')
			}
			cat = appendLiteral(cat, name)
			cat = append(cat, ' ')
			cat = d.appendDestination(cat, dests.targets[name], pageNums)
		}
		cat = append(cat, "] >> >>"...)
	}
	if outline != 0 {
		cat = append(cat, " /Outlines "...)
		cat = appendRef(cat, outline)
		cat = append(cat, " /PageMode /UseOutlines"...)
	}
	cat = append(cat, " /PageLayout /SinglePage /ViewerPreferences << /DisplayDocTitle true >>"...)
	if structRoot != 0 {
		cat = append(cat, " /MarkInfo << /Marked true >> /StructTreeRoot "...)
		cat = appendRef(cat, structRoot)
	}
	if lang := d.doc.Meta.Language; lang != "" {
		cat = append(cat, " /Lang "...)
		cat = appendTextString(cat, lang)
	}
	cat = append(cat, " /OutputIntents ["...)
	cat = appendRef(cat, intent)
	cat = append(cat, "] /Metadata "...)
	cat = appendRef(cat, meta)
	cat = append(cat, " >>"...)
	root := d.ow.add(cat)
	return d.ow.finish(root, info)
}

// writeFonts subsets every font (one per core at a time: each holds a
// compressor of some 600 KB) and writes them; it returns each font's
// Type 0 dictionary number.
func (d *document) writeFonts() (map[*embeddedFont]int, error) {
	programs := make([]fontProgram, len(d.fontOrder))
	var wg sync.WaitGroup
	slots := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	for i, e := range d.fontOrder {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			programs[i] = e.program()
			<-slots
		}()
	}
	wg.Wait()
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

// pageDict is page i's dictionary: boxes, contents, the resources it uses,
// its annotations.
func (d *document) pageDict(i, tree int, fontNums map[*embeddedFont]int, annots []int) []byte {
	p := &d.pages[i]
	b := []byte("<< /Type /Page /Parent ")
	b = appendRef(b, tree)
	b = append(b, " /MediaBox "...)
	b = appendBox(b, p.geo.mediaBox())
	b = append(b, " /TrimBox "...)
	b = appendBox(b, p.geo.trimBox())
	if d.prof.Bleed {
		b = append(b, " /BleedBox "...)
		b = appendBox(b, p.geo.bleedBox())
	}
	b = append(b, " /Contents "...)
	b = appendRef(b, p.contents)
	b = append(b, " /Resources <<"...)
	if len(p.fonts) > 0 {
		b = append(b, " /Font <<"...)
		for _, f := range p.fonts {
			b = append(b, " /"...)
			b = append(b, f.resource...)
			b = append(b, ' ')
			b = appendRef(b, fontNums[f])
		}
		b = append(b, " >>"...)
	}
	if len(p.xobjects) > 0 {
		b = append(b, " /XObject <<"...)
		for _, x := range p.xobjects {
			b = append(b, " /"...)
			b = append(b, x.name...)
			b = append(b, ' ')
			b = appendRef(b, x.num)
		}
		b = append(b, " >>"...)
	}
	b = append(b, " >>"...)
	if p.transparency {
		// Soft masks blend in the edition's colour space.
		b = append(b, " /Group << /Type /Group /S /Transparency /CS "...)
		b = append(b, d.blendSpace()...)
		b = append(b, " >>"...)
	}
	if len(d.tree.records) > 0 {
		b = append(b, " /StructParents "...)
		b = strconv.AppendInt(b, int64(i), 10)
	}
	if len(annots) > 0 {
		// Tab order follows the structure (PDF/UA).
		b = append(b, " /Tabs /S /Annots ["...)
		for k, n := range annots {
			if k > 0 {
				b = append(b, ' ')
			}
			b = appendRef(b, n)
		}
		b = append(b, ']')
	}
	return append(b, " >>"...)
}

// blendSpace is the device colour space of the edition's drawn colours.
func (d *document) blendSpace() string {
	if d.prof.Colours == ScreenRGB {
		return "/DeviceRGB"
	}
	return "/DeviceCMYK"
}

// destinationSet names every place internal links and bookmarks point at.
type destinationSet struct {
	names   []string // sorted, as a name tree wants them
	targets map[string]destination
}

type destination struct {
	page int
	y    typeset.Scaled
}

func destName(page int, y typeset.Scaled) string {
	return "p" + strconv.Itoa(page+1) + "y" + string(appendNum(nil, y))
}

func (d *document) destinations() destinationSet {
	set := destinationSet{targets: map[string]destination{}}
	add := func(page int, y typeset.Scaled) {
		name := destName(page, y)
		if _, ok := set.targets[name]; !ok && page >= 0 && page < len(d.pages) {
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

// appendDestination writes [page /XYZ left top null]: the target at the
// left edge of the media box, at its height, keeping the zoom.
func (d *document) appendDestination(b []byte, t destination, pageNums []int) []byte {
	g := d.pages[t.page].geo
	b = append(b, '[')
	b = appendRef(b, pageNums[t.page])
	b = append(b, " /XYZ 0 "...)
	b = appendNum(b, g.mediaH-g.offset-t.y)
	return append(b, " null]"...)
}

// writeAnnotations writes each page's link annotations and returns their
// numbers by page.
func (d *document) writeAnnotations(dests destinationSet) [][]int {
	out := make([][]int, len(d.pages))
	for i := range d.pages {
		p := &d.pages[i]
		for _, l := range p.links {
			if l.URL == "" {
				if _, ok := dests.targets[destName(l.Page, l.TargetY)]; !ok {
					continue // a link to a page that does not exist
				}
			}
			r := box{l.X + p.geo.offset, p.geo.mediaH - p.geo.offset - l.Y - l.H, l.X + l.W + p.geo.offset, p.geo.mediaH - p.geo.offset - l.Y}
			num := d.ow.reserve()
			b := []byte("<< /Type /Annot /Subtype /Link /Rect ")
			b = appendBox(b, r)
			// What the link does, for assistive technology, and the
			// Link element it belongs to.
			description := l.URL
			if l.Elem != nil && l.Elem.Description() != "" {
				description = l.Elem.Description()
			}
			b = append(b, " /Contents "...)
			b = appendTextString(b, description)
			if l.Elem != nil {
				b = append(b, " /StructParent "...)
				b = strconv.AppendInt(b, int64(d.tree.annotation(l.Elem, i, num, len(d.pages))), 10)
			}
			b = append(b, " /F "...)
			b = strconv.AppendInt(b, int64(d.prof.linkFlags()), 10)
			b = append(b, " /Border [0 0 0]"...)
			if l.URL != "" {
				b = append(b, " /A << /S /URI /URI "...)
				b = appendLiteral(b, asciiURI(l.URL))
				b = append(b, " >>"...)
			} else {
				b = append(b, " /Dest "...)
				b = appendLiteral(b, destName(l.Page, l.TargetY))
			}
			d.ow.object(num, append(b, " >>"...))
			out[i] = append(out[i], num)
		}
	}
	return out
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
	var b []byte
	for i := 0; i < len(s); i++ {
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
	b := []byte("<< /Type /Outlines /First ")
	b = appendRef(b, rootFirst)
	b = append(b, " /Last "...)
	b = appendRef(b, rootLast)
	b = fmt.Appendf(b, " /Count %d >>", rootCount)
	d.ow.object(root, b)
	for _, n := range nodes {
		b := []byte("<< /Title ")
		b = appendUTF16Hex(b, n.entry.Title)
		b = append(b, " /Parent "...)
		b = appendRef(b, n.parent)
		for _, link := range []struct {
			key string
			num int
		}{{" /Prev ", n.prev}, {" /Next ", n.next}, {" /First ", n.first}, {" /Last ", n.last}} {
			if link.num != 0 {
				b = append(b, link.key...)
				b = appendRef(b, link.num)
			}
		}
		if n.count > 0 {
			b = fmt.Appendf(b, " /Count %d", n.count)
		}
		if _, ok := dests.targets[destName(n.entry.Page, n.entry.Y)]; ok {
			b = append(b, " /Dest "...)
			b = appendLiteral(b, destName(n.entry.Page, n.entry.Y))
		}
		d.ow.object(n.num, append(b, " >>"...))
	}
	return root
}

// writeOutputIntent writes the edition's output intent with its profile.
func (d *document) writeOutputIntent() int {
	in := d.prof.Intent
	icc := d.icc(in.Profile)
	d.pipe.drain()
	b := []byte("<< /Type /OutputIntent /S /")
	b = append(b, in.Subtype...)
	b = append(b, " /OutputConditionIdentifier "...)
	b = appendTextString(b, in.Identifier)
	b = append(b, " /RegistryName (http://www.color.org) /Info "...)
	b = appendTextString(b, in.Info)
	b = append(b, " /DestOutputProfile "...)
	b = appendRef(b, icc)
	return d.ow.add(append(b, " >>"...))
}

// writeInfo writes the document information dictionary (14.3.3), which
// the XMP metadata repeats.
func (d *document) writeInfo() int {
	m := d.doc.Meta
	b := []byte("<<")
	for _, e := range []struct{ key, value string }{
		{"Title", m.Title}, {"Author", m.Author}, {"Subject", m.Subject}, {"Keywords", m.Keywords},
		{"Creator", d.creator}, {"Producer", d.creator},
	} {
		if e.value == "" {
			continue
		}
		b = append(b, " /"...)
		b = append(b, e.key...)
		b = append(b, ' ')
		b = appendTextString(b, e.value)
	}
	date := pdfDate(d.date)
	b = append(b, " /CreationDate "...)
	b = appendLiteral(b, date)
	b = append(b, " /ModDate "...)
	b = appendLiteral(b, date)
	if d.prof.PDFX != "" {
		b = append(b, " /GTS_PDFXVersion "...)
		b = appendLiteral(b, d.prof.PDFX)
		b = append(b, " /Trapped /False"...)
	}
	return d.ow.add(append(b, " >>"...))
}

// writeMetadata writes the XMP packet, uncompressed as PDF/A wants it,
// with a document identifier derived from everything written before it.
func (d *document) writeMetadata() int {
	id := d.ow.fileID()
	meta := xmpMeta{Meta: d.doc.Meta, Date: d.date, Creator: d.creator, DocumentID: documentID(id),
		PDFX: d.prof.PDFX, PDFAPart: d.prof.PDFAPart, PDFAConformance: d.prof.PDFAConformance, PDFUA: d.prof.PDFUA}
	return d.ow.addStream([]byte(" /Type /Metadata /Subtype /XML"), meta.packet())
}

// documentID is a stable identifier of the drawn content.
func documentID(sum [16]byte) string {
	return fmt.Sprintf("uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
}
