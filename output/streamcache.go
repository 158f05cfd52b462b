package output

import "sync"

// StreamCache keeps the compressed content streams of the pages of the
// last build in a process that rebuilds (watch, serve): a page an edit
// did not change draws the same operators, which are then not
// compressed again. Streams the last build did not use are dropped when
// the next begins, and no stream is kept past maxBytes (operators and
// compressed bytes together). The zero value is not usable: make one with
// NewStreamCache. It is safe for the writer's concurrent use and for
// builds that overlap.
type StreamCache struct {
	mu       sync.Mutex
	entries  map[string]*cachedStream // by the page's operators
	build    uint64                   // the number of builds begun
	bytes    int
	maxBytes int
}

// cachedStream is a compressed content stream and the build that last
// used it.
type cachedStream struct {
	data []byte
	used uint64
}

// NewStreamCache makes a cache of at most maxBytes bytes.
func NewStreamCache(maxBytes int) *StreamCache {
	return &StreamCache{entries: map[string]*cachedStream{}, maxBytes: maxBytes}
}

// begin starts a build: the streams the build before did not use are
// dropped.
func (c *StreamCache) begin() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range c.entries {
		if v.used < c.build {
			c.bytes -= len(k) + len(v.data)
			delete(c.entries, k)
		}
	}
	c.build++
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
