package qrencode

// Mask penalties as go-qrcode scores them, which differs from the
// standard in places, and the differences decide which mask is chosen:
//
//   - runs: a run of six or more modules of one colour in a row or column
//     scores its length minus two; a run of five scores nothing;
//   - blocks: 3 for each 2 × 2 block of one colour (overlapping);
//   - finder-like patterns: 40 for dark-light-dark-dark-dark-light-dark
//     with four light modules before or after it, found by an 11-bit
//     window along each row and column that starts light (so the edge
//     before the line counts as light), is set to eight dark modules
//     after a find, and at the line's end also scores the seven-module
//     pattern alone;
//   - balance: 10 for each full 5 % the dark share is away from half,
//     in integer arithmetic on the module count.
//
// Runs, blocks and balance are counted on whole lines by bit operations.
// Finder-like patterns are rare: a line is scanned module by module (to
// follow go-qrcode's window exactly) only if bit operations find one in
// it, since without a first find the window is the plain last 11 modules.

// Penalty weights.
const (
	blockWeight   = 3
	finderWeight  = 40
	balanceWeight = 10
)

// penalty returns the score of an n × n symbol. It stops early, with a
// score of at least limit, once the score reaches limit (scores only grow,
// and a mask must score less than the best so far to replace it).
func penalty(g lineGrid, n, limit int) int {
	valid := firstN(n)
	s := balancePenalty(g.rows, n) + blockPenalty(g.rows, n)
	if s >= limit {
		return s
	}
	for _, l := range g.rows {
		s += linePenalty(l, n, valid)
	}
	if s >= limit {
		return s
	}
	for _, l := range g.cols {
		s += linePenalty(l, n, valid)
	}
	return s
}

// linePenalty scores the runs and the finder-like patterns of a line of n
// modules; valid has the line's n modules set.
func linePenalty(m line, n int, valid line) int {
	if n <= maxOneWord {
		return linePenalty64(m.a, n, valid.a)
	}
	// e: the module equals the one before it (from module 1 on); r: it
	// ends a run of six or more so far. Each module of r scores 1, and
	// the first of each stretch 3 more.
	e := andNot(valid, xor(m, shl(m, 1)))
	e.a &^= 1
	r := and(and(e, shl(e, 1)), and(shl(e, 2), shl(e, 3)))
	r = and(r, shl(e, 4))
	p := r.count() + 3*andNot(r, shl(r, 1)).count()
	if finderCandidate(m, n, valid) {
		p += finderPenalty(m, n)
	}
	return p
}

// finderCandidate reports whether the last 11 modules up to some module
// of the line (those before the line light) are one of the two finder-like
// patterns, or the line ends in the seven-module core.
func finderCandidate(m line, n int, valid line) bool {
	m1, m2, m3 := shl(m, 1), shl(m, 2), shl(m, 3)
	// core: modules x−6 … x are dark, light, dark, dark, dark, light, dark.
	core := and(andNot(m, m1), and(m2, m3))
	core = and(core, andNot(shl(m, 4), shl(m, 5)))
	core = and(core, shl(m, 6))
	if core.bit(n-1) != 0 {
		return true
	}
	light4 := not(or(or(m, m1), or(m2, m3))) // x−3 … x light
	before := or(shl(light4, 7), line{1<<7 - 1, 0, 0})
	after := and(shl(core, 4), light4)
	return and(or(and(core, before), after), valid).any()
}

// finderPenalty follows go-qrcode's 11-bit window along the line.
func finderPenalty(m line, n int) int {
	p := 0
	window := uint32(0)
	words := [3]uint64{m.a, m.b, m.c}
	for x := 0; x < n; x++ {
		window = (window<<1 | uint32(words[x>>6]>>uint(x&63))&1) & 0x7ff
		if window == 0x05d || window == 0x5d0 || x == n-1 && window&0x7f == 0x5d {
			p += finderWeight
			window = 0xff
		}
	}
	return p
}

// blockPenalty scores the 2 × 2 blocks of one colour, from the rows.
func blockPenalty(rows []line, n int) int {
	if n <= maxOneWord {
		return blockPenalty64(rows, n)
	}
	valid := firstN(n)
	from1 := valid
	from1.a &^= 1 // a block ends at module 1 or later
	c := 0
	for y := 1; y < n; y++ {
		a, b := rows[y-1], rows[y]
		vert := andNot(valid, xor(a, b))          // same colour as above
		horiz := andNot(from1, xor(b, shl(b, 1))) // same as the left
		c += and(and(vert, shl(vert, 1)), horiz).count()
	}
	return c * blockWeight
}

// balancePenalty scores the share of dark modules.
func balancePenalty(rows []line, n int) int {
	dark := 0
	for _, l := range rows {
		dark += l.count()
	}
	total := n * n
	dev := total/2 - dark
	if dev < 0 {
		dev = -dev
	}
	return balanceWeight * (dev / (total / 20))
}
