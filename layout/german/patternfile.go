package german

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// The compiled form of a pattern set: the packed trie exactly as Patterns
// holds it (see Patterns), so loading is slicing the file instead of
// compiling 36,000 patterns at every start. Layout (little endian):
//
//	"BHYPH1\n", notice text, 0x00,
//	counts: nodes, edges, values, digits, maxLen (uint32 each),
//	nodes: firstEdge, edgeCount, value (uint32 each),
//	edges: rune, child (uint32 each),
//	values: start, end into digits (uint32 each),
//	digits: offset, value (uint8 each).
const patternMagic = "BHYPH1\n"

// MarshalPatterns writes a compiled pattern set with a notice (the
// patterns' licence) at its head.
func MarshalPatterns(pt *Patterns, notice string) []byte {
	var b bytes.Buffer
	b.WriteString(patternMagic)
	b.WriteString(notice)
	b.WriteByte(0)
	le := binary.LittleEndian
	for _, v := range []int{len(pt.nodes), len(pt.edges), len(pt.values), len(pt.digits), pt.maxLen} {
		b.Write(le.AppendUint32(nil, uint32(v)))
	}
	for _, n := range pt.nodes {
		b.Write(le.AppendUint32(le.AppendUint32(le.AppendUint32(nil, n.firstEdge), n.edgeCount), n.value))
	}
	for _, e := range pt.edges {
		b.Write(le.AppendUint32(le.AppendUint32(nil, uint32(e.r)), e.child))
	}
	for _, v := range pt.values {
		b.Write(le.AppendUint32(le.AppendUint32(nil, v.start), v.end))
	}
	for _, d := range pt.digits {
		b.Write([]byte{d.offset, d.value})
	}
	return b.Bytes()
}

// UnmarshalPatterns loads a compiled pattern set. Its digits refer to data (which must not change afterwards); every index in it is
// checked once here, so lookups need no further checks than Go's own.
func UnmarshalPatterns(data []byte) (*Patterns, error) {
	if !bytes.HasPrefix(data, []byte(patternMagic)) {
		return nil, fmt.Errorf("not a compiled pattern file")
	}
	end := bytes.IndexByte(data, 0)
	if end < 0 {
		return nil, fmt.Errorf("compiled patterns: no notice terminator")
	}
	r := data[end+1:]
	if len(r) < 20 {
		return nil, fmt.Errorf("compiled patterns: no counts")
	}
	le := binary.LittleEndian
	nodes, edges, values, digits, maxLen := le.Uint32(r), le.Uint32(r[4:]), le.Uint32(r[8:]), le.Uint32(r[12:]), le.Uint32(r[16:])
	r = r[20:]
	need := uint64(nodes)*12 + uint64(edges)*8 + uint64(values)*8 + uint64(digits)*2
	if uint64(len(r)) != need || nodes == 0 {
		return nil, fmt.Errorf("compiled patterns: size %d, want %d", len(r), need)
	}
	pt := &Patterns{maxLen: int(maxLen), nodes: make([]trieNode, nodes), edges: make([]trieEdge, edges),
		values: make([]digitRange, values), digits: make([]patternDigit, digits)}
	for i := range pt.nodes {
		b := r[12*i : 12*i+12 : 12*i+12]
		pt.nodes[i] = trieNode{firstEdge: le.Uint32(b), edgeCount: le.Uint32(b[4:]), value: le.Uint32(b[8:])}
	}
	r = r[12*nodes:]
	for i := range pt.edges {
		b := r[8*i : 8*i+8 : 8*i+8]
		pt.edges[i] = trieEdge{r: rune(le.Uint32(b)), child: le.Uint32(b[4:])}
	}
	r = r[8*edges:]
	for i := range pt.values {
		v := digitRange{le.Uint32(r[8*i:]), le.Uint32(r[8*i+4:])}
		if v.start > v.end || v.end > digits {
			return nil, fmt.Errorf("compiled patterns: bad value range")
		}
		pt.values[i] = v
	}
	r = r[8*values:]
	for i := range pt.digits {
		pt.digits[i] = patternDigit{offset: r[2*i], value: r[2*i+1]}
	}
	for i, n := range pt.nodes {
		if uint64(n.firstEdge)+uint64(n.edgeCount) > uint64(edges) || n.value > values {
			return nil, fmt.Errorf("compiled patterns: node %d out of range", i)
		}
	}
	for _, e := range pt.edges {
		if e.child >= nodes {
			return nil, fmt.Errorf("compiled patterns: edge out of range")
		}
	}
	pt.buildDenseRows()
	return pt, nil
}
