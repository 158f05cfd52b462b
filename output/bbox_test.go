package output

import (
	"math/rand/v2"
	"testing"

	"brochure/layout/typeset"
)

// TestQRArea holds a symbol's drawn extent to its dark modules' rows and
// columns, found by looking at every module, on random symbols (sparse
// and dense), symbols with one dark module, and an empty one.
func TestQRArea(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 23))
	for n := range 400 {
		size := 1 + r.IntN(30)
		modules := make([][]bool, size)
		density := []float64{0, 0.002, 0.05, 0.5}[n%4]
		for row := range modules {
			modules[row] = make([]bool, size)
			for col := range modules[row] {
				modules[row][col] = r.Float64() < density
			}
		}
		q := &typeset.QRCode{X: typeset.Pt(10), Y: typeset.Pt(20), Module: typeset.Pt(1.5), Modules: modules}
		first, last, left, right := -1, -1, size, -1
		for row, cols := range modules {
			for col, dark := range cols {
				if dark {
					if first < 0 {
						first = row
					}
					last, left, right = row, min(left, col), max(right, col)
				}
			}
		}
		x0, y0, x1, y1, ok := qrArea(q)
		if ok != (first >= 0) {
			t.Fatalf("symbol %d: drawn %v, want %v", n, ok, first >= 0)
		}
		if !ok {
			continue
		}
		m := q.Module
		want := [4]typeset.Scaled{q.X + typeset.Scaled(left)*m, q.Y + typeset.Scaled(first)*m, q.X + typeset.Scaled(right+1)*m, q.Y + typeset.Scaled(last+1)*m}
		if got := [4]typeset.Scaled{x0, y0, x1, y1}; got != want {
			t.Fatalf("symbol %d: extent %v, want %v", n, got, want)
		}
	}
}

// TestBoxedAnswersEachElement: asked about elements in turn — within a
// figure, within a table, in neither, again and again — boxed answers
// each by its own ancestors, not by the element asked about before.
func TestBoxedAnswersEachElement(t *testing.T) {
	doc := &typeset.StructElement{Role: typeset.RoleDocument}
	fig := &typeset.StructElement{Role: typeset.RoleFigure, Parent: doc}
	inFig := &typeset.StructElement{Role: typeset.RoleP, Parent: fig}
	table := &typeset.StructElement{Role: typeset.RoleTable, Parent: doc}
	cell := &typeset.StructElement{Role: typeset.RoleTD, Parent: &typeset.StructElement{Role: typeset.RoleTR, Parent: table}}
	plain := &typeset.StructElement{Role: typeset.RoleP, Parent: doc}
	s := newStructure(0)
	for i, c := range []struct {
		e    *typeset.StructElement
		want bool
	}{{plain, false}, {inFig, true}, {inFig, true}, {plain, false}, {plain, false}, {cell, true}, {doc, false}, {fig, true}, {plain, false}} {
		if got := s.boxed(c.e); got != c.want {
			t.Errorf("question %d: boxed %v, want %v", i, got, c.want)
		}
	}
}
