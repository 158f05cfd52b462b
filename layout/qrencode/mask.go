package qrencode

// The eight data masks. Each is periodic with period 12 along either
// axis, so for each mask the twelve distinct rows (and, for the columns of
// the transposed symbol, the twelve distinct columns) are precomputed as
// lines, and a row is masked in a few word operations.

// maskLines holds the masks as lines: rows[m][y%12] has bit x set where
// mask m inverts module (x, y), cols[m][x%12] bit y.
type maskLines struct {
	rows, cols [8][12]line
}

// masks is computed once; it is a constant table. Along a row (or
// column) a mask repeats every 12 modules, so each line is its first 12
// modules repeated.
var masks = func() (t maskLines) {
	for m := 0; m < 8; m++ {
		for k := 0; k < 12; k++ {
			var row, col uint64
			for i := 0; i < 12; i++ {
				if maskInverts(m, i, k) {
					row |= 1 << uint(i)
				}
				if maskInverts(m, k, i) {
					col |= 1 << uint(i)
				}
			}
			t.rows[m][k] = repeat12(row)
			t.cols[m][k] = repeat12(col)
		}
	}
	return t
}()

// repeat12 returns the line whose modules repeat the 12-module period p
// for a whole symbol of the largest version (192 modules).
func repeat12(p uint64) line {
	w := p | p<<12 | p<<24 | p<<36 | p<<48 // 60 modules
	// 192 = 3 × 64 modules; 64 ≡ 4 (mod 12), so each next word starts 4
	// modules into the period.
	shifted := func(s uint) uint64 {
		q := p>>s | p<<(12-s)&(1<<12-1) // the period rotated by s
		return q | q<<12 | q<<24 | q<<36 | q<<48 | q<<60
	}
	return line{w | p<<60, shifted(4), shifted(8)}
}

// maskInverts reports whether mask m inverts the module at column x, row
// y (the standard's formulas, with i the row and j the column).
func maskInverts(m, x, y int) bool {
	switch m {
	case 0:
		return (y+x)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (y+x)%3 == 0
	case 4:
		return (y/2+x/3)%2 == 0
	case 5:
		return y*x%2+y*x%3 == 0
	case 6:
		return (y*x%2+y*x%3)%2 == 0
	default:
		return ((y+x)%2+y*x%3)%2 == 0
	}
}

// lineGrid is a symbol as lines, twice: its rows, and its columns (the
// rows of the transposed symbol).
type lineGrid struct {
	rows, cols []line
}

// packed is the unmasked grid as lines, with the data modules marked.
type packed struct {
	n                int
	mod, data        lineGrid
	formatX, formatY [30]int // where the format bits go: bit i%15 at i
}

// pack turns a grid into lines.
func (g *grid) pack() *packed {
	n := g.n
	buf := make([]line, 4*n)
	p := &packed{n: n,
		mod:  lineGrid{rows: buf[:n], cols: buf[n : 2*n]},
		data: lineGrid{rows: buf[2*n : 3*n], cols: buf[3*n:]}}
	for i := 0; i < n; i++ {
		p.mod.rows[i] = packLine(g.mod, i*n, 1, n)
		p.mod.cols[i] = packLine(g.mod, i, n, n)
		p.data.rows[i] = packLine(g.data, i*n, 1, n)
		p.data.cols[i] = packLine(g.data, i, n, n)
	}
	for i, pos := range formatPositions(n) {
		p.formatX[i], p.formatY[i] = pos[0][0], pos[0][1]
		p.formatX[15+i], p.formatY[15+i] = pos[1][0], pos[1][1]
	}
	return p
}

// packLine packs the n modules src[start], src[start+step], … (0 or 1)
// into a line.
func packLine(src []byte, start, step, n int) line {
	var w [3]uint64
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		w[k>>6] |= uint64(src[i]) << uint(k&63)
	}
	return line{w[0], w[1], w[2]}
}

// applyMask writes into dst the symbol with mask m applied to its data
// modules and the format information for the level and mask drawn.
func (p *packed) applyMask(m int, level Level, dst lineGrid) {
	for i := range dst.rows { // row i, and column i
		dst.rows[i] = maskLine(p.mod.rows[i], p.data.rows[i], &masks.rows[m][i%12])
		dst.cols[i] = maskLine(p.mod.cols[i], p.data.cols[i], &masks.cols[m][i%12])
	}
	f := formatBits(level, m)
	for i := range p.formatX {
		if f>>uint(i%15)&1 != 0 {
			x, y := p.formatX[i], p.formatY[i]
			dst.rows[y].set(x)
			dst.cols[x].set(y)
		}
	}
}

// maskLine inverts the data modules of a line where the mask says so.
func maskLine(mod, data line, mask *line) line {
	return line{mod.a ^ data.a&mask.a, mod.b ^ data.b&mask.b, mod.c ^ data.c&mask.c}
}

// bestMask returns the rows of the masked symbol with the lowest penalty,
// the first of the masks in order on a tie.
func (g *grid) bestMask(level Level) []line {
	p := g.pack()
	n := g.n
	buf := make([]line, 4*n)
	cur := lineGrid{rows: buf[:n], cols: buf[n : 2*n]}
	best := lineGrid{rows: buf[2*n : 3*n], cols: buf[3*n:]}
	bestScore := -1
	for m := 0; m < 8; m++ {
		p.applyMask(m, level, cur)
		limit := bestScore
		if limit < 0 {
			limit = int(^uint(0) >> 1)
		}
		if s := penalty(cur, n, limit); s < limit {
			cur, best = best, cur
			bestScore = s
		}
	}
	return best.rows
}

// bitmap returns the symbol's rows as booleans, with a quiet zone of four
// light modules around them.
func bitmap(rows []line) [][]bool {
	const quiet = 4
	n := len(rows)
	w := n + 2*quiet
	cells := make([]bool, w*w)
	out := make([][]bool, w)
	for y := range out {
		out[y] = cells[y*w : (y+1)*w : (y+1)*w]
	}
	for y, l := range rows {
		row := out[y+quiet][quiet:]
		for x := 0; x < n; x++ {
			row[x] = l.bit(x) != 0
		}
	}
	return out
}
