package output

import (
	"strconv"

	"brochure/layout/typeset"
)

// The PDF object layer (ISO 32000-1, 7.3). Every object the writer puts
// into the file — dictionaries of pages, fonts, images, the structure
// tree, annotations, the catalog and the trailer — is built as a value of
// these types and turned into syntax here, in one place; only content
// streams (operators, output/contentstream.go) are written as bytes. A
// dictionary keeps its entries in the order the program gives them, so
// the same document always gives the same bytes.

// pdfObject is a PDF object that writes its own syntax.
type pdfObject interface {
	appendPDF(b []byte) []byte
}

type (
	// pdfName is a name object: /Type.
	pdfName string
	// pdfInt is an integer.
	pdfInt int64
	// pdfReal is a real number from a file being copied, written with at
	// most five decimals and no exponent.
	pdfReal float64
	// pdfPoints is a length in points, written to 1/10000 pt.
	pdfPoints typeset.Scaled
	// pdfBool is true or false.
	pdfBool bool
	// pdfRef is an indirect reference to an object: n 0 R.
	pdfRef int
	// pdfText is a text string (7.9.2): literal when plain ASCII, else
	// UTF-16BE with a byte order mark.
	pdfText string
	// pdfLiteral is a byte string written as a literal: ( … ).
	pdfLiteral string
	// pdfHex is a byte string written in hexadecimal: < … >.
	pdfHex []byte
	// pdfArray is an array.
	pdfArray []pdfObject
	// pdfDict is a dictionary, its entries in the order given.
	pdfDict []pdfEntry
	// pdfNull is the null object.
	pdfNull struct{}
)

// pdfEntry is one key and value of a dictionary.
type pdfEntry struct {
	key   pdfName
	value pdfObject
}

func (n pdfName) appendPDF(b []byte) []byte   { return appendName(b, string(n)) }
func (i pdfInt) appendPDF(b []byte) []byte    { return strconv.AppendInt(b, int64(i), 10) }
func (r pdfReal) appendPDF(b []byte) []byte   { return appendFloat(b, float64(r)) }
func (p pdfPoints) appendPDF(b []byte) []byte { return appendNum(b, typeset.Scaled(p)) }
func (v pdfBool) appendPDF(b []byte) []byte   { return strconv.AppendBool(b, bool(v)) }
func (r pdfRef) appendPDF(b []byte) []byte    { return appendRef(b, int(r)) }
func (t pdfText) appendPDF(b []byte) []byte   { return appendTextString(b, string(t)) }
func (s pdfLiteral) appendPDF(b []byte) []byte {
	return appendLiteral(b, string(s))
}
func (pdfNull) appendPDF(b []byte) []byte { return append(b, "null"...) }

func (h pdfHex) appendPDF(b []byte) []byte {
	b = append(b, '<')
	for _, c := range h {
		b = append(b, hexDigits[c>>4], hexDigits[c&15])
	}
	return append(b, '>')
}

func (a pdfArray) appendPDF(b []byte) []byte {
	b = append(b, '[')
	for i, o := range a {
		if i > 0 {
			b = append(b, ' ')
		}
		b = o.appendPDF(b)
	}
	return append(b, ']')
}

func (d pdfDict) appendPDF(b []byte) []byte {
	b = append(b, "<<"...)
	b = d.appendEntries(b)
	return append(b, " >>"...)
}

// appendEntries writes the entries without << >>.
func (d pdfDict) appendEntries(b []byte) []byte {
	for _, e := range d {
		b = append(b, ' ')
		b = e.key.appendPDF(b)
		b = append(b, ' ')
		b = e.value.appendPDF(b)
	}
	return b
}

// with returns d with an entry added.
func (d pdfDict) with(key pdfName, value pdfObject) pdfDict {
	return append(d, pdfEntry{key, value})
}

// pdfInts is an array of integers, written from them in place.
type pdfInts []int

func (a pdfInts) appendPDF(b []byte) []byte {
	return appendArray(b, a, func(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) })
}

// appendArray writes an array (7.3.6) of items, each written by item and
// parted from the next by a space.
func appendArray[T any](b []byte, items []T, item func([]byte, T) []byte) []byte {
	b = append(b, '[')
	for i, v := range items {
		if i > 0 {
			b = append(b, ' ')
		}
		b = item(b, v)
	}
	return append(b, ']')
}

// pdfRefs is an array of references.
func pdfRefs(nums []int) pdfObject { return pdfRefArray(nums) }

// pdfRefArray is an array of references, written from the numbers in
// place.
type pdfRefArray []int

func (a pdfRefArray) appendPDF(b []byte) []byte { return appendArray(b, a, appendRef) }

// pdfRealRect is a rectangle [llx lly urx ury] (7.9.5) of numbers read
// from a file the program copies.
func pdfRealRect(r [4]float64) pdfArray {
	return pdfArray{pdfReal(r[0]), pdfReal(r[1]), pdfReal(r[2]), pdfReal(r[3])}
}

// pdfPointsRect is a rectangle [llx lly urx ury] (7.9.5) of lengths the
// program computed, in points, written in place.
type pdfPointsRect [4]typeset.Scaled

func (r pdfPointsRect) appendPDF(b []byte) []byte { return appendArray(b, r[:], appendNum) }

