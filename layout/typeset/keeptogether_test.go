package typeset

import (
	"reflect"
	"testing"
)

// TestAppendKeptTogether: lists appended kept together are their
// concatenation kept together — a glue after a box that ends the list
// before gets its penalty too — after what dst held, which stays as it
// was.
func TestAppendKeptTogether(t *testing.T) {
	box, glue := Box(Pt(10)), Space(Pt(4))
	lists := [][]VNode{
		{box, glue, Penalty(100), box},
		{glue, box},
		{Penalty(-50), glue},
		{},
		{box},
	}
	var joined []VNode
	for _, v := range lists {
		joined = append(joined, v...)
	}
	want := append([]VNode{Penalty(7), box}, KeepTogether(joined)...)
	got := AppendKeptTogether([]VNode{Penalty(7), box}, lists...)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %d nodes %v,\nwant %d %v", len(got), kinds(got), len(want), kinds(want))
	}
	if got[0].Penalty != 7 {
		t.Error("what dst held was changed")
	}
}

// kinds lists the nodes' kinds and penalties, for a failure's message.
func kinds(v []VNode) []int {
	out := make([]int, len(v))
	for k, n := range v {
		out[k] = int(n.Kind)*100000 + n.Penalty
	}
	return out
}
