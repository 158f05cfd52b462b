package layout

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"brochure/layout/typeset"
)

// TestKeepTextEndsAsTheGeneralFunctions: the text's ends kept in place
// (keepTextEnds) are the nodes typeset.KeepFirstBoxes, then
// typeset.KeepLastBoxes, make of it, for lists of every length and mix
// (few boxes, overlapping ends, glue after boxes), and the nodes before
// the text stay as they were.
func TestKeepTextEndsAsTheGeneralFunctions(t *testing.T) {
	rng := rand.New(rand.NewPCG(23, 4))
	kinds := []func(int) typeset.VNode{
		func(k int) typeset.VNode { return typeset.Box(typeset.Scaled(k + 1)) },
		func(k int) typeset.VNode { return typeset.Space(typeset.Scaled(k + 1)) },
		func(k int) typeset.VNode { return typeset.Penalty(k) },
	}
	for round := range 2000 {
		before, n := rng.IntN(3), rng.IntN(12)
		var v []typeset.VNode
		for k := range before + n {
			v = append(v, kinds[rng.IntN(len(kinds))](k))
		}
		text := append([]typeset.VNode(nil), v[before:]...)
		if len(text) == 0 {
			continue
		}
		last := rng.IntN(2) == 0
		want := typeset.KeepFirstBoxes(text, 2)
		if last {
			want = typeset.KeepLastBoxes(want, 2)
		}
		want = append(append([]typeset.VNode(nil), v[:before]...), want...)
		// Room to grow in place, as a section's list mostly has.
		got := keepTextEnds(append(make([]typeset.VNode, 0, 2*len(v)), v...), before, last)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d (last %v): kept in place\n%v\nthe general functions\n%v", round, last, got, want)
		}
	}
}
