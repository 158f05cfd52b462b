package german

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Liang's hyphenation algorithm (F. M. Liang, Word Hy-phen-a-tion by
// Com-put-er, 1983), as in TeX: every pattern that matches somewhere in
// ".word." contributes digits between its letters; at each position the
// highest digit wins, and odd digits mark allowed breaks.

// Patterns is a compiled set of Liang patterns: a trie packed into one
// byte slice (the layout patternfile.go describes) and read where it lies,
// so the embedded set is used without unmarshalling or copying, and
// lookups allocate nothing. The sections below are slices of that body.
type Patterns struct {
	body   []byte
	nodes  []byte // nodeSize bytes a node: firstEdge, edgeCount, value, dense row + 1
	edges  []byte // edgeSize bytes an edge: rune, child
	values []byte // 8 bytes a pattern: start, end into digits
	digits []byte // 2 bytes a non-zero digit: offset, value
	// Nodes with many children (those near the root, where every walk
	// starts) keep a dense row of children indexed by letter code, so a
	// step costs one lookup; the others scan their few edges.
	code     []byte // 256 entries: Latin-1 rune → letter code (0: not in any pattern)
	dense    []byte // rows of alphabet uint32 entries
	alphabet int    // number of letter codes + 1
	maxLen   int
	// memo keeps stems' breaks for the hyphenators using these patterns.
	memo stemMemo
}

// Sizes of a packed node and edge, in bytes.
const (
	nodeSize = 16
	edgeSize = 8
)

// denseThreshold is the number of children from which a node gets a
// dense row.
const denseThreshold = 6

// ParsePatterns compiles patterns given one a line (TeX's format, such as
// ".ab3a" or "4t1s"); lines starting with % are comments.
func ParsePatterns(data []byte) (*Patterns, error) {
	var list []patternLetters
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '%' {
			continue
		}
		var p patternLetters
		p.digits = []uint8{0}
		for _, r := range line {
			if r >= '0' && r <= '9' {
				p.digits[len(p.digits)-1] = uint8(r - '0')
				continue
			}
			if r != '.' && !unicode.IsLetter(r) {
				return nil, fmt.Errorf("hyphenation patterns, line %d: unexpected %q", n, r)
			}
			p.letters = append(p.letters, r)
			p.digits = append(p.digits, 0)
		}
		if len(p.letters) == 0 {
			return nil, fmt.Errorf("hyphenation patterns, line %d: no letters", n)
		}
		list = append(list, p)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return buildTrie(list)
}

// patternLetters is one parsed pattern: its letters and the digit before
// each letter and after the last.
type patternLetters struct {
	letters []rune
	digits  []uint8
}

// buildTrie builds a pointer trie of the patterns, numbers its nodes
// breadth-first and packs it.
func buildTrie(list []patternLetters) (*Patterns, error) {
	type buildNode struct {
		children map[rune]*buildNode
		value    []uint8
	}
	root := &buildNode{}
	maxLen := 0
	for _, p := range list {
		n := root
		for _, r := range p.letters {
			if n.children == nil {
				n.children = map[rune]*buildNode{}
			}
			c := n.children[r]
			if c == nil {
				c = &buildNode{}
				n.children[r] = c
			}
			n = c
		}
		n.value = p.digits
		maxLen = max(maxLen, len(p.letters))
	}
	var t trie
	t.maxLen = maxLen
	queue := []*buildNode{root}
	t.nodes = append(t.nodes, packedNode{})
	for i := 0; i < len(queue); i++ {
		b := queue[i]
		keys := make([]rune, 0, len(b.children))
		for r := range b.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(a, c int) bool { return keys[a] < keys[c] })
		t.nodes[i].firstEdge = uint32(len(t.edges))
		t.nodes[i].edgeCount = uint32(len(keys))
		for _, r := range keys {
			t.edges = append(t.edges, packedEdge{r: r, child: uint32(len(queue))})
			queue = append(queue, b.children[r])
			t.nodes = append(t.nodes, packedNode{})
		}
		if b.value != nil {
			t.addValue(i, b.value)
		}
	}
	return inPlace(t.pack())
}

// child follows the edge labelled r from node n, or returns 0.
func (pt *Patterns) child(n uint32, r rune) uint32 {
	node := pt.nodes[nodeSize*int(n):][:nodeSize]
	if row := le.Uint32(node[12:]); row != 0 {
		if r >= 256 {
			return 0
		}
		c := pt.code[r]
		if c == 0 {
			return 0
		}
		return le.Uint32(pt.dense[4*((int(row)-1)*pt.alphabet+int(c)):])
	}
	first, count := int(le.Uint32(node)), int(le.Uint32(node[4:]))
	for e := pt.edges[edgeSize*first : edgeSize*(first+count)]; len(e) >= edgeSize; e = e[edgeSize:] {
		if rune(le.Uint32(e)) == r {
			return le.Uint32(e[4:])
		}
	}
	return 0
}

// value is the 1-based index of the pattern ending at node n, 0 if none.
func (pt *Patterns) value(n uint32) uint32 {
	return le.Uint32(pt.nodes[nodeSize*int(n)+8:])
}

// patternDigits are the offsets and values of pattern v's non-zero
// digits, two bytes each.
func (pt *Patterns) patternDigits(v uint32) []byte {
	rg := pt.values[8*(int(v)-1):][:8]
	return pt.digits[2*int(le.Uint32(rg)) : 2*int(le.Uint32(rg[4:]))]
}

// Points returns Liang's inter-letter values for a lower-case word:
// points[i] is the value before word[i] (in runes); an odd value allows a
// break there. The slice has len(word)+1 entries. buf may be reused.
func (pt *Patterns) Points(word []rune, buf []uint8) []uint8 {
	n := len(word) + 2 // with the '.' boundaries
	if cap(buf) < n+1 {
		buf = make([]uint8, n+1)
	}
	points := buf[:n+1]
	clear(points)
	var small [64]rune
	framed := small[:0]
	if n > len(small) {
		framed = make([]rune, 0, n)
	}
	framed = append(append(append(framed, '.'), word...), '.')
	for start := 0; start < n; start++ {
		node := uint32(0)
		for i := start; i < n && i-start < pt.maxLen; i++ {
			node = pt.child(node, framed[i])
			if node == 0 {
				break
			}
			if v := pt.value(node); v != 0 {
				for d := pt.patternDigits(v); len(d) >= 2; d = d[2:] {
					if at := start + int(d[0]); d[1] > points[at] {
						points[at] = d[1]
					}
				}
			}
		}
	}
	// points[j] is the value before position j of ".word."; shift so that
	// index i means "before word[i]".
	return points[1 : len(word)+2]
}
