package output

import (
	"bytes"
	"compress/zlib"
	"io"
	"strconv"
	"sync"
)

// compressStreams Flate-compresses every stream that has no filter yet:
// what fpdf wrote plain around the drawn segments (a few operators per
// page) and imported artwork. The page contents proper were compressed
// while they were drawn.
func (f *pdfFile) compressStreams() {
	for _, n := range f.order {
		o := f.objects[n]
		if len(o.stream) > 0 && !bytes.Contains(o.body, []byte("/Filter")) {
			o.stream = deflate(o.stream)
			o.body = setKey(o.body, "Length", strconv.Itoa(len(o.stream)))
			o.body = setKey(o.body, "Filter", "/FlateDecode")
		}
	}
}

// zlibWriters keeps compressors for reuse: a new one allocates and
// clears some 600 KB of tables, which cost more than compressing a font
// program or a page.
var zlibWriters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	return w
}}

// deflateInto appends data zlib-compressed (fast level: page contents,
// profiles and font programs compress well either way) to buf.
func deflateInto(buf *bytes.Buffer, data []byte) {
	w := zlibWriters.Get().(*zlib.Writer)
	w.Reset(buf)
	w.Write(data)
	w.Close()
	zlibWriters.Put(w)
}

// deflate returns data zlib-compressed.
func deflate(data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(data)/2 + 64)
	deflateInto(&b, data)
	return b.Bytes()
}
