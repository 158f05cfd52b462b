package layout

import (
	"runtime"
	"sync"

	"github.com/skip2/go-qrcode"
)

// QR symbols take milliseconds each to encode (every mask is tried), so a
// composer starts encoding all of a document's addresses at once, on all
// cores, while it lays out the text; symbols are kept for the life of the
// process (a designer's watch loop rebuilds the same addresses).

type qrSymbol struct {
	done    chan struct{}
	modules [][]bool // including the quiet zone
	err     error
}

var qrSymbols = struct {
	sync.Mutex
	byURL map[string]*qrSymbol
}{byURL: map[string]*qrSymbol{}}

// prepareQR starts encoding the given addresses (error correction M).
func prepareQR(urls []string) {
	limit := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, u := range urls {
		qrSymbols.Lock()
		if _, ok := qrSymbols.byURL[u]; ok {
			qrSymbols.Unlock()
			continue
		}
		s := &qrSymbol{done: make(chan struct{})}
		qrSymbols.byURL[u] = s
		qrSymbols.Unlock()
		go func() {
			limit <- struct{}{}
			defer func() { <-limit }()
			defer close(s.done)
			q, err := qrcode.New(u, qrcode.Medium)
			if err != nil {
				s.err = err
				return
			}
			s.modules = q.Bitmap()
		}()
	}
}

// qrModules returns the symbol for an address, encoding it if no one has.
func qrModules(url string) ([][]bool, error) {
	prepareQR([]string{url})
	qrSymbols.Lock()
	s := qrSymbols.byURL[url]
	qrSymbols.Unlock()
	<-s.done
	return s.modules, s.err
}
