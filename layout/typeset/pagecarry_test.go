package typeset

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// variedList is a list of paragraphs, floats, a kept block and boxes
// with a header, varied by seed; name prefixes every text, so lists of
// one seed and different names have the same shape.
func variedList(seed int, name string) []VNode {
	var v []VNode
	id := 0
	for k := range 6 {
		v = append(v, Space(Pt(float64(seed%3))))
		v = append(v, lineBoxes(fmt.Sprint(name, "p", k), 1+(seed*7+k*3)%9, 2)...)
		for f := 0; f < (seed+k)%3; f++ {
			id++
			v = append(v, Penalty(Infinity), floatBox(fmt.Sprint(name, "F", id), id, 1+(seed+f*5+k)%6))
		}
	}
	for row := range 2 + seed%7 {
		head := Box(Pt(10), &GlyphRun{Text: fmt.Sprint(name, "row", row)})
		head.Header = func() []VNode { return []VNode{Box(Pt(float64(5+seed%4)), &GlyphRun{Text: name + "header"})} }
		v = append(v, Penalty(0), head)
	}
	if seed%5 == 0 {
		v = append(v, Space(0))
		v = append(v, keepBlock(name+"k", 3+seed%11)...)
	}
	return v
}

// pagesDump writes out pages: each item's text and place, the anchors,
// the lines, the floats and the height used.
func pagesDump(pages []PageBody) string {
	var b strings.Builder
	for _, p := range pages {
		for _, it := range p.Items {
			if g, ok := it.(*GlyphRun); ok {
				fmt.Fprintf(&b, "%s@%d ", g.Text, g.Y)
			}
		}
		fmt.Fprintf(&b, "anchors %v lines %v floats %v used %d outline %v | ", p.Anchors, p.Lines, p.Floats, p.Used, p.Outline)
	}
	return b.String()
}

// withoutName is a dump with the names the texts begin with taken out.
func withoutName(dump, name string) string { return strings.ReplaceAll(dump, name, "") }

// TestBreakPagesAgainAsBreakPages: BreakPagesAgain breaks a list as
// BreakPages does, with nothing kept, with the breaks of a list of the
// same shape (whose texts differ) — which it takes, and keeps — and with
// those of a list one line longer or under other parameters, which it
// does not take.
func TestBreakPagesAgainAsBreakPages(t *testing.T) {
	taken := 0
	for seed := range 60 {
		p := DefaultPageParams(Pt(100), 1+seed%2, 2)
		want := pagesDump(BreakPages(variedList(seed, "A:"), p))
		got, first := BreakPagesAgain(variedList(seed, "A:"), p, nil)
		if d := pagesDump(got); d != want {
			t.Fatalf("seed %d, nothing kept:\n got %s\nwant %s", seed, d, want)
		}
		if first == nil {
			continue
		}
		// Same shape, other texts: the kept breaks are taken.
		other := BreakPages(variedList(seed, "B:"), p)
		got, again := BreakPagesAgain(variedList(seed, "B:"), p, []*PageBreaks{nil, first})
		if d := pagesDump(got); d != pagesDump(other) || withoutName(d, "B:") != withoutName(want, "A:") {
			t.Fatalf("seed %d, kept breaks:\n got %s\nwant %s", seed, d, pagesDump(other))
		}
		if again != first {
			t.Fatalf("seed %d: the breaks of a list of the same shape were not taken", seed)
		}
		taken++
		// One line more, or one column more: searched again.
		longer := func() []VNode { return append(variedList(seed, "A:"), Space(0), Box(Pt(10), &GlyphRun{Text: "extra"})) }
		want = pagesDump(BreakPages(longer(), p))
		got, again = BreakPagesAgain(longer(), p, []*PageBreaks{first})
		if d := pagesDump(got); d != want || again == first {
			t.Fatalf("seed %d, a line added: taken %v\n got %s\nwant %s", seed, again == first, d, want)
		}
		q := p
		q.Columns++
		want = pagesDump(BreakPages(variedList(seed, "A:"), q))
		got, again = BreakPagesAgain(variedList(seed, "A:"), q, []*PageBreaks{first})
		if d := pagesDump(got); d != want || again == first {
			t.Fatalf("seed %d, another column: taken %v\n got %s\nwant %s", seed, again == first, d, want)
		}
	}
	if taken < 50 {
		t.Errorf("kept breaks taken for %d of 60 lists", taken)
	}
}

