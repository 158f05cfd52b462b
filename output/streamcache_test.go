package output

import (
	"bytes"
	"fmt"
	"testing"
)

// TestStreamCacheIsBounded: the cache gives the same bytes as deflate,
// keeps no more than its bound, and drops what the last build did not
// use.
func TestStreamCacheIsBounded(t *testing.T) {
	page := func(i int) []byte { return []byte(fmt.Sprintf("BT /F1 12 Tf 72 %d Td (Seite %d) Tj ET\n", i, i)) }
	c := NewStreamCache(2000)
	c.begin()
	for i := range 100 {
		if got := c.deflate(page(i)); !bytes.Equal(got, deflate(page(i))) {
			t.Fatalf("page %d: the cache's stream differs from deflate's", i)
		}
	}
	if c.bytes > 2000 || c.Len() == 0 || c.Len() >= 100 {
		t.Errorf("%d streams, %d bytes kept under a bound of 2000 bytes", c.Len(), c.bytes)
	}
	c.begin() // a build that uses page 0 only
	c.deflate(page(0))
	c.begin()
	if c.Len() != 1 {
		t.Errorf("%d streams kept after a build that used one", c.Len())
	}
}
