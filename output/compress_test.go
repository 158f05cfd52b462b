package output

import (
	"bytes"
	"compress/zlib"
	"io"
	"runtime"
	"testing"
)

// TestCompressorsOutliveCollections: a compressor is reused after a
// collection (a rebuild in a watching process makes no new tables: far
// less than the megabyte of a new one is allocated), and a reused one
// compresses as a new one does.
func TestCompressorsOutliveCollections(t *testing.T) {
	data := bytes.Repeat([]byte("BT /F1 10.5 Tf 72 700 Td [(Fachtag) -250 (Integration)] TJ ET\n"), 200)
	first := deflate(data)
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	again := deflate(data)
	runtime.ReadMemStats(&after)
	if !bytes.Equal(first, again) {
		t.Fatal("a reused compressor compresses differently")
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 256<<10 {
		t.Errorf("deflate after a collection allocated %d bytes: the compressor was made anew", grown)
	}
	r, err := zlib.NewReader(bytes.NewReader(again))
	if err != nil {
		t.Fatal(err)
	}
	if back, err := io.ReadAll(r); err != nil || !bytes.Equal(back, data) {
		t.Fatalf("the stream does not decompress to its data: %v", err)
	}
}

// TestDeflateResultsAreTheirOwn: the compressor's scratch buffer is
// reused, so each result must be a copy of just its bytes — a later
// compression must not change an earlier result — and the bytes are
// those a new zlib writer at the fast level makes.
func TestDeflateResultsAreTheirOwn(t *testing.T) {
	a := bytes.Repeat([]byte("0 0 1 rg 72 700 m 523 700 l S\n"), 300)
	b := bytes.Repeat([]byte("BT /F2 9 Tf [(Stadt) -250 (Land)] TJ ET\n"), 100) // shorter: its compression fits the buffer a used
	want := func(data []byte) []byte {
		var buf bytes.Buffer
		w, _ := zlib.NewWriterLevel(&buf, zlib.BestSpeed)
		w.Write(data)
		w.Close()
		return buf.Bytes()
	}
	first := deflate(a)
	firstCopy := bytes.Clone(first)
	for range 2 * keptCompressors {
		deflate(b)
	}
	if !bytes.Equal(first, firstCopy) {
		t.Fatal("compressing again changed an earlier result")
	}
	if !bytes.Equal(first, want(a)) || !bytes.Equal(deflate(b), want(b)) {
		t.Error("deflate differs from a new zlib writer at BestSpeed")
	}
	if cap(first) > len(first)+len(first)/8+64 {
		t.Errorf("a result of %d bytes holds %d: the scratch buffer is handed out", len(first), cap(first))
	}
}
