package output

import (
	"encoding/binary"

	"brochure/fonts"
	"brochure/layout"
	"brochure/layout/typeset"
)

// Pages drawn again alike (watch, serve): a page's content stream
// depends on its geometry, the edition's colour model and, item after
// item, on what drawing reads of each — never on the build. pageWalk
// writes that down as a key, in binary and without formatting a number,
// so that a rebuild finds the stream a page drew before (StreamCache)
// without drawing it again. Faces and structure elements, which a
// rebuild makes anew, enter the key as what the operators show of them:
// a face by its place among the page's faces (its resource name is
// checked when the page is taken, takePage), an element by its role
// where a marked-content sequence begins (its MCID is its place among
// the page's sequences). The walk gathers this build's faces, elements
// and links besides, which a page taken adds to the document as drawing
// would have. A page with a picture or an item of a kind not known here
// is not keyed, and one with a character whose CID is not its code
// point is not kept (keptPageOf): such pages are drawn.

// pageWalk is the key of one page and what of this build's the page
// brings with it; its buffers serve page after page.
type pageWalk struct {
	key []byte
	// faces are the page's faces, first drawn first (as embed lists the
	// page's fonts).
	faces []*fonts.Face
	// elems are the elements of the page's marked-content sequences, in
	// MCID order (as mark gives the MCIDs).
	elems []*typeset.StructElement
	links []*typeset.LinkArea
	// boxed are the indices of the items that belong to a figure or a
	// table (boxedElement), whose boxes drawing records.
	boxed []int
	// marked is the marked content the walk is in, as mark keeps it.
	marked markedContent
	// lastFace is the index in faces of the face keyed last.
	lastFace int
}

// Item kinds in a page key.
const (
	keyRun byte = iota + 1
	keyRule
	keyPolygon
	keyQR
	keyLink
	keyMark
)

// walk keys page (geometry geo, in colour model colours); it reports
// false for a page that is not keyed.
func (w *pageWalk) walk(page layout.Page, geo geometry, colours ColourModel) bool {
	w.key, w.faces, w.elems, w.links, w.boxed = w.key[:0], w.faces[:0], w.elems[:0], w.links[:0], w.boxed[:0]
	w.marked, w.lastFace = markedContent{}, -1
	w.key = appendKeyNums(w.key, int64(colours), int64(geo.trimW), int64(geo.trimH), int64(geo.bleed), int64(geo.offset),
		int64(geo.mediaW), int64(geo.mediaH))
	w.key = appendKeyBool(w.key, geo.marks)
	var last *typeset.StructElement // the element asked about last, and its answer
	lastBoxed := false
	for k, it := range page.Items {
		if !w.item(it) {
			return false
		}
		if e := it.Element(); e != nil {
			if e != last {
				last, lastBoxed = e, boxedElement(e)
			}
			if lastBoxed {
				w.boxed = append(w.boxed, k)
			}
		}
	}
	return true
}

// item keys one item: what the document's Drawer methods read of it.
func (w *pageWalk) item(it typeset.Item) bool {
	switch x := it.(type) {
	case *typeset.GlyphRun:
		w.key = append(w.key, keyRun)
		w.mark(tagOf(x.Elem, x.Artifact))
		w.key = appendKeyRun(w.key, x, w.face(x.Face))
	case *typeset.Rule:
		w.key = append(w.key, keyRule)
		w.mark(tagOf(x.Elem, x.Artifact))
		w.key = appendKeyNums(w.key, int64(x.X), int64(x.Y), int64(x.W), int64(x.H))
		w.key = appendKeyColour(w.key, x.Colour)
	case *typeset.Polygon:
		w.key = append(w.key, keyPolygon)
		w.mark(tagOf(x.Elem, typeset.DecorationArtifact))
		w.key = appendKeyColour(w.key, x.Colour)
		w.key = binary.AppendUvarint(w.key, uint64(len(x.Points)))
		for _, v := range x.Points {
			w.key = appendKeyNums(w.key, int64(v.X), int64(v.Y))
		}
	case *typeset.QRCode:
		w.key = append(w.key, keyQR)
		w.mark(tagOf(x.Elem, typeset.DecorationArtifact))
		w.key = appendKeyNums(w.key, int64(x.X), int64(x.Y), int64(x.Module))
		w.key = appendKeyColour(w.key, x.Colour)
		w.key = appendKeyModules(w.key, x.Modules)
	case *typeset.LinkArea:
		// Drawing ends the text object only; the annotation is written
		// from this build's link.
		w.key = append(w.key, keyLink)
		w.links = append(w.links, x)
	case *typeset.Mark:
		w.key = append(w.key, keyMark)
	default: // a picture (which writes images), or a kind not known here
		return false
	}
	return true
}

