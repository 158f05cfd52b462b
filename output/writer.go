package output

import (
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
	w       io.Writer
	written int64     // bytes written so far, pending ones too
	digest  hash.Hash // SHA-256 of everything written, for the file identifier
	offsets []int64   // by object number; 0 while not yet written
	// pending are the bytes written since the last flush: objects are
	// made in it, and it is hashed and passed on in pieces of some
	// pendingBytes, as hashing and writing cost per call.
	pending []byte
	err     error
}

// pendingBytes is how many bytes the writer collects before it passes
// them on; data at least this long is passed on directly.
const pendingBytes = 32 << 10

func newObjectWriter(w io.Writer, version string) *objectWriter {
	ow := &objectWriter{w: w, digest: sha256.New(), offsets: []int64{0}, pending: make([]byte, 0, 2*pendingBytes)}
	// The comment of four high bytes marks the file as binary (7.5.2).
	ow.raw([]byte("%PDF-" + version + "\n%\xe2\xe3\xcf\xd3\n"))
	return ow
}

// raw writes bytes, counting and hashing them.
func (o *objectWriter) raw(b []byte) {
	o.written += int64(len(b))
	if len(b) >= pendingBytes {
		o.flush()
		o.emit(b)
		return
	}
	o.pending = append(o.pending, b...)
	o.flushFull()
}

// flushFull passes the pending bytes on once there are pendingBytes.
func (o *objectWriter) flushFull() {
	if len(o.pending) >= pendingBytes {
		o.flush()
	}
}

// flush passes the pending bytes on.
func (o *objectWriter) flush() {
	o.emit(o.pending)
	o.pending = o.pending[:0]
}

// emit hashes b and writes it to the file.
func (o *objectWriter) emit(b []byte) {
	if o.err != nil || len(b) == 0 {
		return
	}
	o.digest.Write(b)
	_, o.err = o.w.Write(b)
}

// appended counts the bytes appended to pending since it was n long.
func (o *objectWriter) appended(n int) {
	o.written += int64(len(o.pending) - n)
	o.flushFull()
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
	n := len(o.pending)
	o.pending = append(strconv.AppendInt(o.pending, int64(num), 10), " 0 obj\n"...)
	o.appended(n)
}

func (o *objectWriter) fail(err error) {
	if o.err == nil {
		o.err = err
	}
}

// put writes the reserved object num.
func (o *objectWriter) put(num int, obj pdfObject) {
	o.begin(num)
	n := len(o.pending)
	o.pending = append(obj.appendPDF(o.pending), "\nendobj\n"...)
	o.appended(n)
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
	n := len(o.pending)
	o.pending = dict[:len(dict):len(dict)].with("Length", pdfInt(len(data))).appendPDF(o.pending)
	o.pending = append(o.pending, "\nstream\n"...)
	o.appended(n)
	o.raw(data)
	n = len(o.pending)
	o.pending = append(o.pending, "\nendstream\nendobj\n"...)
	o.appended(n)
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
	o.flush()
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
	o.flush()
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
