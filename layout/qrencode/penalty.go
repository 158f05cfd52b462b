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

// Penalty weights.
const (
	blockWeight   = 3
	finderWeight  = 40
	balanceWeight = 10
)

// penalty returns the score of an n × n module grid. It stops early, with
// a score of at least limit, once the score reaches limit (scores only
// grow, and a mask must score less than the best so far to replace it).
func penalty(m []byte, n, limit int) int {
	s := balancePenalty(m, n) + blockPenalty(m, n)
	if s >= limit {
		return s
	}
	for y := 0; y < n; y++ {
		s += linePenalty(m, y*n, 1, n)
	}
	if s >= limit {
		return s
	}
	for x := 0; x < n; x++ {
		s += linePenalty(m, x, n, n)
	}
	return s
}

// linePenalty scores the runs and the finder-like patterns of one line of
// n modules, m[start], m[start+step], ….
func linePenalty(m []byte, start, step, n int) int {
	p := 0
	run := 0
	last := byte(2)
	window := uint32(0)
	i := start
	for k := 0; k < n; k++ {
		v := m[i]
		i += step
		if v == last {
			run++
			if run >= 6 {
				p++
				if run == 6 {
					p += 3
				}
			}
		} else {
			run, last = 1, v
		}
		window = (window<<1 | uint32(v)) & 0x7ff
		if window == 0x05d || window == 0x5d0 || k == n-1 && window&0x7f == 0x5d {
			p += finderWeight
			window = 0xff
		}
	}
	return p
}

// blockPenalty scores the 2 × 2 blocks of one colour.
func blockPenalty(m []byte, n int) int {
	c := 0
	for y := 1; y < n; y++ {
		above := m[(y-1)*n : y*n]
		row := m[y*n : (y+1)*n]
		for x := 1; x < n; x++ {
			v := row[x]
			if (v^row[x-1])|(v^above[x])|(v^above[x-1]) == 0 {
				c++
			}
		}
	}
	return c * blockWeight
}

// balancePenalty scores the share of dark modules.
func balancePenalty(m []byte, n int) int {
	dark := 0
	for _, v := range m {
		dark += int(v)
	}
	total := n * n
	dev := total/2 - dark
	if dev < 0 {
		dev = -dev
	}
	return balanceWeight * (dev / (total / 20))
}
