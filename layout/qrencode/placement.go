package qrencode

// A grid is a symbol without its quiet zone, one byte a module in rows,
// with the function patterns drawn and the data placed unmasked; a second
// byte array marks the modules that carry data (1) rather than function
// patterns (0). The format information is left light: it depends on the
// mask, and each mask writes its own.
type grid struct {
	version int
	n       int    // width in modules
	mod     []byte // 1 dark, 0 light
	data    []byte // 1 where the module carries data
}

// newGrid returns a version's grid with its function patterns drawn.
func newGrid(version int) *grid {
	n := symbolSize(version)
	buf := make([]byte, 2*n*n)
	g := &grid{version: version, n: n, mod: buf[:n*n], data: buf[n*n:]}
	for i := range g.data {
		g.data[i] = 1
	}
	g.drawFinders()
	g.drawAlignments()
	g.drawTiming()
	g.reserveFormat()
	g.drawVersion()
	return g
}

// set draws a function module.
func (g *grid) set(x, y int, dark bool) {
	i := y*g.n + x
	g.data[i] = 0
	g.mod[i] = 0
	if dark {
		g.mod[i] = 1
	}
}

// drawFinders draws the three finder patterns with their light
// separators: rings around the centre, dark but for the second and the
// fourth.
func (g *grid) drawFinders() {
	for _, c := range [3][2]int{{3, 3}, {g.n - 4, 3}, {3, g.n - 4}} {
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := c[0]+dx, c[1]+dy
				if x < 0 || y < 0 || x >= g.n || y >= g.n {
					continue
				}
				d := max(abs(dx), abs(dy))
				g.set(x, y, d != 2 && d != 4)
			}
		}
	}
}

// drawAlignments draws the alignment patterns at every pair of centres
// but the three that fall on the finders.
func (g *grid) drawAlignments() {
	var buf [7]int
	cs := alignmentCentres(g.version, buf[:0])
	last := len(cs) - 1
	for i, cx := range cs {
		for j, cy := range cs {
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					g.set(cx+dx, cy+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
}

// drawTiming draws the timing patterns along row and column 6 between the
// finders' separators (alignment patterns on them agree with them).
func (g *grid) drawTiming() {
	for i := 8; i < g.n-8; i++ {
		g.set(i, 6, i%2 == 0)
		g.set(6, i, i%2 == 0)
	}
}

// reserveFormat marks the format information modules as function modules
// and draws the dark module beside the lower-left finder.
func (g *grid) reserveFormat() {
	for _, p := range formatPositions(g.n) {
		g.set(p[0][0], p[0][1], false)
		g.set(p[1][0], p[1][1], false)
	}
	g.set(8, g.n-8, true)
}

// drawVersion draws the two copies of the version information (versions 7
// and up): bit i at (i/3, n−11+i%3) and transposed.
func (g *grid) drawVersion() {
	if g.version < 7 {
		return
	}
	bits := versionBits(g.version)
	for i := 0; i < 18; i++ {
		dark := bits>>uint(i)&1 != 0
		a, b := i/3, g.n-11+i%3
		g.set(a, b, dark)
		g.set(b, a, dark)
	}
}

// placeData places the codewords, most significant bit first, on the data
// modules in the standard zigzag: two columns at a time from the right
// edge, upwards then downwards, skipping the vertical timing column; data
// modules left over (the remainder bits) stay light.
func (g *grid) placeData(codewords []byte) {
	n := g.n
	bit, nbits := 0, 8*len(codewords)
	up := true
	for right := n - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		for k := 0; k < n; k++ {
			y := k
			if up {
				y = n - 1 - k
			}
			for x := right; x >= right-1; x-- {
				i := y*n + x
				if g.data[i] == 0 {
					continue
				}
				if bit < nbits && codewords[bit>>3]&(0x80>>uint(bit&7)) != 0 {
					g.mod[i] = 1
				}
				bit++
			}
		}
		up = !up
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
