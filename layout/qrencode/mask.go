package qrencode

// The eight data masks. Each is periodic with period 12 along either
// axis, so for each mask the twelve distinct rows (and, for the columns of
// the transposed symbol, the twelve distinct columns) are precomputed as
// lines, and a row is masked in a few word operations.

// maskLines holds the masks as lines: rows[m][y%12] has bit x set where
// mask m inverts module (x, y), cols[m][x%12] bit y. The table, masks, is
// generated (tables_gen.go, by assets/gen/qrtables).
type maskLines struct {
	rows, cols [8][12]line
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
