package layout

import (
	"sync"

	"brochure/layout/qrencode"
)

// QR symbols are encoded (error correction M) by brochure's own encoder,
// which makes go-qrcode's symbols module for module in tens of
// microseconds; they are encoded when first asked for, and kept across
// builds in one process (a designer's watch loop or preview rebuilds the
// same addresses), up to qrCacheBound of them: beyond it the oldest is
// dropped, and made again if it is asked for again.

// qrCacheBound is the most QR symbols kept (a symbol of a long address is
// a few kilobytes).
const qrCacheBound = 1024

// qrSymbol is an address's symbol: its modules, quiet zone included, or
// why it cannot be made.
type qrSymbol struct {
	modules [][]bool
	err     error
}

// qrCache holds the symbols by address, and the addresses in the order
// they were added, oldest first.
type qrCache struct {
	sync.Mutex
	byURL map[string]*qrSymbol
	order []string
}

var qrSymbols = &qrCache{byURL: map[string]*qrSymbol{}}

// symbol returns the symbol of an address, encoding it if the cache does
// not hold it. Two callers asking for a new address at once may both
// encode it; the first to finish is kept.
func (c *qrCache) symbol(u string) *qrSymbol {
	c.Lock()
	s, ok := c.byURL[u]
	c.Unlock()
	if ok {
		return s
	}
	s = &qrSymbol{}
	s.modules, s.err = qrencode.Encode(u, qrencode.LevelM)
	c.Lock()
	defer c.Unlock()
	if kept, ok := c.byURL[u]; ok {
		return kept
	}
	c.byURL[u] = s
	c.order = append(c.order, u)
	if len(c.order) > qrCacheBound {
		delete(c.byURL, c.order[0])
		c.order = append(c.order[:0], c.order[1:]...)
	}
	return s
}

// prepareQR encodes the given addresses the cache does not hold.
func prepareQR(urls []string) {
	for _, u := range urls {
		qrSymbols.symbol(u)
	}
}

// qrModules returns the symbol for an address, encoding it if no one has.
func qrModules(url string) ([][]bool, error) {
	s := qrSymbols.symbol(url)
	return s.modules, s.err
}
