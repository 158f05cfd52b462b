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
	var b bytes.Buffer
	b.Grow(len(data)/2 + 64)
	w := zlibWriters.Get().(*zlib.Writer)
	w.Reset(&b)
	w.Write(data)
	w.Close()
	zlibWriters.Put(w)
	return b.Bytes()
}
