package output

import (
	"bytes"
	"compress/zlib"
	"io"
)

// zlibWriters keeps compressors for reuse: a new one allocates and
// clears about a megabyte of tables, which cost more than compressing a
// font program or a page. Unlike a sync.Pool, which drops its contents at
// every collection, so that each rebuild in a watching or serving process
// made its compressors anew, the list keeps up to keptZlibWriters for the
// life of the process (two builds' worth on two cores: the page pipeline
// and the font programs each compress on all cores).
var zlibWriters = make(chan *zlib.Writer, keptZlibWriters)

const keptZlibWriters = 4

// getZlib returns a kept compressor, or a new one.
func getZlib() *zlib.Writer {
	select {
	case w := <-zlibWriters:
		return w
	default:
		w, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
		return w
	}
}

// putZlib keeps w for reuse if the list has room.
func putZlib(w *zlib.Writer) {
	select {
	case zlibWriters <- w:
	default:
	}
}

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
	z := &deflater{w: getZlib()}
	z.b.Grow(size + 64)
	z.w.Reset(&z.b)
	return z
}

// write compresses p (writing to memory cannot fail).
func (z *deflater) write(p []byte) { z.w.Write(p) }

// close ends the compression and returns the compressed bytes.
func (z *deflater) close() []byte {
	z.w.Close()
	putZlib(z.w)
	z.w = nil
	return z.b.Bytes()
}
