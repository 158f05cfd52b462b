package output

import (
	"bytes"
	"compress/zlib"
	"io"
	"sync"
)

// zlibWriters keeps compressors for reuse: a new one allocates and
// clears some 600 KB of tables, which cost more than compressing a font
// program or a page.
var zlibWriters = sync.Pool{New: func() any {
	w, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	return w
}}

// deflate returns data zlib-compressed (fast level: page contents,
// profiles, font programs and image samples compress well either way).
func deflate(data []byte) []byte {
	z := newDeflater(len(data) / 2)
	z.write(data)
	return z.close()
}

// deflater compresses data written to it in pieces; the result is the
// same as deflate of the pieces joined.
type deflater struct {
	b bytes.Buffer
	w *zlib.Writer
}

// newDeflater starts a compression into a buffer of about size bytes.
func newDeflater(size int) *deflater {
	z := &deflater{w: zlibWriters.Get().(*zlib.Writer)}
	z.b.Grow(size + 64)
	z.w.Reset(&z.b)
	return z
}

// write compresses p (writing to memory cannot fail).
func (z *deflater) write(p []byte) { z.w.Write(p) }

// close ends the compression and returns the compressed bytes.
func (z *deflater) close() []byte {
	z.w.Close()
	zlibWriters.Put(z.w)
	z.w = nil
	return z.b.Bytes()
}
