package layout

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// The compiled form of a pattern set: the packed trie exactly as Patterns
// holds it, so loading is a few array copies instead of compiling 36,000
// patterns at every start. Layout (little endian):
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
	var digits []patternDigit
	for _, v := range pt.values {
		digits = append(digits, v...)
	}
	put := func(vs ...uint32) {
		for _, v := range vs {
			binary.Write(&b, binary.LittleEndian, v)
		}
	}
	put(uint32(len(pt.nodes)), uint32(len(pt.edges)), uint32(len(pt.values)), uint32(len(digits)), uint32(pt.maxLen))
	for _, n := range pt.nodes {
		put(n.firstEdge, n.edgeCount, n.value)
	}
	for _, e := range pt.edges {
		put(uint32(e.r), e.child)
	}
	start := uint32(0)
	for _, v := range pt.values {
		put(start, start+uint32(len(v)))
		start += uint32(len(v))
	}
	for _, d := range digits {
		b.WriteByte(d.offset)
		b.WriteByte(d.value)
	}
	return b.Bytes()
}

// UnmarshalPatterns loads a compiled pattern set.
func UnmarshalPatterns(data []byte) (*Patterns, error) {
	if !bytes.HasPrefix(data, []byte(patternMagic)) {
		return nil, fmt.Errorf("not a compiled pattern file")
	}
	end := bytes.IndexByte(data, 0)
	if end < 0 {
		return nil, fmt.Errorf("compiled patterns: no notice terminator")
	}
	r := data[end+1:]
	u32 := func() uint32 {
		if len(r) < 4 {
			r = nil
			return 0
		}
		v := binary.LittleEndian.Uint32(r)
		r = r[4:]
		return v
	}
	nodes, edges, values, digits, maxLen := u32(), u32(), u32(), u32(), u32()
	need := uint64(nodes)*12 + uint64(edges)*8 + uint64(values)*8 + uint64(digits)*2
	if r == nil || uint64(len(r)) != need {
		return nil, fmt.Errorf("compiled patterns: size %d, want %d", len(r), need)
	}
	pt := &Patterns{maxLen: int(maxLen), nodes: make([]trieNode, nodes), edges: make([]trieEdge, edges), values: make([][]patternDigit, values)}
	le := binary.LittleEndian
	for i := range pt.nodes {
		b := r[12*i : 12*i+12]
		pt.nodes[i] = trieNode{firstEdge: le.Uint32(b), edgeCount: le.Uint32(b[4:]), value: le.Uint32(b[8:])}
	}
	r = r[12*nodes:]
	for i := range pt.edges {
		b := r[8*i : 8*i+8]
		pt.edges[i] = trieEdge{r: rune(le.Uint32(b)), child: le.Uint32(b[4:])}
	}
	r = r[8*edges:]
	bounds := make([]uint32, 2*values)
	for i := range bounds {
		bounds[i] = le.Uint32(r[4*i:])
	}
	r = r[8*values:]
	all := make([]patternDigit, digits)
	for i := range all {
		all[i] = patternDigit{offset: r[2*i], value: r[2*i+1]}
	}
	for i := range pt.values {
		s, e := bounds[2*i], bounds[2*i+1]
		if s > e || e > digits {
			return nil, fmt.Errorf("compiled patterns: bad value range")
		}
		pt.values[i] = all[s:e]
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