// flateFilter is the entry of a stream compressed with Flate.
var flateFilter = pdfEntry{"Filter", pdfName("FlateDecode")}

// pdfObjectRef is an object reference dictionary (OBJR, 14.7.4.3): an
// annotation as a structure element's kid, with the page it is on.
// Written in place, as a long document's structure tree has thousands.
type pdfObjectRef struct{ obj, page int }

func (r pdfObjectRef) appendPDF(b []byte) []byte {
	b = append(b, "<< /Type /OBJR /Obj "...)
	b = appendRef(b, r.obj)
	b = append(b, " /Pg "...)
	b = appendRef(b, r.page)
	return append(b, " >>"...)
}

// pdfContentRef is a marked-content reference dictionary (MCR,
// 14.7.4.2): a structure element's marked content on a page other than
// the element's own. Written in place, as pdfObjectRef.
type pdfContentRef struct{ page, mcid int }

func (r pdfContentRef) appendPDF(b []byte) []byte {
	b = append(b, "<< /Type /MCR /Pg "...)
	b = appendRef(b, r.page)
	b = append(b, " /MCID "...)
	b = strconv.AppendInt(b, int64(r.mcid), 10)
	return append(b, " >>"...)
}

// pdfLinkAnnot is a link annotation's dictionary (12.5.6.5), written in
// place, as a long document has thousands: its /Rect, /Contents (what it
// does), /StructParent (when not negative), flags /F, no /Border, and
// then its action, a URI when uri is not empty, or else its named
// destination /Dest.
type pdfLinkAnnot struct {
	rect         pdfPointsRect
	contents     pdfText
	structParent int
	flags        int
	uri, dest    pdfLiteral
}

func (a *pdfLinkAnnot) appendPDF(b []byte) []byte {
	b = append(b, "<< /Type /Annot /Subtype /Link /Rect "...)
	b = a.rect.appendPDF(b)
	b = append(b, " /Contents "...)
	b = a.contents.appendPDF(b)
	if a.structParent >= 0 {
		b = append(b, " /StructParent "...)
		b = strconv.AppendInt(b, int64(a.structParent), 10)
	}
	b = append(b, " /F "...)
	b = strconv.AppendInt(b, int64(a.flags), 10)
	b = append(b, " /Border [0 0 0]"...)
	if a.uri != "" {
		b = append(b, " /A << /S /URI /URI "...)
		b = append(a.uri.appendPDF(b), " >>"...)
	} else {
		b = append(b, " /Dest "...)
		b = a.dest.appendPDF(b)
	}
	return append(b, " >>"...)
}

// pdfOutlineItem is an outline item's dictionary (12.3.3), written in
// place: its /Title, /Parent, its neighbours /Prev and /Next and its
// children /First and /Last (each when not 0), /Count (when positive:
// open) and /Dest (when not empty).
type pdfOutlineItem struct {
	title                                  pdfText
	parent, prev, next, first, last, count int
	dest                                   pdfLiteral
}

func (o *pdfOutlineItem) appendPDF(b []byte) []byte {
	b = append(b, "<< /Title "...)
	b = o.title.appendPDF(b)
	b = append(b, " /Parent "...)
	b = appendRef(b, o.parent)
	for _, link := range [...]struct {
		key string
		num int
	}{{" /Prev ", o.prev}, {" /Next ", o.next}, {" /First ", o.first}, {" /Last ", o.last}} {
		if link.num != 0 {
			b = appendRef(append(b, link.key...), link.num)
		}
	}
	if o.count > 0 {
		b = append(b, " /Count "...)
		b = strconv.AppendInt(b, int64(o.count), 10)
	}
	if o.dest != "" {
		b = append(b, " /Dest "...)
		b = o.dest.appendPDF(b)
	}
	return append(b, " >>"...)
}

// pdfStructElem is a structure element's dictionary (14.7.2), written in
// place, as a long document has tens of thousands: /S its role, /P its
// parent, /Pg the page of its bare MCIDs (when page is not 0), /Alt and
// /Lang (when not empty), its table attributes (a header's scope, a
// cell's row span) and its layout attributes as /A (when not nil; an
// array of both when both are set), and its kids as /K.
type pdfStructElem struct {
	role          pdfName
	parent, page  int
	alt, lang     pdfText
	table, layout pdfDict
	kids          structKids
}

func (e *pdfStructElem) appendPDF(b []byte) []byte {
	b = append(b, "<< /S "...)
	b = e.role.appendPDF(b)
	b = append(b, " /P "...)
	b = appendRef(b, e.parent)
	if e.page != 0 {
		b = append(b, " /Pg "...)
		b = appendRef(b, e.page)
	}
	if e.alt != "" {
		b = append(b, " /Alt "...)
		b = e.alt.appendPDF(b)
	}
	if e.lang != "" {
		b = append(b, " /Lang "...)
		b = e.lang.appendPDF(b)
	}
	switch {
	case e.table != nil && e.layout != nil:
		b = append(b, " /A "...)
		b = pdfArray{e.table, e.layout}.appendPDF(b)
	case e.table != nil:
		b = append(b, " /A "...)
		b = e.table.appendPDF(b)
	case e.layout != nil:
		b = append(b, " /A "...)
		b = e.layout.appendPDF(b)
	}
	b = append(b, " /K "...)
	b = e.kids.appendPDF(b)
	return append(b, " >>"...)
}
