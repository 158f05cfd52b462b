package layout

import (
	"runtime"
	"sync"

	"github.com/skip2/go-qrcode"
)

// QR symbols take milliseconds each to encode (every mask is tried), so a
// composer starts encoding all of a document's addresses at once, on all
// cores, while it lays out the text; symbols are kept across builds in one
// process (a designer's watch loop or preview rebuilds the same
// addresses), up to qrCacheBound of them: beyond it the oldest is
// dropped, and made again if it is asked for again.

// qrCacheBound is the most QR symbols kept (a symbol of a long address is
// a few kilobytes).
const qrCacheBound = 1024

type qrSymbol struct {
	done    chan struct{}
	modules [][]bool // including the quiet zone
	err     error
}

// qrCache holds the symbols by address, and the addresses in the order
// they were added, oldest first.
type qrCache struct {
	sync.Mutex
	byURL map[string]*qrSymbol
	order []string
	limit chan struct{} // one token per encoder running at once
}

var qrSymbols = &qrCache{byURL: map[string]*qrSymbol{}, limit: make(chan struct{}, runtime.GOMAXPROCS(0))}

// symbol returns the symbol of an address, starting to encode it (error
// correction M) if the cache does not hold it.
func (c *qrCache) symbol(u string) *qrSymbol {
	c.Lock()
	defer c.Unlock()
	if s, ok := c.byURL[u]; ok {
		return s
	}
	s := &qrSymbol{done: make(chan struct{})}
	c.byURL[u] = s
	c.order = append(c.order, u)
	if len(c.order) > qrCacheBound {
		delete(c.byURL, c.order[0])
		c.order = append(c.order[:0], c.order[1:]...)
	}
	go func() {
		c.limit <- struct{}{}
		defer func() { <-c.limit }()
		defer close(s.done)
		q, err := qrcode.New(u, qrcode.Medium)
		if err != nil {
			s.err = err
			return
		}
		s.modules = q.Bitmap()
	}()
	return s
}

// prepareQR starts encoding the given addresses.
func prepareQR(urls []string) {
	for _, u := range urls {
		qrSymbols.symbol(u)
	}
}

// qrModules returns the symbol for an address, encoding it if no one has.
func qrModules(url string) ([][]bool, error) {
	s := qrSymbols.symbol(url)
	<-s.done
	return s.modules, s.err
}
