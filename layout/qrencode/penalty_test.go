package qrencode

import (
	"strings"
	"testing"
)

// line turns "1011…" into modules.
func line(s string) []byte {
	m := make([]byte, len(s))
	for i := range s {
		m[i] = s[i] - '0'
	}
	return m
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
		{"11011101", 40}, // the pattern alone at the line's end
		{"110111010", 0}, // …but not before it
		{"1101110100000", 40},
	} {
		m := line(c.line)
		if got := linePenalty(m, 0, 1, len(m)); got != c.want {
			t.Errorf("%s: penalty %d, want %d", c.line, got, c.want)
		}
		// A column scores as a row does.
		col := make([]byte, 3*len(m))
		for i, v := range m {
			col[3*i+1] = v
		}
		if got := linePenalty(col, 1, 3, len(m)); got != c.want {
			t.Errorf("%s as a column: penalty %d, want %d", c.line, got, c.want)
		}
	}
}

// TestBlockPenalty: 3 for every 2 × 2 block of one colour, overlapping.
func TestBlockPenalty(t *testing.T) {
	g := line("110" + "110" + "001")
	if got := blockPenalty(g, 3); got != 3 {
		t.Errorf("one dark block: %d, want 3", got)
	}
	g = line(strings.Repeat("0", 9))
	if got := blockPenalty(g, 3); got != 12 {
		t.Errorf("a light 3 × 3: %d, want 12", got)
	}
	g = line("010" + "101" + "010")
	if got := blockPenalty(g, 3); got != 0 {
		t.Errorf("a chequerboard: %d, want 0", got)
	}
}

// TestBalancePenalty: 10 for each full 5 % (of the module count, in
// integer steps) the dark share is away from half.
func TestBalancePenalty(t *testing.T) {
	for _, c := range []struct{ dark, want int }{{200, 0}, {181, 0}, {180, 10}, {161, 10}, {160, 20}, {239, 10}, {240, 20}, {0, 100}} {
		g := make([]byte, 400)
		for i := 0; i < c.dark; i++ {
			g[i] = 1
		}
		if got := balancePenalty(g, 20); got != c.want {
			t.Errorf("%d of 400 dark: %d, want %d", c.dark, got, c.want)
		}
	}
}

// TestPenaltyStopsAtLimit: a score reaching the limit is returned as soon
// as it is known to, never below the limit.
func TestPenaltyStopsAtLimit(t *testing.T) {
	g := make([]byte, 21*21) // all light: large on every rule
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
