package output

import "testing"

// TestPageBuffersKeptBounded: a compressed page's buffer comes back empty
// for the next page, a buffer over the bound is let go, and the list
// holds no more than keptPageBuffers.
func TestPageBuffersKeptBounded(t *testing.T) {
	for len(pageBuffers) > 0 { // start from an empty list
		<-pageBuffers
	}
	small := append(make([]byte, 0, 100<<10), "q 1 0 0 1 0 0 cm Q"...)
	freePageBuffer(small)
	if got := pageBuffer(0); len(got) != 0 || cap(got) != cap(small) {
		t.Errorf("got a buffer of length %d and capacity %d, want the kept one, empty", len(got), cap(got))
	}
	freePageBuffer(make([]byte, 0, maxKeptPageBuffer+1))
	if len(pageBuffers) != 0 {
		t.Error("a buffer over the bound was kept")
	}
	for range keptPageBuffers + 3 {
		freePageBuffer(make([]byte, 0, 64<<10))
	}
	if len(pageBuffers) != keptPageBuffers {
		t.Errorf("%d buffers kept, want %d", len(pageBuffers), keptPageBuffers)
	}
}
