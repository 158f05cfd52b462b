package output

import (
	"slices"

	"brochure/layout/typeset"
)

// The stream cache also keeps the operators that draw QR codes' modules
// (qrOps, keepQR), within its bounds: a code drawn again at the same
// place on a page that changed is not worked out again.

// qrKey is what the operators drawing a QR code's modules depend on: the
// symbol (the layout keeps each address's symbol, and never changes it;
// its first row stands for it, its length with it), the module's size
// and the code's place mapped to the page's user space.
type qrKey struct {
	modules      *[]bool
	rows         int
	module, x, y typeset.Scaled
}

// qrOps returns the operators kept for a QR code's modules, if any.
func (c *StreamCache) qrOps(k qrKey) ([]byte, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	kept, ok := c.qr[k]
	if ok {
		kept.used = c.build
		return kept.data, true
	}
	return nil, false
}

// keepQR keeps a copy of the operators that drew a QR code's modules,
// while there is room.
func (c *StreamCache) keepQR(k qrKey, ops []byte) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.qr[k]; !ok && c.bytes+len(ops) <= c.maxBytes {
		c.qr[k] = &cachedStream{data: slices.Clone(ops), used: c.build}
		c.bytes += len(ops)
	}
}