// mark keys the marked content an item is drawn in as mark writes it:
// nothing when it is the one in force, else the artifact's kind or the
// element's role, whose sequence takes the next MCID.
func (w *pageWalk) mark(m markedContent) {
	if m == w.marked {
		w.key = append(w.key, 0)
		return
	}
	w.marked = m
	if m.elem == nil {
		w.key = append(w.key, 1, byte(m.artifact))
		return
	}
	w.key = append(w.key, 2, byte(m.elem.Role))
	w.elems = append(w.elems, m.elem)
}

// face is the index of f among the page's faces, which it joins when
// new.
func (w *pageWalk) face(f *fonts.Face) int {
	if w.lastFace >= 0 && w.faces[w.lastFace] == f {
		return w.lastFace
	}
	for k, g := range w.faces {
		if g == f {
			w.lastFace = k
			return k
		}
	}
	w.faces = append(w.faces, f)
	w.lastFace = len(w.faces) - 1
	return w.lastFace
}

// appendKeyRun keys what drawing reads of a glyph run, its face the
// page's face number face. (The key is built in a local slice, stored in
// the walk once: a page's thousands of appends each stored through the
// walk cost a write barrier whenever the collector ran.)
func appendKeyRun(b []byte, x *typeset.GlyphRun, face int) []byte {
	b = appendKeyRunNums(b, x, face)
	b = appendKeyColour(b, x.Colour)
	b = appendKeyString(b, x.Text)
	kern := x.Kern()
	b = binary.AppendUvarint(b, uint64(len(kern)))
	for _, k := range kern {
		b = binary.AppendVarint(b, int64(k))
	}
	said := x.ActualText()
	b = appendKeyBool(b, said != nil)
	if said != nil {
		b = appendKeyString(b, *said)
	}
	return b
}

// appendKeyRunNums keys a glyph run's numbers, its face the page's face
// number face: in fixed widths after a 0 where each fits them (a face
// number below 256, lengths in 32 bits: every run a page sets), which is
// quicker to write than varints, else as varints after a 1.
func appendKeyRunNums(b []byte, x *typeset.GlyphRun, face int) []byte {
	if face < 0 || face > 255 || !fits32(x.Size) || !fits32(x.X) || !fits32(x.Y) || !fits32(x.SpaceAfter) {
		b = append(b, 1)
		return appendKeyNums(b, int64(face), int64(x.Size), int64(x.X), int64(x.Y), int64(x.Tracking),
			int64(x.HScale), int64(x.SpaceAfter))
	}
	b = append(b, 0, byte(face))
	b = binary.LittleEndian.AppendUint32(b, uint32(x.Size))
	b = binary.LittleEndian.AppendUint32(b, uint32(x.X))
	b = binary.LittleEndian.AppendUint32(b, uint32(x.Y))
	b = binary.LittleEndian.AppendUint16(b, uint16(x.Tracking))
	b = binary.LittleEndian.AppendUint32(b, uint32(x.HScale))
	return binary.LittleEndian.AppendUint32(b, uint32(x.SpaceAfter))
}

// fits32 reports whether v is held in 32 bits.
func fits32(v typeset.Scaled) bool { return v == typeset.Scaled(int32(v)) }

func appendKeyNums(b []byte, v ...int64) []byte {
	for _, x := range v {
		b = binary.AppendVarint(b, x)
	}
	return b
}

func appendKeyBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func appendKeyString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendKeyColour(b []byte, c typeset.Colour) []byte {
	return append(b, c.C, c.M, c.Y, c.K, c.R, c.G, c.B)
}

// appendKeyModules keys a QR symbol's modules: its rows' lengths and
// their modules, eight to a byte.
func appendKeyModules(b []byte, rows [][]bool) []byte {
	b = binary.AppendUvarint(b, uint64(len(rows)))
	for _, cols := range rows {
		b = binary.AppendUvarint(b, uint64(len(cols)))
		// Eight modules to a byte, without a branch on each module (the
		// modules of a symbol are as good as random: a branch on each was
		// mispredicted half the time).
		k := 0
		for ; k+8 <= len(cols); k += 8 {
			c := cols[k : k+8 : k+8]
			b = append(b, bit(c[0])|bit(c[1])<<1|bit(c[2])<<2|bit(c[3])<<3|bit(c[4])<<4|bit(c[5])<<5|bit(c[6])<<6|bit(c[7])<<7)
		}
		if k < len(cols) {
			var acc byte
			for j, dark := range cols[k:] {
				acc |= bit(dark) << j
			}
			b = append(b, acc)
		}
	}
	return b
}

// bit is 1 for true and 0 for false.
func bit(dark bool) byte {
	var v byte
	if dark {
		v = 1
	}
	return v
}
