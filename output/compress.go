package output

import (
	"bytes"
	"compress/zlib"
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
			var buf bytes.Buffer
			w, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed)
			for {
				next.Lock()
				if i == len(todo) {
					next.Unlock()
					return
				}
				o := todo[i]
				i++
				next.Unlock()
				buf.Reset()
				w.Reset(&buf)
				w.Write(o.stream)
				w.Close()
				o.stream = append([]byte(nil), buf.Bytes()...)
				o.body = setKey(o.body, "Length", strconv.Itoa(len(o.stream)))
				o.body = setKey(o.body, "Filter", "/FlateDecode")
			}
		}()
	}
	wg.Wait()
}

// deflate compresses data with zlib at its fast level (profiles and font
// programs compress well either way).
func deflate(data []byte) []byte {
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
	w.Write(data)
	w.Close()
	return b.Bytes()
}
