package output

import (
	"cmp"
	"slices"
	"sync"
)

// StreamCache keeps the compressed content streams of the pages of the
// last few builds (keptBuilds) in a process that rebuilds (watch, serve):
// a page an edit did not change draws the same operators, which are then
// not compressed again, and an edit undone or toggled back finds the
// streams of the build before last. Streams no build of the last
// keptBuilds used are dropped when the next begins; each build begins
// with at most half of maxBytes held (the least recently used go first),
// and no stream is kept past maxBytes (operators and compressed bytes
// together). It keeps the operators that draw each QR code's modules
// too (qrOps), within the same bounds, since a code drawn again where it
// was drawn before draws the same rectangles, and whole pages by their
// key (pageWalk), so that a page keyed alike is taken without being
// drawn (takePage). The zero value is not usable: make one with
// NewStreamCache.
// It is safe for the writer's concurrent use and for builds that overlap.
type StreamCache struct {
	mu       sync.Mutex
	entries  map[string]*cachedStream // by the page's operators
	pages    map[string]*keptPage     // whole pages, by their key (pageWalk)
	qr       map[qrKey]*cachedStream  // a QR code's modules' operators, by the code and its place
	build    uint64                   // the number of builds begun
	bytes    int
	maxBytes int
	taken    int // pages taken by the build that drew last (PagesTaken)
	// walks are page walks' buffers for the next build (pageWalker).
	walks chan *walkedPage
}

// cachedStream is a compressed content stream and the build that last
// used it.
type cachedStream struct {
	data []byte
	used uint64
}

// NewStreamCache makes a cache of at most maxBytes bytes.
func NewStreamCache(maxBytes int) *StreamCache {
	return &StreamCache{entries: map[string]*cachedStream{}, pages: map[string]*keptPage{}, qr: map[qrKey]*cachedStream{},
		maxBytes: maxBytes, walks: make(chan *walkedPage, walkAhead)}
}

// keptBuilds is how many builds back a stream is kept for.
const keptBuilds = 4

// begin starts a build: the streams none of the last keptBuilds builds
// used are dropped, then the least recently used until at most half of
// the bound is held, leaving the build room for its new streams.
func (c *StreamCache) begin() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	type held struct {
		key  string
		page bool // a kept page, not a stream
		used uint64
	}
	var kept []held
	for k, v := range c.entries {
		if v.used+keptBuilds <= c.build {
			c.drop(k)
			continue
		}
		kept = append(kept, held{key: k, used: v.used})
	}
	for k, v := range c.pages {
		if v.used+keptBuilds <= c.build {
			c.dropPage(k)
			continue
		}
		kept = append(kept, held{key: k, page: true, used: v.used})
	}
	for k, v := range c.qr {
		if v.used+keptBuilds <= c.build || c.bytes > c.maxBytes/2 {
			c.bytes -= len(v.data)
			delete(c.qr, k)
		}
	}
	if c.bytes > c.maxBytes/2 {
		slices.SortFunc(kept, func(a, b held) int { return cmp.Compare(a.used, b.used) })
		for _, h := range kept {
			if c.bytes <= c.maxBytes/2 {
				break
			}
			if h.page {
				c.dropPage(h.key)
			} else {
				c.drop(h.key)
			}
		}
	}
	c.build++
}

// drop forgets the stream of the operators k.
func (c *StreamCache) drop(k string) {
	c.bytes -= len(k) + len(c.entries[k].data)
	delete(c.entries, k)
}

// deflate returns the operators compressed, from the cache when they
// were compressed before (deflate is deterministic, so the bytes are the
// same), keeping them while there is room. A nil cache compresses.
func (c *StreamCache) deflate(raw []byte) []byte {
	if c == nil {
		return deflate(raw)
	}
	c.mu.Lock()
	if kept, ok := c.entries[string(raw)]; ok {
		kept.used = c.build
		c.mu.Unlock()
		return kept.data
	}
	c.mu.Unlock()
	data := deflate(raw)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[string(raw)]; !ok && c.bytes+len(raw)+len(data) <= c.maxBytes {
		c.entries[string(raw)] = &cachedStream{data: data, used: c.build}
		c.bytes += len(raw) + len(data)
	}
	return data
}

// Len is the number of streams kept for the next build.
func (c *StreamCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
