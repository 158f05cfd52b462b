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

// Patterns is a compiled set of Liang patterns, stored as a trie whose
// nodes, edges and pattern digits are packed in one slice each, so that
// loading is a few flat copies and lookups allocate nothing.
type Patterns struct {
	nodes  []trieNode
	edges  []trieEdge
	values []digitRange   // the digits of the pattern ending at a node, by node.value-1
	digits []patternDigit // all patterns' non-zero digits, in order
	maxLen int
	// Nodes with many children (those near the root, where every walk
	// starts) keep a dense row of children indexed by letter code, so a
	// step costs one lookup; the others scan their few edges.
	code     [256]uint8 // Latin-1 rune → letter code (0: not in any pattern)
	alphabet int        // number of letter codes + 1
	dense    []uint32   // rows of alphabet entries
}

type trieNode struct {
	firstEdge, edgeCount uint32
	value                uint32 // 1-based index into bounds; 0 when no pattern ends here
	denseRow             int32  // row in dense, or -1
}

type trieEdge struct {
	r     rune
	child uint32
}

// digitRange is where a pattern's digits lie in Patterns.digits.
type digitRange struct{ start, end uint32 }

// patternDigit is one non-zero digit of a pattern and where it stands
// (before the pattern's letter at offset).
type patternDigit struct {
	offset, value uint8
}

// denseThreshold is the number of children from which a node gets a
// dense row.
const denseThreshold = 6

// ParsePatterns compiles patterns given one a line (TeX's format, such as
// ".ab3a" or "4t1s"); lines starting with % are comments.
func ParsePatterns(data []byte) (*Patterns, error) {
	type pattern struct {
		letters []rune
		digits  []uint8
	}
	var list []pattern
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '%' {
			continue
		}
		var p pattern
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
	// Build a pointer trie first, then pack it breadth-first.
	type buildNode struct {
		children map[rune]*buildNode
		value    []uint8
	}
	root := &buildNode{}
	pt := &Patterns{}
	type node struct{ firstEdge, edgeCount, value uint32 }
	type edge struct {
		r     rune
		child uint32
	}
	var nodes []node
	var edges []edge
	var values [][]patternDigit
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
		pt.maxLen = max(pt.maxLen, len(p.letters))
	}
	queue := []*buildNode{root}
	nodes = append(nodes, node{})
	for i := 0; i < len(queue); i++ {
		b := queue[i]
		keys := make([]rune, 0, len(b.children))
		for r := range b.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(a, c int) bool { return keys[a] < keys[c] })
		nodes[i].firstEdge = uint32(len(edges))
		nodes[i].edgeCount = uint32(len(keys))
		for _, r := range keys {
			edges = append(edges, edge{r: r, child: uint32(len(queue))})
			queue = append(queue, b.children[r])
			nodes = append(nodes, node{})
		}
		if b.value != nil {
			var digits []patternDigit
			for k, v := range b.value {
				if v != 0 {
					digits = append(digits, patternDigit{offset: uint8(k), value: v})
				}
			}
			values = append(values, digits)
			nodes[i].value = uint32(len(values))
		}
	}
	// Pack into the arrays Patterns reads.
	for _, n := range nodes {
		pt.nodes = append(pt.nodes, trieNode{firstEdge: n.firstEdge, edgeCount: n.edgeCount, value: n.value})
	}
	for _, e := range edges {
		pt.edges = append(pt.edges, trieEdge{r: e.r, child: e.child})
	}
	for _, v := range values {
		start := uint32(len(pt.digits))
		pt.digits = append(pt.digits, v...)
		pt.values = append(pt.values, digitRange{start, uint32(len(pt.digits))})
	}
	pt.buildDenseRows()
	return pt, nil
}

// buildDenseRows assigns letter codes to the Latin-1 letters the patterns
// use and gives every wide node a dense row of children.
func (pt *Patterns) buildDenseRows() {
	next := uint8(1)
	for _, e := range pt.edges {
		if e.r < 256 && pt.code[e.r] == 0 {
			pt.code[e.r] = next
			next++
		}
	}
	pt.alphabet = int(next)
	rows := 0
	for _, n := range pt.nodes {
		if n.edgeCount >= denseThreshold {
			rows++
		}
	}
	pt.dense = make([]uint32, 0, rows*pt.alphabet)
	for i := range pt.nodes {
		node := &pt.nodes[i]
		node.denseRow = -1
		if node.edgeCount < denseThreshold {
			continue
		}
		row := len(pt.dense) / pt.alphabet
		pt.dense = append(pt.dense, make([]uint32, pt.alphabet)...)
		complete := true
		for _, e := range pt.edges[node.firstEdge : node.firstEdge+node.edgeCount] {
			if e.r >= 256 {
				complete = false // a letter beyond Latin-1: keep scanning edges
				break
			}
			pt.dense[row*pt.alphabet+int(pt.code[e.r])] = e.child
		}
		if complete {
			node.denseRow = int32(row)
		} else {
			pt.dense = pt.dense[:row*pt.alphabet]
		}
	}
}

// child follows the edge labelled r from node n, or returns 0.
func (pt *Patterns) child(n uint32, r rune) uint32 {
	node := &pt.nodes[n]
	if node.denseRow >= 0 {
		if r >= 256 {
			return 0
		}
		c := pt.code[r]
		if c == 0 {
			return 0
		}
		return pt.dense[int(node.denseRow)*pt.alphabet+int(c)]
	}
	for _, e := range pt.edges[node.firstEdge : node.firstEdge+node.edgeCount] {
		if e.r == r {
			return e.child
		}
	}
	return 0
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
			if v := pt.nodes[node].value; v != 0 {
				rg := pt.values[v-1]
				for _, d := range pt.digits[rg.start:rg.end] {
					if at := start + int(d.offset); d.value > points[at] {
						points[at] = d.value
					}
				}
			}
		}
	}
	// points[j] is the value before position j of ".word."; shift so that
	// index i means "before word[i]".
	return points[1 : len(word)+2]
}
