package output

import (
	"encoding/binary"
	"sync"

	"brochure/fonts"
)

// FontCache keeps the compressed font programs of the last builds in a
// process that rebuilds (watch, serve): an edit that adds no new
// character to a font gives the same subset, which is then neither cut
// from the face nor compressed again. It is bounded by its number of
// programs and their bytes; the least recently used goes first. The zero
// value is not usable: make one with NewFontCache. It is safe for the
// writer's concurrent use.
type FontCache struct {
	mu       sync.Mutex
	entries  map[fontKey]*cachedProgram
	clock    uint64
	bytes    int
	maxCount int
	maxBytes int
}

// fontKey is what a subset is cut from: the face and, in CID order, its
// characters (which decide the glyphs and, with the CIDs beyond the BMP
// numbered densely, the CIDs).
type fontKey struct {
	face  *fonts.Face
	chars string // the characters' bytes
}

type cachedProgram struct {
	program fontProgram
	used    uint64
}

// NewFontCache makes a cache of at most count programs and bytes bytes.
func NewFontCache(count, bytes int) *FontCache {
	return &FontCache{entries: map[fontKey]*cachedProgram{}, maxCount: max(count, 1), maxBytes: bytes}
}

// keyOf is the cache key of an embedded font's subset as it stands.
func keyOf(e *embeddedFont) fontKey {
	e.sortSubset()
	c := make([]byte, 0, 4*len(e.chars))
	for _, r := range e.chars {
		c = binary.LittleEndian.AppendUint32(c, uint32(r))
	}
	return fontKey{face: e.face, chars: string(c)}
}

// program returns the font's program from the cache, or makes and keeps
// it. A failed program is not kept.
func (c *FontCache) program(e *embeddedFont) fontProgram {
	key := keyOf(e)
	c.mu.Lock()
	c.clock++
	if hit, ok := c.entries[key]; ok {
		hit.used = c.clock
		c.mu.Unlock()
		return hit.program
	}
	c.mu.Unlock()
	p := e.program()
	if p.err != nil {
		return p
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[key]; !ok {
		c.entries[key] = &cachedProgram{program: p, used: c.clock}
		c.bytes += p.bytes()
		c.evict()
	}
	return p
}

// evict drops the least recently used programs until the cache is within
// its bounds.
func (c *FontCache) evict() {
	for len(c.entries) > c.maxCount || c.bytes > c.maxBytes && len(c.entries) > 1 {
		var oldest fontKey
		first := true
		for k, v := range c.entries {
			if first || v.used < c.entries[oldest].used {
				oldest, first = k, false
			}
		}
		c.bytes -= c.entries[oldest].program.bytes()
		delete(c.entries, oldest)
	}
}

// Len is the number of programs kept.
func (c *FontCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}
