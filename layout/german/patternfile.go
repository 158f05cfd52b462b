package german

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// The compiled form of a pattern set is the packed trie Patterns reads in
// place, so loading the embedded set is slicing it, not unmarshalling
// 36,000 patterns' trie at every start. It is dense: a node is 6 bytes
// and a digit one, so the German set is some 470 kB and a cold walk
// touches few pages. Layout (little endian):
//
//	"BHYPH3\n", notice text, 0x00, then the body:
//	counts: nodes, patterns, digits, maxLen (uint32 each),
//	code: 256 letter codes (uint8 each, by Latin-1 rune; 0: in no pattern),
//	nodes: letter code, children, first child, pattern (uint8, uint8,
//	       uint16, uint16: 6 bytes; pattern 1-based, 0: none),
//	patterns: where each pattern's digits start, then the end of the
//	          last (uint16 each, patterns+1 of them),
//	digits: offset<<4 | value (uint8 each, non-zero digits only).
//
// Nodes are numbered breadth-first, so a node's children are the
// consecutive nodes from its first child on, in the order of their
// letter codes (which follow the runes' order); the root is node 0.
const patternMagic = "BHYPH3\n"

// Sizes of the body's counts, of a packed node and of one pattern start.
const (
	countsSize = 16
	nodeSize   = 6
	startSize  = 2
)

// Limits of the packed form: node, pattern and digit indices are 16-bit,
// a node has at most 255 children, a letter code is a byte and a digit's
// offset four bits.
const (
	maxPackedIndex  = 1<<16 - 1
	maxPatternLen   = 15
	maxChildren     = 255
	maxLetterCodes  = 255
	latin1End       = 256
	digitOffsetBits = 4
)

var le = binary.LittleEndian

// trie is a pattern trie being packed: nodes numbered breadth-first,
// each node's children consecutive and in rune order.
type trie struct {
	nodes  []packedNode
	starts []uint32 // start of each pattern's digits
	digits []byte   // offset<<4 | value
	maxLen int
}

type packedNode struct {
	r          rune // the letter of the edge into the node
	firstChild uint32
	children   uint32
	pattern    uint32 // 1-based, 0: none
}

// addValue records the digits of the pattern that ends at node i.
func (t *trie) addValue(i int, digits []uint8) {
	t.starts = append(t.starts, uint32(len(t.digits)))
	for k, v := range digits {
		if v != 0 {
			t.digits = append(t.digits, byte(k)<<digitOffsetBits|v)
		}
	}
	t.nodes[i].pattern = uint32(len(t.starts))
}

// pack lays the trie out as a compiled body, with letter codes in rune
// order for the Latin-1 letters the patterns use; it fails for a set
// beyond the packed form's limits.
func (t *trie) pack() ([]byte, error) {
	var used [latin1End]bool
	for _, n := range t.nodes[1:] {
		if n.r < 0 || n.r >= latin1End {
			return nil, fmt.Errorf("hyphenation patterns: letter %q beyond Latin-1", n.r)
		}
		used[n.r] = true
	}
	var code [latin1End]byte
	alphabet := 0
	for r, u := range used {
		if u {
			alphabet++
			code[r] = byte(alphabet)
		}
	}
	switch {
	case alphabet > maxLetterCodes:
		return nil, fmt.Errorf("hyphenation patterns: %d letters, at most %d", alphabet, maxLetterCodes)
	case len(t.nodes) > maxPackedIndex+1 || len(t.starts) > maxPackedIndex || len(t.digits) > maxPackedIndex:
		return nil, fmt.Errorf("hyphenation patterns: too many for the packed form")
	case t.maxLen > maxPatternLen:
		return nil, fmt.Errorf("hyphenation patterns: a pattern of %d letters, at most %d", t.maxLen, maxPatternLen)
	}
	b := make([]byte, 0, countsSize+latin1End+nodeSize*len(t.nodes)+startSize*(len(t.starts)+1)+len(t.digits))
	for _, v := range []int{len(t.nodes), len(t.starts), len(t.digits), t.maxLen} {
		b = le.AppendUint32(b, uint32(v))
	}
	b = append(b, code[:]...)
	for i, n := range t.nodes {
		if n.children > maxChildren {
			return nil, fmt.Errorf("hyphenation patterns: %d letters after one prefix, at most %d", n.children, maxChildren)
		}
		letter := byte(0)
		if i > 0 {
			letter = code[n.r]
		}
		b = append(b, letter, byte(n.children))
		b = le.AppendUint16(le.AppendUint16(b, uint16(n.firstChild)), uint16(n.pattern))
	}
	for _, s := range t.starts {
		b = le.AppendUint16(b, uint16(s))
	}
	b = le.AppendUint16(b, uint16(len(t.digits)))
	return append(b, t.digits...), nil
}

// MarshalPatterns writes a compiled pattern set with a notice (the
// patterns' licence) at its head.
func MarshalPatterns(pt *Patterns, notice string) []byte {
	b := make([]byte, 0, len(patternMagic)+len(notice)+1+len(pt.body))
	b = append(append(append(b, patternMagic...), notice...), 0)
	return append(b, pt.body...)
}

