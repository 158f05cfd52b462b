// Package output writes a finished layout as a PDF file. It owns every
// byte of the file: objects are numbered in the order they are written,
// pages are written as they are drawn, and nothing is read back. It is the
// only package that knows PDF syntax for writing; layout hands it pages of
// positioned items and an edition profile says what the file must conform
// to (PDF/X-4 for print, PDF/A-2 for screen).
package output

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"time"

	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// Options choose what PDF is written.
type Options struct {
	// Profile is the edition's meaning: see PrintProfile and ScreenProfile.
	Profile Profile
	// Creator names the program in the document information.
	Creator string
	// Date, when set, replaces the document's date in the file's
	// metadata (SOURCE_DATE_EPOCH).
	Date time.Time
	// Fonts, when set, keeps font programs between the builds of one
	// process (watch, serve) and reuses those whose subset is unchanged.
	Fonts *FontCache
	// Streams, when set, keeps the pages' compressed content streams
	// between the builds of one process and reuses those of pages drawn
	// alike; a page keyed as one drawn before is taken without being
	// drawn again (pageWalk, takePage).
	Streams *StreamCache
	// Release lets the writer drop each page's items once the page is
	// written, so a long document's memory shrinks as it is written. The
	// layout can then not be written or drawn again (a one-shot build).
	Release bool
}

// Render writes doc as a PDF into memory and returns its bytes.
func Render(doc *layout.Document, opts Options) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(renderEstimate(len(doc.Pages)))
	if err := Write(&b, doc, opts); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// renderEstimate is room for a PDF of the pages, so that the buffer is
// not grown (copied and cleared) again and again while it is written:
// the output profile and the fonts, and what a page of text takes
// (the example's are 10–14 KB).
func renderEstimate(pages int) int {
	return 192<<10 + pages*16<<10
}

// Write writes doc as a PDF to w, page by page. The same document and
// options always give the same bytes.
func Write(w io.Writer, doc *layout.Document, opts Options) error {
	if len(doc.Pages) == 0 {
		return fmt.Errorf("output: the layout has no pages")
	}
	if opts.Date.IsZero() {
		opts.Date = doc.Meta.Date
	}
	if opts.Profile.Version == "" {
		return fmt.Errorf("output: no edition profile given")
	}
	opts.Streams.begin()
	d := newDocument(w, doc, opts)
	if opts.Streams != nil {
		d.walker = startWalker(doc, opts.Profile, opts.Streams)
		defer d.walker.close()
	}
	for i := range doc.Pages {
		d.drawPage(i)
		if opts.Release {
			doc.Pages[i].Items = nil
		}
	}
	opts.Streams.tookPages(d.taken)
	return d.finish()
}

// document is the state of writing one file.
type document struct {
	ow      *objectWriter
	pipe    *pipeline
	prof    Profile
	doc     *layout.Document
	creator string    // for the document information
	date    time.Time // of the file's metadata
	// fontCache, when not nil, keeps font programs between builds.
	fontCache *FontCache
	// streams, when not nil, keeps compressed content streams between
	// builds.
	streams *StreamCache

	// fonts are the faces drawn so far, each embedded once; fontOrder
	// lists them in order of first use.
	fonts     map[*fonts.Face]*embeddedFont
	fontOrder []*embeddedFont
	// lastFont is the font that drew last (the runs of a line mostly
	// share one), found without the map.
	lastFont *embeddedFont
	// xobjects are the images and imported pages, each written once
	// however often it is placed, by file path.
	xobjects map[string]*xobject
	// iccs are the ICC profile streams written so far, by profile key.
	iccs map[string]int

	pages []pageRecord
	geo   geometry      // of the page being drawn
	cs    contentStream // the page's operators
	page  *pageRecord
	// tree collects the structure tree as pages are drawn.
	tree *structure
	// walker keys the pages when streams are kept (pageWalk); taken
	// counts the pages taken as kept.
	walker *pageWalker
	taken  int
}

// pageBuffers holds page buffers whose operators have been compressed,
// for the next pages to fill, in this build or the next one of the
// process (a watching or serving process, or the editions of one call):
// at most keptPageBuffers of at most maxKeptPageBuffer bytes each.
var pageBuffers = make(chan []byte, keptPageBuffers)

