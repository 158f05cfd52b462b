package output

import (
	"bytes"
	"compress/zlib"
	"io"
	"runtime"
	"strconv"
	"sync"
)

// compressStreams Flate-compresses every stream that has no filter yet —
// the page contents and whatever else fpdf wrote plain — on all cores,
// each worker reusing one compressor. Each stream is compressed on its
// own, so the bytes do not depend on how the work was shared out.
func (f *pdfFile) compressStreams() {
	var todo []*pdfObject
	for _, n := range f.order {
		o := f.objects[n]
		if o.stream != nil && len(o.stream) > 0 && !bytes.Contains(o.body, []byte("/Filter")) {
			todo = append(todo, o)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				if i == len(todo) {
					next.Unlock()
					return
				}
				o := todo[i]
				i++
				next.Unlock()
				o.stream = deflate(o.stream)
				o.body = setKey(o.body, "Length", strconv.Itoa(len(o.stream)))
				o.body = setKey(o.body, "Filter", "/FlateDecode")
			}
		}()
	}
	wg.Wait()
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
