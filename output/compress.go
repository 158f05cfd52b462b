package output

import (
	"bytes"
	"compress/zlib"
	"runtime"
	"strconv"
	"sync"

	"brochure/assets"
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

// compressedCache keeps the compressed form of the large constant streams
// (the output profiles): compressing a 250 KB profile on every build would
// cost more than typesetting the example.
var compressedCache = struct {
	sync.Mutex
	byData map[*byte][]byte
}{byData: map[*byte][]byte{}}

// deflate compresses data with zlib at its fast level.
func deflate(data []byte) []byte {
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// compressed returns data Flate-compressed (fast level: output profiles
// compress well either way), computed once per process for the same slice.
func compressed(data []byte) []byte {
	if len(data) == 0 {
		return nil
	}
	key := &data[0]
	if key != &assets.FOGRA39Profile[0] && key != &assets.SRGBProfile[0] {
		return deflate(data) // only the embedded profiles live as long as the process
	}
	compressedCache.Lock()
	z, ok := compressedCache.byData[key]
	compressedCache.Unlock()
	if ok && len(z) > 0 {
		return z
	}
	z = deflate(data)
	compressedCache.Lock()
	compressedCache.byData[key] = z
	compressedCache.Unlock()
	return z
}
