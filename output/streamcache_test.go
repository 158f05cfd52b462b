package output

import (
	"bytes"
	"fmt"
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestStreamCacheIsBounded: the cache gives the same bytes as deflate,
// keeps no more than its bound, and drops what the last build did not
// use in the last keptBuilds builds, and begins each build with at most
// half of its bound held, the least recently used dropped first.
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
	c = NewStreamCache(1 << 20) // room for all: only the builds drop
	c.begin()
	c.deflate(page(0))
	c.begin() // a build that uses page 1 only: page 0 is still kept
	c.deflate(page(1))
	c.begin()
	if _, ok := c.entries[string(page(0))]; !ok {
		t.Error("the stream of the build before last was dropped")
	}
	for range keptBuilds {
		c.begin() // builds that use page 1 only
		c.deflate(page(1))
	}
	c.begin()
	if c.Len() != 1 {
		t.Errorf("%d streams kept after %d builds that used one", c.Len(), keptBuilds)
	}
	c = NewStreamCache(2000)
	c.begin()
	for i := range 100 {
		c.deflate(page(i))
	}
	held := c.bytes
	c.begin() // a build that uses page 99 only: it is the last dropped
	c.deflate(page(99))
	c.begin()
	if c.bytes > 1000 || c.Len() == 0 {
		t.Errorf("%d bytes held (%d before) at the start of a build under a bound of 2000", c.bytes, held)
	}
	if _, ok := c.entries[string(page(99))]; !ok {
		t.Error("the stream used last was dropped before older ones")
	}
}

// TestStreamCacheKeepsQRCodes: a QR code drawn in a later build where it
// was drawn before draws the operators kept (qrOps) — the bytes a build
// without the cache writes — and one at another place or of another
// symbol is drawn afresh and kept beside it. A rule that moves from
// build to build makes every build's page new, so it is drawn, not
// taken whole (takePage).
func TestStreamCacheKeepsQRCodes(t *testing.T) {
	sym := [][]bool{{true, false, true, true}, {true, true, false, false}, {false, true, true, true}, {true, false, false, true}}
	other := [][]bool{{true, true, true, false}, {false, false, true, true}, {true, false, false, false}, {false, true, true, true}}
	c := NewStreamCache(1 << 20)
	for i, step := range []struct {
		x, y  typeset.Scaled
		s     [][]bool
		codes int // kept after the build
	}{{typeset.MM(20), typeset.MM(50), sym, 1}, {typeset.MM(20), typeset.MM(50), sym, 1}, {typeset.MM(30), typeset.MM(50), sym, 2},
		{typeset.MM(20), typeset.MM(60), sym, 3}, {typeset.MM(20), typeset.MM(50), other, 4}, {typeset.MM(30), typeset.MM(50), sym, 4}} {
		doc := func() *layout.Document {
			return onePage(&typeset.QRCode{X: step.x, Y: step.y, Module: typeset.MM(1), Modules: step.s},
				&typeset.Rule{X: typeset.MM(10 + float64(i)), Y: typeset.MM(10), W: typeset.MM(5), H: typeset.MM(1)})
		}
		want, err := Render(doc(), printOptions(t))
		if err != nil {
			t.Fatal(err)
		}
		opts := printOptions(t)
		opts.Streams = c
		got, err := Render(doc(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("build %d: the file drawn through the cache differs", i)
		}
		if len(c.qr) != step.codes {
			t.Fatalf("build %d: %d codes kept, want %d", i, len(c.qr), step.codes)
		}
	}
	used := 0
	for _, v := range c.qr {
		if v.used == c.build {
			used++
		}
	}
	if used != 1 {
		t.Errorf("%d codes used by the last build, want 1 (the one drawn twice before)", used)
	}
}
