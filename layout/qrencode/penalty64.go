package qrencode

import "math/bits"

// Symbols of up to 64 modules a side (versions 1 to 11, which hold up to
// 251 bytes at level M: every address a brochure shows) have lines of one
// word: b and c are zero. Their penalties are counted on that word alone,
// with the same operations as on three words (penalty.go), so the scores
// are the same with about a third of the work. Bits shifted past the
// word's end would fall outside the line (valid) in the three-word
// counting too.

// maxOneWord is the widest symbol whose lines fit one word.
const maxOneWord = 64

// linePenalty64 is linePenalty for a line of one word.
func linePenalty64(m uint64, n int, valid uint64) int {
	e := valid &^ (m ^ (m << 1)) &^ 1
	r := e & (e << 1) & (e << 2) & (e << 3) & (e << 4)
	p := bits.OnesCount64(r) + 3*bits.OnesCount64(r&^(r<<1))
	if finderCandidate64(m, n, valid) {
		p += finderPenalty(line{a: m}, n)
	}
	return p
}

// finderCandidate64 is finderCandidate for a line of one word.
func finderCandidate64(m uint64, n int, valid uint64) bool {
	m1, m2, m3 := m<<1, m<<2, m<<3
	core := (m &^ m1) & m2 & m3 & ((m << 4) &^ (m << 5)) & (m << 6)
	if core>>uint(n-1)&1 != 0 {
		return true
	}
	light4 := ^(m | m1 | m2 | m3) // x−3 … x light
	before := (light4 << 7) | (1<<7 - 1)
	after := (core << 4) & light4
	return ((core&before)|after)&valid != 0
}

// blockPenalty64 is blockPenalty for rows of one word.
func blockPenalty64(rows []line, n int) int {
	valid := uint64(1)<<uint(n) - 1
	from1 := valid &^ 1 // a block ends at module 1 or later
	c := 0
	for y := 1; y < n; y++ {
		a, b := rows[y-1].a, rows[y].a
		vert := valid &^ (a ^ b)         // same colour as above
		horiz := from1 &^ (b ^ (b << 1)) // same as the left
		c += bits.OnesCount64(vert & (vert << 1) & horiz)
	}
	return c * blockWeight
}
