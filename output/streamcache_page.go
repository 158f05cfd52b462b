package output

// The stream cache also keeps whole pages by their key (pageWalk), within
// its bounds: a page keyed alike in a later build is not drawn again
// (document.takePage).

// keptPage is what drawing one page made, besides what its walk gathers
// again from a later build's items: its compressed stream, the resource
// name each of its faces had (by their place among the page's faces),
// the characters each face drew, and how many marked-content sequences
// of elements it had.
type keptPage struct {
	data  []byte
	fonts []string
	chars [][]rune
	elems int
	used  uint64
}

// size is about how many bytes a kept page holds besides its key.
func (p *keptPage) size() int {
	n := len(p.data)
	for k := range p.fonts {
		n += len(p.fonts[k]) + 4*len(p.chars[k])
	}
	return n
}

// page returns the page kept under key, marked used by this build, or
// nil. A nil cache keeps nothing.
func (c *StreamCache) page(key []byte) *keptPage {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	kept, ok := c.pages[string(key)]
	if !ok {
		return nil
	}
	kept.used = c.build
	return kept
}

// keepPage keeps a page drawn under key, in place of one kept under it
// before (whose fonts were named otherwise), while there is room.
func (c *StreamCache) keepPage(key string, p *keptPage) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.pages[key]; ok {
		c.dropPage(key)
	}
	if c.bytes+len(key)+p.size() <= c.maxBytes {
		p.used = c.build
		c.pages[key] = p
		c.bytes += len(key) + p.size()
	}
}

// dropPage forgets the page kept under k.
func (c *StreamCache) dropPage(k string) {
	c.bytes -= len(k) + c.pages[k].size()
	delete(c.pages, k)
}

// tookPages notes how many pages the build that drew last took as kept.
func (c *StreamCache) tookPages(n int) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.taken = n
}

// PagesTaken is how many pages the build that drew its pages last took
// as a build before drew them, without drawing them (exact for builds
// that do not overlap).
func (c *StreamCache) PagesTaken() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.taken
}

// walkBuffer returns the buffers of a page walk (pageWalker) a build
// before used, or new ones.
func (c *StreamCache) walkBuffer() *walkedPage {
	select {
	case w := <-c.walks:
		return w
	default:
		return new(walkedPage)
	}
}

// keepWalkBuffer keeps the buffers of a walk done with for a later
// build, while fewer than walkAhead are kept, holding none of the
// build's items.
func (c *StreamCache) keepWalkBuffer(w *walkedPage) {
	clear(w.faces[:cap(w.faces)])
	clear(w.elems[:cap(w.elems)])
	clear(w.links[:cap(w.links)])
	w.marked, w.kept = markedContent{}, nil
	select {
	case c.walks <- w:
	default:
	}
}
