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
