package qrencode

import "math/bits"

// A line is a row or column of up to 177 modules as a bit set: module x
// is bit x%64 of word x/64 (a, b, c), 1 for dark; modules past the line's
// end are 0. Shifting a line left by k moves module x to x+k, so that bit
// x of the shifted line holds module x−k, and the k places before the
// line's start read as light. (Three named words rather than an array,
// so that the compiler keeps them in registers.)
type line struct{ a, b, c uint64 }

// shl shifts a line left by k places (0 < k < 64).
func shl(l line, k uint) line {
	return line{l.a << k, l.b<<k | l.a>>(64-k), l.c<<k | l.b>>(64-k)}
}

// and, or, andNot, xor and not combine lines word by word.
func and(x, y line) line    { return line{x.a & y.a, x.b & y.b, x.c & y.c} }
func or(x, y line) line     { return line{x.a | y.a, x.b | y.b, x.c | y.c} }
func andNot(x, y line) line { return line{x.a &^ y.a, x.b &^ y.b, x.c &^ y.c} }
func xor(x, y line) line    { return line{x.a ^ y.a, x.b ^ y.b, x.c ^ y.c} }
func not(x line) line       { return line{^x.a, ^x.b, ^x.c} }

// count returns the number of set bits.
func (l line) count() int {
	return bits.OnesCount64(l.a) + bits.OnesCount64(l.b) + bits.OnesCount64(l.c)
}

// any reports whether a bit is set.
func (l line) any() bool { return l.a|l.b|l.c != 0 }

// word returns the word holding module x.
func (l *line) word(x int) *uint64 {
	switch x >> 6 {
	case 0:
		return &l.a
	case 1:
		return &l.b
	}
	return &l.c
}

// bit returns module x.
func (l line) bit(x int) uint32 { return uint32(*l.word(x) >> uint(x&63) & 1) }

// set makes module x dark.
func (l *line) set(x int) { *l.word(x) |= 1 << uint(x&63) }

// firstN returns the line with modules 0 to n−1 set.
func firstN(n int) line {
	var l line
	for x := 0; x < n; x++ {
		l.set(x)
	}
	return l
}
