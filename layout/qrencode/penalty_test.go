package qrencode

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// parseLine turns "1011…" into a line.
func parseLine(s string) line {
	var l line
	for i := range s {
		if s[i] == '1' {
			l.set(i)
		}
	}
	return l
}

// refLinePenalty is go-qrcode's run and finder rules module by module,
// the reference for the bit-parallel linePenalty.
func refLinePenalty(m []byte) int {
	p, run, last, window := 0, 0, byte(2), uint32(0)
	for k, v := range m {
		if v == last {
			if run++; run == 6 {
				p += 4
			} else if run > 6 {
				p++
			}
		} else {
			run, last = 1, v
		}
		window = (window<<1 | uint32(v)) & 0x7ff
		if window == 0x05d || window == 0x5d0 || k == len(m)-1 && window&0x7f == 0x5d {
			p += 40
			window = 0xff
		}
	}
	return p
}

// TestLinePenalty pins go-qrcode's run and finder-pattern rules, which
// differ from the standard's: a run of five scores nothing, a find
// blanks the window, and the line's end completes a pattern.
func TestLinePenalty(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
	}{
		{"11111", 0},   // a run of five: nothing (the standard says 3)
		{"111111", 4},  // six: 4
		{"0000000", 5}, // seven: 5
		{"110011111110000001", 5 + 4},
		{"1011101", 40},         // the edge before the line counts as light
		{"00001011101", 40},     // light before
		{"10111010000", 40},     // found at once, so not again with the light after
		{"000010111010000", 40}, // light before and after: one find, then the window is blanked
		{"10111010000" + "1011101", 80},
		{"110111010000" + "0111010000", 80}, // a blanked window finds a pattern that is not there
		{"11011101", 40},                    // the pattern alone at the line's end
		{"110111010", 0},                    // …but not before it
		{"1101110100000", 40},
	} {
		m := parseLine(c.line)
		n := len(c.line)
		if got := linePenalty(m, n, firstN(n)); got != c.want {
			t.Errorf("%s: penalty %d, want %d", c.line, got, c.want)
		}
		if got := refLinePenalty(line01(c.line)); got != c.want {
			t.Errorf("%s: the reference says %d, want %d", c.line, got, c.want)
		}
	}
}

func line01(s string) []byte {
	m := make([]byte, len(s))
	for i := range s {
		m[i] = s[i] - '0'
	}
	return m
}

// TestLinePenaltyRandom compares the bit-parallel line penalty with the
// module-by-module reference on random lines of every symbol width, some
// seeded with finder-like patterns.
func TestLinePenaltyRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for k := 0; k < 20000; k++ {
		n := 21 + 4*r.IntN(40)
		var b strings.Builder
		for b.Len() < n {
			switch r.IntN(8) {
			case 0:
				b.WriteString("1011101")
			case 1:
				b.WriteString("0000")
			case 2:
				b.WriteString("111111"[:1+r.IntN(6)])
			default:
				b.WriteByte('0' + byte(r.IntN(2)))
			}
		}
		s := b.String()[:n]
		want := refLinePenalty(line01(s))
		if got := linePenalty(parseLine(s), n, firstN(n)); got != want {
			t.Fatalf("%s (%d modules): penalty %d, the reference %d", s, n, got, want)
		}
	}
}

// grid01 turns rows of "01…" into a line grid (rows only).
func grid01(rows ...string) []line {
	g := make([]line, len(rows))
	for y, r := range rows {
		g[y] = parseLine(r)
	}
	return g
}

// TestBlockPenalty: 3 for every 2 × 2 block of one colour, overlapping,
// also across the words of a wide line.
func TestBlockPenalty(t *testing.T) {
	if got := blockPenalty(grid01("110", "110", "001"), 3); got != 3 {
		t.Errorf("one dark block: %d, want 3", got)
	}
	if got := blockPenalty(grid01("000", "000", "000"), 3); got != 12 {
		t.Errorf("a light 3 × 3: %d, want 12", got)
	}
	if got := blockPenalty(grid01("010", "101", "010"), 3); got != 0 {
		t.Errorf("a chequerboard: %d, want 0", got)
	}
	// Rows 1 and 2 light but for modules 63 and 64 (across a word
	// boundary), the others a chequerboard: the blocks are those of rows
	// 1 and 2 but for the two at the ends of the dark pair.
	wide := make([]string, 177)
	for y := range wide {
		wide[y] = strings.Repeat("01", 88) + "0"
	}
	wide[1] = strings.Repeat("0", 63) + "11" + strings.Repeat("0", 112)
	wide[2] = wide[1]
	if got := blockPenalty(grid01(wide...), 177); got != 3*174 {
		t.Errorf("wide rows: %d, want %d", got, 3*174)
	}
}

// TestBalancePenalty: 10 for each full 5 % (of the module count, in
// integer steps) the dark share is away from half.
func TestBalancePenalty(t *testing.T) {
	for _, c := range []struct{ dark, want int }{{200, 0}, {181, 0}, {180, 10}, {161, 10}, {160, 20}, {239, 10}, {240, 20}, {0, 100}} {
		g := make([]line, 20)
		for i := 0; i < c.dark; i++ {
			g[i/20].set(i % 20)
		}
		if got := balancePenalty(g, 20); got != c.want {
			t.Errorf("%d of 400 dark: %d, want %d", c.dark, got, c.want)
		}
	}
}

// TestPenaltyStopsAtLimit: a score reaching the limit is returned as soon
// as it is known to, never below the limit.
func TestPenaltyStopsAtLimit(t *testing.T) {
	g := lineGrid{rows: make([]line, 21), cols: make([]line, 21)} // all light
	full := penalty(g, 21, int(^uint(0)>>1))
	for _, limit := range []int{1, full / 2, full} {
		if got := penalty(g, 21, limit); got < limit {
			t.Errorf("limit %d: %d", limit, got)
		}
	}
	if got := penalty(g, 21, full+1); got != full {
		t.Errorf("limit above the score: %d, want %d", got, full)
	}
}

// TestFormatAndVersionBits against the standard's tables.
func TestFormatAndVersionBits(t *testing.T) {
	if got := formatBits(LevelM, 0); got != 0x5412 {
		t.Errorf("M, mask 0: %#x", got)
	}
	if got := formatBits(LevelL, 0); got != 0x77C4 {
		t.Errorf("L, mask 0: %#x", got)
	}
	if got := formatBits(LevelH, 7); got != 0x083B {
		t.Errorf("H, mask 7: %#x", got)
	}
	if got := versionBits(7); got != 0x07C94 {
		t.Errorf("version 7: %#x", got)
	}
	if got := versionBits(40); got != 0x28C69 {
		t.Errorf("version 40: %#x", got)
	}
}

// TestMaskLines: the mask tables hold every module of every mask, along
// rows and along columns, for the largest symbol.
func TestMaskLines(t *testing.T) {
	for m := 0; m < 8; m++ {
		for y := 0; y < 177; y++ {
			for x := 0; x < 177; x++ {
				want := maskInverts(m, x, y)
				if got := masks.rows[m][y%12].bit(x) != 0; got != want {
					t.Fatalf("mask %d, row %d, module %d: %v", m, y, x, got)
				}
				if got := masks.cols[m][x%12].bit(y) != 0; got != want {
					t.Fatalf("mask %d, column %d, module %d: %v", m, x, y, got)
				}
			}
		}
	}
}

// maskInverts reports whether mask m inverts the module at column x, row
// y (the standard's formulas, with i the row and j the column): the
// definition TestMaskLines holds the generated masks to.
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
