package output

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strconv"
)

// objectWriter writes a PDF file front to back (ISO 32000-1, 7.5): the
// header, then indirect objects as they are finished, then the
// cross-reference table and the trailer. Object numbers are handed out in
// the order the program asks for them, and the program asks in the same
// order on every run, so the same document always gives the same bytes —
// no renumbering pass, no map order anywhere. An object that must be
// referred to before it can be written (the page tree, which every page
// names as its parent) gets its number reserved first.
type objectWriter struct {
	w       *bufio.Writer
	written int64     // bytes written so far
	digest  hash.Hash // SHA-256 of everything written, for the file identifier
	offsets []int64   // by object number; 0 while not yet written
	scratch []byte    // an object's syntax, before it is written
	err     error
}

func newObjectWriter(w io.Writer, version string) *objectWriter {
	ow := &objectWriter{w: bufio.NewWriterSize(w, 64<<10), digest: sha256.New(), offsets: []int64{0}}
	// The comment of four high bytes marks the file as binary (7.5.2).
	ow.raw([]byte("%PDF-" + version + "\n%\xe2\xe3\xcf\xd3\n"))
	return ow
}

// raw writes bytes, counting and hashing them.
func (o *objectWriter) raw(b []byte) {
	if o.err != nil {
		return
	}
	n, err := o.w.Write(b)
	o.written += int64(n)
	o.digest.Write(b[:n])
	o.err = err
}

// reserve hands out the next object number; the object is written later.
func (o *objectWriter) reserve() int {
	o.offsets = append(o.offsets, 0)
	return len(o.offsets) - 1
}

// begin starts object num.
func (o *objectWriter) begin(num int) {
	if o.offsets[num] != 0 {
		o.fail(fmt.Errorf("output: object %d written twice", num))
		return
	}
	o.offsets[num] = o.written
	o.scratch = append(strconv.AppendInt(o.scratch[:0], int64(num), 10), " 0 obj\n"...)
	o.raw(o.scratch)
}

func (o *objectWriter) fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

// put writes the reserved object num.
func (o *objectWriter) put(num int, obj pdfObject) {
	o.begin(num)
	o.scratch = append(obj.appendPDF(o.scratch[:0]), "\nendobj\n"...)
	o.raw(o.scratch)
}

// add writes a new object and returns its number.
func (o *objectWriter) add(obj pdfObject) int {
	n := o.reserve()
	o.put(n, obj)
	return n
}

// stream writes a reserved stream object: dict is its dictionary without
// /Length, which is added, and data the stream as stored.
func (o *objectWriter) stream(num int, dict pdfDict, data []byte) {
	o.begin(num)
	o.scratch = dict[:len(dict):len(dict)].with("Length", pdfInt(len(data))).appendPDF(o.scratch[:0])
	o.scratch = append(o.scratch, "\nstream\n"...)
	o.raw(o.scratch)
	o.raw(data)
	o.scratch = append(o.scratch[:0], "\nendstream\nendobj\n"...)
	o.raw(o.scratch)
}

// addStream writes a new stream object and returns its number.
func (o *objectWriter) addStream(dict pdfDict, data []byte) int {
	n := o.reserve()
	o.stream(n, dict, data)
	return n
}

// addFlate writes data Flate-compressed as a new stream.
func (o *objectWriter) addFlate(dict pdfDict, data []byte) int {
	return o.addStream(dict[:len(dict):len(dict)].with(flateFilter.key, flateFilter.value), deflate(data))
}

// fileID is the identifier of everything written so far: the first 16
// bytes of its SHA-256 (hardware-accelerated, faster than MD5 here).
func (o *objectWriter) fileID() [16]byte {
	var id [16]byte
	copy(id[:], o.digest.Sum(nil))
	return id
}

// finish writes the cross-reference table and the trailer, with the
// identifier derived from the file's content (14.4).
func (o *objectWriter) finish(root, info int) error {
	for n := 1; n < len(o.offsets); n++ {
		if o.offsets[n] == 0 {
			o.fail(fmt.Errorf("output: object %d was reserved but never written", n))
		}
	}
	id := o.fileID()
	xref := o.written
	size := len(o.offsets)
	b := fmt.Appendf(make([]byte, 0, 64+xrefEntry*size), "xref\n0 %d\n0000000000 65535 f \n", size)
	for n := 1; n < size; n++ {
		b = appendXrefEntry(b, o.offsets[n])
	}
	trailer := pdfDict{{"Size", pdfInt(size)}, {"Root", pdfRef(root)}, {"Info", pdfRef(info)},
		{"ID", pdfArray{pdfHex(id[:]), pdfHex(id[:])}}}
	b = append(b, "trailer\n"...)
	b = trailer.appendPDF(b)
	b = fmt.Appendf(b, "\nstartxref\n%d\n%%%%EOF\n", xref)
	o.raw(b)
	if o.err == nil {
		o.err = o.w.Flush()
	}
	return o.err
}

// xrefEntry is the length of a cross-reference entry (7.5.4).
const xrefEntry = 20

// appendXrefEntry appends the cross-reference entry of an object written
// at offset: "%010d 00000 n \n".
func appendXrefEntry(b []byte, offset int64) []byte {
	var e [xrefEntry]byte
	copy(e[10:], " 00000 n \n")
	for i := 9; i >= 0; i-- {
		e[i] = byte('0' + offset%10)
		offset /= 10
	}
	return append(b, e[:]...)
}