const (
	keptPageBuffers   = 8
	maxKeptPageBuffer = 1 << 20
)

// pageBuffer returns an empty buffer for a page's operators: one a
// compressed page gave back, or a new one as large as the last page's.
func pageBuffer(last int) []byte {
	select {
	case b := <-pageBuffers:
		return b
	default:
		return make([]byte, 0, max(64<<10, last+last/4))
	}
}

// freePageBuffer keeps b, whose operators are compressed, for another
// page, if the list has room and b is not too large.
func freePageBuffer(b []byte) {
	if cap(b) > maxKeptPageBuffer {
		return
	}
	select {
	case pageBuffers <- b[:0]:
	default:
	}
}

// pageRecord is what a drawn page's dictionary needs, written at the end.
type pageRecord struct {
	geo          geometry
	contents     int
	fonts        []*embeddedFont
	xobjects     []*xobject
	links        []*typeset.LinkArea
	transparency bool // an image with a soft mask is drawn
}

func newDocument(w io.Writer, doc *layout.Document, opts Options) *document {
	ow := newObjectWriter(w, opts.Profile.Version)
	return &document{
		ow: ow, pipe: newPipeline(ow), prof: opts.Profile, doc: doc, creator: opts.Creator, date: opts.Date, fontCache: opts.Fonts, streams: opts.Streams,
		fonts: map[*fonts.Face]*embeddedFont{}, xobjects: map[string]*xobject{}, iccs: map[string]int{},
		pages: make([]pageRecord, 0, len(doc.Pages)),
		tree:  newStructure(len(doc.Pages) * elemsPerPage),
	}
}

// drawPage writes page i's operators and queues its content stream;
// when streams are kept, it takes the page as a build before drew it if
// it is keyed alike (pageWalk), and keeps it for the next builds.
func (d *document) drawPage(i int) {
	page := d.doc.Pages[i]
	d.geo = newGeometry(page, d.prof)
	d.pages = append(d.pages, pageRecord{geo: d.geo})
	d.page = &d.pages[len(d.pages)-1]
	var walk *pageWalk
	if d.walker != nil {
		w := d.walker.next()
		defer d.walker.done(w)
		if w.keyed {
			walk = &w.pageWalk
		}
		if w.kept != nil && d.takePage(i, walk, w.kept) {
			return
		}
	}
	if d.cs.buf == nil {
		d.cs.buf = pageBuffer(0)
	}
	d.cs.reset()
	for _, it := range page.Items {
		d.item(it)
	}
	if d.geo.marks {
		d.mark(markedContent{artifact: typeset.DecorationArtifact, open: true})
		d.cropMarks()
	}
	d.mark(markedContent{}) // close the last sequence
	raw := d.cs.buf
	d.cs.buf = pageBuffer(len(raw))
	streams := d.streams
	var keep *keptPage
	var key string
	if walk != nil {
		if keep = d.keptPageOf(i, walk); keep != nil {
			key = string(walk.key)
		}
	}
	nums := d.pipe.submit(1, func([]int) ([]streamObject, error) {
		var data []byte
		if keep != nil {
			// Kept whole, by its key: not by its operators as well.
			data = deflate(raw)
			keep.data = data
			streams.keepPage(key, keep)
		} else {
			data = streams.deflate(raw)
		}
		freePageBuffer(raw) // the operators are compressed: the buffer serves another page
		return []streamObject{{dict: pdfDict{flateFilter}, data: data}}, nil
	})
	d.page.contents = nums[0]
}

// px and py append layout coordinates to the page's operators, in PDF
// user space (geometry.userX, geometry.userY).
func (d *document) px(v typeset.Scaled) { d.cs.num(d.geo.userX(v)) }
func (d *document) py(v typeset.Scaled) { d.cs.num(d.geo.userY(v)) }

// item draws an item on the page (document is the PDF's typeset.Drawer)
// and adds what it drew to the figure or table it belongs to.
func (d *document) item(it typeset.Item) {
	it.Draw(d)
	d.boundItem(it)
}

// shape starts a drawn shape: its marked content, outside text.
func (d *document) shape(m markedContent) {
	d.mark(m)
	d.cs.endText()
}

