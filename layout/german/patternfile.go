package german

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// The compiled form of a pattern set is the packed trie Patterns reads in
// place, so loading the embedded set is slicing it, not unmarshalling
// 36,000 patterns' trie at every start. Layout (little endian):
//
//	"BHYPH2\n", notice text, 0x00, then the body:
//	counts: nodes, edges, values, digits, maxLen, alphabet, dense rows (uint32 each),
//	code: 256 letter codes (uint8 each, by Latin-1 rune),
//	nodes: firstEdge, edgeCount, value, dense row + 1 (uint32 each; value 1-based, 0: none),
//	edges: rune, child (uint32 each),
//	values: start, end into digits (uint32 each),
//	digits: offset, value (uint8 each),
//	dense: rows of alphabet children (uint32 each).
const patternMagic = "BHYPH2\n"

// countsSize is the size of the body's counts.
const countsSize = 28

var le = binary.LittleEndian

// trie is a pattern trie being packed: nodes numbered breadth-first.
type trie struct {
	nodes  []packedNode
	edges  []packedEdge
	values [][2]uint32 // start, end into digits
	digits []byte      // offset, value pairs
	maxLen int
}

type packedNode struct{ firstEdge, edgeCount, value uint32 }

type packedEdge struct {
	r     rune
	child uint32
}

// addValue records the digits of the pattern that ends at node i.
func (t *trie) addValue(i int, digits []uint8) {
	start := uint32(len(t.digits) / 2)
	for k, v := range digits {
		if v != 0 {
			t.digits = append(t.digits, uint8(k), v)
		}
	}
	t.values = append(t.values, [2]uint32{start, uint32(len(t.digits) / 2)})
	t.nodes[i].value = uint32(len(t.values))
}

// pack lays the trie out as a compiled body, with letter codes for the
// Latin-1 letters the patterns use and a dense row for every node with
// at least denseThreshold children, all Latin-1.
func (t *trie) pack() []byte {
	var code [256]byte
	alphabet := 1
	for _, e := range t.edges {
		if e.r < 256 && code[e.r] == 0 {
			code[e.r] = byte(alphabet)
			alphabet++
		}
	}
	rows := make([]uint32, len(t.nodes)) // dense row + 1, or 0
	var dense []uint32
	for i, n := range t.nodes {
		edges := t.edges[n.firstEdge : n.firstEdge+n.edgeCount]
		if n.edgeCount < denseThreshold || !allLatin1(edges) {
			continue
		}
		row := make([]uint32, alphabet)
		for _, e := range edges {
			row[code[e.r]] = e.child
		}
		dense = append(dense, row...)
		rows[i] = uint32(len(dense) / alphabet)
	}
	b := make([]byte, 0, countsSize+256+nodeSize*len(t.nodes)+edgeSize*len(t.edges)+8*len(t.values)+len(t.digits)+4*len(dense))
	for _, v := range []int{len(t.nodes), len(t.edges), len(t.values), len(t.digits) / 2, t.maxLen, alphabet, len(dense) / alphabet} {
		b = le.AppendUint32(b, uint32(v))
	}
	b = append(b, code[:]...)
	for i, n := range t.nodes {
		b = le.AppendUint32(le.AppendUint32(le.AppendUint32(le.AppendUint32(b, n.firstEdge), n.edgeCount), n.value), rows[i])
	}
	for _, e := range t.edges {
		b = le.AppendUint32(le.AppendUint32(b, uint32(e.r)), e.child)
	}
	for _, v := range t.values {
		b = le.AppendUint32(le.AppendUint32(b, v[0]), v[1])
	}
	b = append(b, t.digits...)
	for _, c := range dense {
		b = le.AppendUint32(b, c)
	}
	return b
}

func allLatin1(edges []packedEdge) bool {
	for _, e := range edges {
		if e.r >= 256 {
			return false
		}
	}
	return true
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

// inPlace slices a compiled body into its sections.
func inPlace(body []byte) (*Patterns, error) {
	if len(body) < countsSize+256 {
		return nil, fmt.Errorf("compiled patterns: no counts")
	}
	var n [7]uint64
	for i := range n {
		n[i] = uint64(le.Uint32(body[4*i:]))
	}
	nodes, edges, values, digits, alphabet, rows := n[0], n[1], n[2], n[3], n[5], n[6]
	sizes := []uint64{256, nodeSize * nodes, edgeSize * edges, 8 * values, 2 * digits, 4 * rows * alphabet}
	need := uint64(countsSize)
	for _, s := range sizes {
		need += s
	}
	if uint64(len(body)) != need || nodes == 0 || alphabet == 0 || alphabet > 256 {
		return nil, fmt.Errorf("compiled patterns: size %d, want %d", len(body), need)
	}
	pt := &Patterns{body: body, maxLen: int(n[4]), alphabet: int(alphabet)}
	r := body[countsSize:]
	for i, dst := range []*[]byte{&pt.code, &pt.nodes, &pt.edges, &pt.values, &pt.digits, &pt.dense} {
		*dst, r = r[:sizes[i]:sizes[i]], r[sizes[i]:]
	}
	return pt, nil
}

// check verifies every index in the sections: edges, values and dense
// rows of each node, each edge's child, each value's digits, the letter
// codes and the dense rows' children.
func (pt *Patterns) check() error {
	nodes, edges := uint64(len(pt.nodes)/nodeSize), uint64(len(pt.edges)/edgeSize)
	values, digits := uint64(len(pt.values)/8), uint64(len(pt.digits)/2)
	rows := uint64(len(pt.dense) / 4 / pt.alphabet)
	for i := uint64(0); i < nodes; i++ {
		b := pt.nodes[nodeSize*i:]
		first, count, v, row := uint64(le.Uint32(b)), uint64(le.Uint32(b[4:])), uint64(le.Uint32(b[8:])), uint64(le.Uint32(b[12:]))
		if first+count > edges || v > values || row > rows {
			return fmt.Errorf("compiled patterns: node %d out of range", i)
		}
	}
	for i := uint64(0); i < edges; i++ {
		if uint64(le.Uint32(pt.edges[edgeSize*i+4:])) >= nodes {
			return fmt.Errorf("compiled patterns: edge %d out of range", i)
		}
	}
	for i := uint64(0); i < values; i++ {
		start, end := uint64(le.Uint32(pt.values[8*i:])), uint64(le.Uint32(pt.values[8*i+4:]))
		if start > end || end > digits {
			return fmt.Errorf("compiled patterns: bad value range")
		}
	}
	for _, c := range pt.code {
		if int(c) >= pt.alphabet {
			return fmt.Errorf("compiled patterns: letter code out of range")
		}
	}
	for i := 0; i < len(pt.dense); i += 4 {
		if uint64(le.Uint32(pt.dense[i:])) >= nodes {
			return fmt.Errorf("compiled patterns: dense child out of range")
		}
	}
	return nil
}
