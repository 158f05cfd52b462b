package typeset

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestKeepEndsAsKeptInTurn: KeepEnds, working in place, makes of a text
// what keeping its first boxes together and then its last ones makes
// (keepFirstBoxes, keepLastBoxes: each a list of its own, plainly), for
// lists of every length and mix (few boxes, overlapping ends, glue after
// boxes), and the nodes before the text stay as they were.
func TestKeepEndsAsKeptInTurn(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 4))
	kinds := []func(int) VNode{
		func(k int) VNode { return Box(Scaled(k + 1)) },
		func(k int) VNode { return Space(Scaled(k + 1)) },
		func(k int) VNode { return Penalty(k) },
	}
	for round := range 2000 {
		before, n := rng.IntN(3), rng.IntN(12)
		var v []VNode
		for k := range before + n {
			v = append(v, kinds[rng.IntN(len(kinds))](k))
		}
		text := append([]VNode(nil), v[before:]...)
		if len(text) == 0 {
			continue
		}
		first, last := 1+rng.IntN(3), rng.IntN(4)
		want := keepFirstBoxes(text, first)
		if last > 0 {
			want = keepLastBoxes(want, last)
		}
		want = append(append([]VNode(nil), v[:before]...), want...)
		// Room to grow in place, as a section's list mostly has.
		got := KeepEnds(append(make([]VNode, 0, 2*len(v)), v...), before, first, last)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d (first %d, last %d): kept in place\n%v\nkept in turn\n%v", round, first, last, got, want)
		}
	}
}

// keepFirstBoxes makes every break before the n-th box of v illegal, in
// a list of its own.
func keepFirstBoxes(v []VNode, n int) []VNode {
	boxes := 0
	for i, node := range v {
		if node.Kind == VBox {
			boxes++
			if boxes == n {
				return append(KeepTogether(v[:i]), v[i:]...)
			}
		}
	}
	return KeepTogether(v)
}

// keepLastBoxes makes every break after the n-th box from the end of v
// illegal, in a list of its own.
func keepLastBoxes(v []VNode, n int) []VNode {
	boxes := 0
	for i := len(v) - 1; i >= 0; i-- {
		if v[i].Kind == VBox {
			boxes++
			if boxes == n {
				return append(v[:i:i], KeepTogether(v[i:])...)
			}
		}
	}
	return KeepTogether(v)
}
