package output

import (
	"bytes"
	"compress/zlib"
	"io"
)

// compressors keeps zlib writers, each with the buffer it compresses
// into, for reuse: a new writer allocates and clears about a megabyte of
// tables, which cost more than compressing a font program or a page.
// Unlike a sync.Pool, which drops its contents at every collection, so
// that each rebuild in a watching or serving process made its compressors
// anew, the list keeps up to keptCompressors for the life of the process
// (two builds' worth on two cores: the page pipeline and the font programs
// each compress on all cores). A kept buffer is at most maxKeptScratch
// bytes, so the list holds a bounded amount of memory.
var compressors = make(chan *compressor, keptCompressors)

const (
	keptCompressors = 4
	maxKeptScratch  = 1 << 20
)

// compressor is a zlib writer and the scratch buffer it writes to.
type compressor struct {
	w       *zlib.Writer
	scratch bytes.Buffer
}

// getCompressor returns a kept compressor, or a new one.
func getCompressor() *compressor {
	select {
	case c := <-compressors:
		return c
	default:
		w, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
		return &compressor{w: w}
	}
}

// putCompressor keeps c for reuse if the list has room.
func putCompressor(c *compressor) {
	if c.scratch.Cap() > maxKeptScratch {
		c.scratch = bytes.Buffer{}
	}
	select {
	case compressors <- c:
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
// same as deflate of the pieces joined. The compressed bytes gather in the
// compressor's scratch buffer, and close returns a copy of just their
// size, so a build allocates no more than its compressed streams take.
type deflater struct {
	c *compressor
}

// newDeflater starts a compression of about 2*size bytes of input.
func newDeflater(size int) *deflater {
	z := &deflater{c: getCompressor()}
	z.c.scratch.Reset()
	z.c.scratch.Grow(min(size, maxKeptScratch) + 64)
	z.c.w.Reset(&z.c.scratch)
	return z
}

// write compresses p (writing to memory cannot fail).
func (z *deflater) write(p []byte) { z.c.w.Write(p) }

// close ends the compression and returns the compressed bytes.
func (z *deflater) close() []byte {
	z.c.w.Close()
	out := bytes.Clone(z.c.scratch.Bytes())
	putCompressor(z.c)
	z.c = nil
	return out
}
