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
	code   []byte // 256 entries: Latin-1 rune → letter code (0: not in any pattern)
	nodes  []byte // nodeSize bytes a node: letter code, children, first child, pattern
	starts []byte // startSize bytes a pattern: where its digits start (and the end of the last)
	digits []byte // a byte a non-zero digit: offset<<4 | value
	// root is the root's child for each letter code (0: none), where
	// every walk starts: one lookup instead of a scan of its children.
	root [latin1End]uint16
	// second is the child of a root's child for each pair of letter
	// codes (0: none), alphabet entries a row: the second step of every
	// walk, where the lists of children are longest.
	second   []uint16
	alphabet int
	maxLen   int
	// memo keeps stems' breaks for the hyphenators using these patterns.
	memo stemMemo
}

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
		t.nodes[i].firstChild = uint32(len(queue))
		t.nodes[i].children = uint32(len(keys))
		for _, r := range keys {
			queue = append(queue, b.children[r])
			t.nodes = append(t.nodes, packedNode{r: r})
		}
		if b.value != nil {
			t.addValue(i, b.value)
		}
	}
	body, err := t.pack()
	if err != nil {
		return nil, err
	}
	return inPlace(body)
}

// child is node n's child with letter code c, or 0.
func (pt *Patterns) child(n int, c byte) int {
	node := pt.nodes[nodeSize*n:][:nodeSize]
	first := int(le.Uint16(node[2:]))
	children := pt.nodes[nodeSize*first:][:nodeSize*int(node[1])]
	for k := 0; k < len(children); k += nodeSize {
		switch l := children[k]; {
		case l == c:
			return first + k/nodeSize
		case l > c:
			return 0 // children are in the order of their letters
		}
	}
	return 0
}

// pattern is the 1-based index of the pattern ending at node n, 0 if none.
func (pt *Patterns) pattern(n int) int {
	return int(le.Uint16(pt.nodes[nodeSize*n+4:]))
}

// patternDigits are pattern p's non-zero digits, offset<<4 | value each.
func (pt *Patterns) patternDigits(p int) []byte {
	rg := pt.starts[startSize*(p-1):][:2*startSize]
	return pt.digits[le.Uint16(rg):le.Uint16(rg[startSize:])]
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
	var small [64]byte
	codes := small[:0]
	if n > len(small) {
		codes = make([]byte, 0, n)
	}
	// The framed word ".word." as letter codes: 0 for a rune no pattern
	// has, where every walk ends.
	codes = append(codes, pt.code['.'])
	for _, r := range word {
		c := byte(0)
		if r >= 0 && r < latin1End {
			c = pt.code[r]
		}
		codes = append(codes, c)
	}
	codes = append(codes, pt.code['.'])
	for start, c := range codes {
		node := int(pt.root[c])
		second := int(c) * pt.alphabet
		for i := start; node != 0; {
			if p := pt.pattern(node); p != 0 {
				for _, d := range pt.patternDigits(p) {
					at, v := start+int(d>>digitOffsetBits), d&(1<<digitOffsetBits-1)
					if at < len(points) && v > points[at] {
						points[at] = v
					}
				}
			}
			if i++; i >= n || i-start >= pt.maxLen || codes[i] == 0 {
				break
			}
			if i == start+1 {
				node = int(pt.second[second+int(codes[i])])
			} else {
				node = pt.child(node, codes[i])
			}
		}
	}
	// points[j] is the value before position j of ".word."; shift so that
	// index i means "before word[i]".
	return points[1 : len(word)+2]
}