// GlyphRun implements typeset.Drawer.
func (d *document) GlyphRun(g *typeset.GlyphRun) {
	d.mark(tagOf(g.Elem, g.Artifact))
	d.glyphRun(g)
}

// Rule implements typeset.Drawer.
func (d *document) Rule(r *typeset.Rule) {
	d.shape(tagOf(r.Elem, r.Artifact))
	d.fill(r.Colour)
	d.px(r.X)
	d.py(r.Y + r.H)
	d.cs.num(r.W)
	d.cs.num(r.H)
	d.cs.op("re f")
}

// Polygon implements typeset.Drawer.
func (d *document) Polygon(p *typeset.Polygon) {
	d.shape(tagOf(p.Elem, typeset.DecorationArtifact))
	d.polygon(p)
}

// QRCode implements typeset.Drawer.
func (d *document) QRCode(q *typeset.QRCode) {
	d.shape(tagOf(q.Elem, typeset.DecorationArtifact))
	d.qrCode(q)
}

// Picture implements typeset.Drawer.
func (d *document) Picture(p *typeset.Picture) {
	d.shape(tagOf(p.Elem, typeset.DecorationArtifact))
	d.picture(p)
}

// LinkArea implements typeset.Drawer: the page's link annotations are
// written with the page's dictionary.
func (d *document) LinkArea(l *typeset.LinkArea) {
	d.cs.endText()
	d.page.links = append(d.page.links, l)
}

// Mark implements typeset.Drawer: a mark draws nothing.
func (d *document) Mark(*typeset.Mark) { d.cs.endText() }

func (d *document) polygon(p *typeset.Polygon) {
	if len(p.Points) < 3 {
		return
	}
	d.fill(p.Colour)
	for i, v := range p.Points {
		d.px(v.X)
		d.py(v.Y)
		if i == 0 {
			d.cs.op("m")
		} else {
			d.cs.op("l")
		}
	}
	d.cs.op("h f")
}

// fill sets the non-stroking colour in the edition's colour model.
func (d *document) fill(c typeset.Colour) {
	if d.cs.fillKnown && d.cs.fillColour == c {
		return // the same colour writes the same operator, which is in force
	}
	var b [40]byte
	op := b[:0]
	switch d.prof.Colours {
	case ScreenRGB:
		for _, v := range []uint8{c.R, c.G, c.B} {
			op = appendFixed(op, int64(v), 255)
			op = append(op, ' ')
		}
		op = append(op, "rg"...)
	case ProcessCMYK:
		for _, v := range []uint8{c.C, c.M, c.Y, c.K} {
			op = appendFixed(op, int64(v), 100)
			op = append(op, ' ')
		}
		op = append(op, 'k')
	}
	d.cs.setFill(op)
	d.cs.fillColour, d.cs.fillKnown = c, true
}

// embed returns the embedded font of a face, making one (resource F1, F2,
// … in order of first use) the first time the face draws, and lists it in
// the page's resources.
func (d *document) embed(face *fonts.Face) *embeddedFont {
	e := d.lastFont
	if e == nil || e.face != face {
		var ok bool
		if e, ok = d.fonts[face]; !ok {
			e = newEmbeddedFont(face, fontResource(len(d.fontOrder)+1))
			d.fonts[face] = e
			d.fontOrder = append(d.fontOrder, e)
		}
		d.lastFont = e
	}
	if e.lastPage != len(d.pages) {
		e.lastPage = len(d.pages)
		d.page.fonts = append(d.page.fonts, e)
	}
	return e
}

// fontResource is the resource name of the n-th font drawn (from 1): F1,
// F2, ….
func fontResource(n int) string { return "F" + strconv.Itoa(n) }

// icc returns the object number of an ICC profile stream, writing it the
// first time it is needed.
func (d *document) icc(p ICCProfile) int {
	key := p.Name + "/" + strconv.Itoa(len(p.Flate))
	if n, ok := d.iccs[key]; ok {
		return n
	}
	dict := pdfDict{{"N", pdfInt(p.Components)}, flateFilter}
	n := d.pipe.submit(1, func([]int) ([]streamObject, error) {
		return []streamObject{{dict: dict, data: p.Flate}}, nil
	})[0]
	d.iccs[key] = n
	return n
}