// TestShapeOfKnowsEveryField: every field of a node but its items
// changes its shape, so a field added to VNode that shapeOf does not
// write fails here (the search might read it), and so does a header of
// another height.
func TestShapeOfKnowsEveryField(t *testing.T) {
	base := VNode{Kind: VBox, Height: Pt(10)}
	typ := reflect.TypeFor[VNode]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Name == "Items" {
			continue
		}
		n := base
		field := reflect.ValueOf(&n).Elem().Field(i)
		switch field.Kind() {
		case reflect.Bool:
			field.SetBool(true)
		case reflect.Int, reflect.Int64:
			field.SetInt(field.Int() + 3)
		case reflect.Uint8:
			field.SetUint(field.Uint() + 1)
		case reflect.Pointer:
			field.Set(reflect.New(f.Type.Elem()))
		case reflect.Func:
			switch f.Name {
			case "Header":
				n.Header = func() []VNode { return []VNode{Box(Pt(4))} }
			case "Resize":
				n.Resize = func([]Item, Scaled) {}
			default:
				t.Fatalf("VNode.%s is a function this test cannot vary: teach shapeOf and this test about it", f.Name)
			}
		default:
			t.Fatalf("VNode.%s is of a kind (%s) this test cannot vary: teach shapeOf and this test about it", f.Name, field.Kind())
		}
		if slices.Equal(shapeOf([]VNode{n}), shapeOf([]VNode{base})) {
			t.Errorf("VNode.%s changed, the shape did not: shapeOf leaves it out", f.Name)
		}
	}
	a, b := base, base
	a.Header = func() []VNode { return []VNode{Box(Pt(4))} }
	b.Header = func() []VNode { return []VNode{Box(Pt(5))} }
	if slices.Equal(shapeOf([]VNode{a}), shapeOf([]VNode{b})) {
		t.Error("headers of different heights give one shape")
	}
	c := base
	c.Items = []Item{&GlyphRun{Text: "x"}}
	if !slices.Equal(shapeOf([]VNode{c}), shapeOf([]VNode{base})) {
		t.Error("items changed the shape")
	}
}

// TestHasShapeIsShapeOf: comparing a list with a shape as it is written
// says what comparing it with shapeOf's bytes says: for the list itself,
// a list one node shorter or longer, and any node changed (every field
// TestShapeOfKnowsEveryField varies, here the height, penalty and a
// header's height).
func TestHasShapeIsShapeOf(t *testing.T) {
	header := func(h float64) func() []VNode { return func() []VNode { return []VNode{Box(Pt(h))} } }
	v := []VNode{Box(Pt(10)), Space(Pt(2)), {Kind: VPenalty, Penalty: 50}, {Kind: VBox, Height: Pt(12), Header: header(4)}, Box(Pt(8))}
	variants := [][]VNode{v, v[:4], append(slices.Clone(v), Box(Pt(1))), nil}
	for k := range v {
		w := slices.Clone(v)
		w[k].Height += 1
		x := slices.Clone(v)
		x[k].Penalty++
		variants = append(variants, w, x)
	}
	y := slices.Clone(v)
	y[3].Header = header(5)
	variants = append(variants, y)
	shape := shapeOf(v)
	for i, w := range variants {
		if got, want := hasShape(w, shape), bytes.Equal(shapeOf(w), shape); got != want {
			t.Errorf("variant %d: hasShape %v, shapeOf's bytes equal %v", i, got, want)
		}
	}
	if !hasShape(nil, shapeOf(nil)) {
		t.Error("the empty list has not the empty list's shape")
	}
}
