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
	if finds := finderFinds64(m, n, valid); finds != 0 {
		p += finderPenalty64(m, n, finds)
	}
	return p
}

// finderFinds64 is finderCandidate for a line of one word, as the set of
// modules at which go-qrcode's window, were it never blanked, would find
// a pattern: the last 11 modules up to the module (those before the line
// light) are one of the two patterns, or the line ends in the core.
func finderFinds64(m uint64, n int, valid uint64) uint64 {
	m1, m2, m3 := m<<1, m<<2, m<<3
	core := (m &^ m1) & m2 & m3 & ((m << 4) &^ (m << 5)) & (m << 6)
	light4 := ^(m | m1 | m2 | m3) // x−3 … x light
	before := (light4 << 7) | (1<<7 - 1)
	after := (core << 4) & light4
	return ((core & before) | after | core&(1<<uint(n-1))) & valid
}

// finderPenalty64 is finderPenalty for a line of one word whose unblanked
// finds are finds. Until the window first finds a pattern, and again from
// the 11th module after a find on, the window holds the last 11 modules,
// so it finds what finds says; only the ten modules after a find, while
// the blanked window (eight dark modules) shifts out, are followed module
// by module.
func finderPenalty64(m uint64, n int, finds uint64) int {
	p := 0
	for x := 0; x < n; {
		rest := finds >> uint(x) << uint(x)
		if rest == 0 {
			break
		}
		last := bits.TrailingZeros64(rest) // a find
		p += finderWeight
		window := uint32(0xff)
		for x = last + 1; x < n && x <= last+10; x++ {
			window = (window<<1 | uint32(m>>uint(x))&1) & 0x7ff
			if window == 0x05d || window == 0x5d0 || x == n-1 && window&0x7f == 0x5d {
				p += finderWeight
				window, last = 0xff, x
			}
		}
	}
	return p
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
