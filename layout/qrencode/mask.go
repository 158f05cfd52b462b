package qrencode

// The eight data masks. Each is periodic with period 12 in both
// directions, so a 12 × 12 tile of each is precomputed and the data
// modules are masked by table.

// maskTiles[m][y%12][x%12] is 1 where mask m inverts the module at column
// x, row y.
var maskTiles = func() (t [8][12][12]byte) {
	for m := range t {
		for y := 0; y < 12; y++ {
			for x := 0; x < 12; x++ {
				if maskInverts(m, x, y) {
					t[m][y][x] = 1
				}
			}
		}
	}
	return t
}()

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

// applyMask writes into dst the grid with mask m applied to its data
// modules and the format information for the level and mask drawn.
func (g *grid) applyMask(m int, level Level, format *[15][2][2]int, dst []byte) {
	n := g.n
	for y := 0; y < n; y++ {
		tile := &maskTiles[m][y%12]
		row := g.mod[y*n : (y+1)*n]
		data := g.data[y*n : (y+1)*n]
		out := dst[y*n : (y+1)*n]
		tx := 0
		for x, v := range row {
			out[x] = v ^ tile[tx]&data[x]
			if tx++; tx == 12 {
				tx = 0
			}
		}
	}
	bits := formatBits(level, m)
	for i, p := range format {
		v := byte(bits >> uint(i) & 1)
		dst[p[0][1]*n+p[0][0]] = v
		dst[p[1][1]*n+p[1][0]] = v
	}
}

// bestMask returns the masked module grid with the lowest penalty, the
// first of the masks in order on a tie.
func (g *grid) bestMask(level Level) []byte {
	n := g.n
	buf := make([]byte, 2*n*n)
	cur, best := buf[:n*n], buf[n*n:]
	format := formatPositions(n)
	bestScore := -1
	for m := 0; m < 8; m++ {
		g.applyMask(m, level, &format, cur)
		limit := bestScore
		if limit < 0 {
			limit = int(^uint(0) >> 1)
		}
		if s := penalty(cur, n, limit); s < limit {
			cur, best = best, cur
			bestScore = s
		}
	}
	return best
}

// bitmap returns the module grid as rows of booleans, with a quiet zone of
// four light modules around it.
func (g *grid) bitmap(mod []byte) [][]bool {
	const quiet = 4
	w := g.n + 2*quiet
	cells := make([]bool, w*w)
	rows := make([][]bool, w)
	for y := range rows {
		rows[y] = cells[y*w : (y+1)*w : (y+1)*w]
	}
	for y := 0; y < g.n; y++ {
		row := rows[y+quiet][quiet:]
		for x, v := range mod[y*g.n : (y+1)*g.n] {
			row[x] = v != 0
		}
	}
	return rows
}