// UnmarshalPatterns loads a compiled pattern set in place (data must not
// change afterwards) and checks every index in it, so that lookups can
// never leave it.
func UnmarshalPatterns(data []byte) (*Patterns, error) {
	pt, err := compiledPatterns(data)
	if err != nil {
		return nil, err
	}
	return pt, pt.check()
}

// compiledPatterns loads a compiled pattern set in place, checking its
// head and the sizes of its sections but not the indices inside them:
// for data known good (the embedded set, which a test checks whole), so
// loading costs nothing that grows with the set. Go's bounds checks still
// keep every lookup inside the data.
func compiledPatterns(data []byte) (*Patterns, error) {
	if !bytes.HasPrefix(data, []byte(patternMagic)) {
		return nil, fmt.Errorf("not a compiled pattern file")
	}
	end := bytes.IndexByte(data, 0)
	if end < 0 {
		return nil, fmt.Errorf("compiled patterns: no notice terminator")
	}
	return inPlace(data[end+1:])
}

// inPlace slices a compiled body into its sections and notes the root's
// child for each letter code.
func inPlace(body []byte) (*Patterns, error) {
	if len(body) < countsSize+latin1End {
		return nil, fmt.Errorf("compiled patterns: no counts")
	}
	var n [4]uint64
	for i := range n {
		n[i] = uint64(le.Uint32(body[4*i:]))
	}
	nodes, patterns, digits, maxLen := n[0], n[1], n[2], n[3]
	sizes := []uint64{latin1End, nodeSize * nodes, startSize * (patterns + 1), digits}
	need := uint64(countsSize)
	for _, s := range sizes {
		need += s
	}
	switch {
	case uint64(len(body)) != need:
		return nil, fmt.Errorf("compiled patterns: size %d, want %d", len(body), need)
	case nodes == 0 || nodes > maxPackedIndex+1:
		return nil, fmt.Errorf("compiled patterns: %d nodes, want 1 to %d", nodes, maxPackedIndex+1)
	case maxLen > maxPatternLen:
		return nil, fmt.Errorf("compiled patterns: patterns of up to %d letters, want at most %d", maxLen, maxPatternLen)
	}
	pt := &Patterns{body: body, maxLen: int(maxLen)}
	r := body[countsSize:]
	for i, dst := range []*[]byte{&pt.code, &pt.nodes, &pt.starts, &pt.digits} {
		*dst, r = r[:sizes[i]:sizes[i]], r[sizes[i]:]
	}
	first, count := int(le.Uint16(pt.nodes[2:])), int(pt.nodes[1])
	if first+count > int(nodes) {
		return nil, fmt.Errorf("compiled patterns: root out of range")
	}
	for c := first; c < first+count; c++ {
		pt.root[pt.nodes[nodeSize*c]] = uint16(c)
	}
	pt.second, pt.alphabet = secondSteps(pt, first, count)
	return pt, nil
}

// check verifies every index in the sections: each node's children and
// pattern, the letter codes, the patterns' digit ranges and the digits'
// offsets.
func (pt *Patterns) check() error {
	nodes, patterns := len(pt.nodes)/nodeSize, len(pt.starts)/startSize-1
	alphabet := byte(0)
	for _, c := range pt.code {
		alphabet = max(alphabet, c)
	}
	for i := range nodes {
		b := pt.nodes[nodeSize*i:]
		letter, count, first, p := b[0], int(b[1]), int(le.Uint16(b[2:])), int(le.Uint16(b[4:]))
		if letter > alphabet || (i > 0 && letter == 0) || (count > 0 && first <= i) || first+count > nodes || p > patterns {
			return fmt.Errorf("compiled patterns: node %d out of range", i)
		}
	}
	for i := range patterns {
		start, end := int(le.Uint16(pt.starts[startSize*i:])), int(le.Uint16(pt.starts[startSize*(i+1):]))
		if start > end || end > len(pt.digits) {
			return fmt.Errorf("compiled patterns: bad pattern range")
		}
	}
	for _, d := range pt.digits {
		if int(d>>digitOffsetBits) > pt.maxLen {
			return fmt.Errorf("compiled patterns: digit offset out of range")
		}
	}
	return nil
}

// secondSteps is Patterns.second: for the root's children (count of them
// from node first on) the child of each with every letter code. It
// costs some thousand steps for the German set (35 letter codes), not
// one for each pattern. A child out of the data's range, which only
// damaged data has, is left out (the lookup then ends there, as check
// would have refused the data).
func secondSteps(pt *Patterns, first, count int) ([]uint16, int) {
	alphabet := 0
	for _, c := range pt.code {
		alphabet = max(alphabet, int(c)+1)
	}
	second := make([]uint16, alphabet*alphabet)
	nodes := len(pt.nodes) / nodeSize
	for n := first; n < first+count; n++ {
		letter := int(pt.nodes[nodeSize*n])
		f, k := int(le.Uint16(pt.nodes[nodeSize*n+2:])), int(pt.nodes[nodeSize*n+1])
		if letter >= alphabet || f+k > nodes {
			continue
		}
		for c := f; c < f+k; c++ {
			if l := int(pt.nodes[nodeSize*c]); l < alphabet {
				second[letter*alphabet+l] = uint16(c)
			}
		}
	}
	return second, alphabet
}
