package preflight

import (
	"fmt"

	"brochure/content/pdfread"
)

// checkFigureBoxes: every Figure and every Table drawn whole on one page
// carries a layout bounding box (/A << /O /Layout /BBox […] >>, ISO
// 32000-1 Table 344) that contains the ink of its marked content within
// 1 pt — veraPDF's WCAG rule 1.4.10-1, checked here on the written file.
// The ink is read from the page's content stream (inkextent.go), not
// taken from the layout, so a box the writer measured wrongly is found.
func checkFigureBoxes(r *Report, w *writtenFile, elems []*element) {
	pageOf := map[pdfread.Ref]int{}
	for i, p := range w.pages {
		pageOf[p.Ref] = i
	}
	inks := map[int]map[int64]*extent{}
	var offences []string
	add := func(s string) { offences = append(offences, s) }
	checked := 0
	for _, e := range elems {
		if e.role != "Figure" && e.role != "Table" {
			continue
		}
		marks := map[markedContent]bool{}
		contentOf(w, e.dict["K"], pageRef(e), 0, marks)
		page, single := onePage(marks, pageOf)
		if !single {
			continue
		}
		checked++
		if inks[page] == nil {
			ink, err := pageInk(w, w.pages[page])
			if err != nil {
				add(fmt.Sprintf("page %d: content cannot be read: %v", page+1, err))
				continue
			}
			inks[page] = ink
		}
		var drawn extent
		for m := range marks {
			if x := inks[page][m.mcid]; x != nil {
				drawn.merge(*x)
			}
		}
		if problem := boxProblem(w, e.dict, drawn); problem != "" {
			add(fmt.Sprintf("page %d: a %s %s", page+1, e.role, problem))
		}
	}
	const what = "every Figure and Table drawn on one page has a /BBox that contains its ink within 1 pt (WCAG 1.4.10-1)"
	if len(offences) > 0 {
		r.add("figure-bbox", Fail, fmt.Sprintf("%d, first: %s", len(offences), offences[0]), "not every time: %s; %d offences, the first %s", what, len(offences), offences[0])
		return
	}
	r.add("figure-bbox", Pass, fmt.Sprintf("%d elements", checked), "%s", what)
}

// markedContent is one marked-content sequence: its page and MCID.
type markedContent struct {
	page pdfread.Ref
	mcid int64
}

// pageRef is the page an element's content is on by default: its own
// /Pg or its nearest ancestor's.
func pageRef(e *element) pdfread.Ref {
	for ; e != nil; e = e.parent {
		if r, ok := e.dict["Pg"].(pdfread.Ref); ok {
			return r
		}
	}
	return pdfread.Ref{}
}

// contentOf gathers the marked content of a structure element's /K,
// descending into its child elements.
func contentOf(w *writtenFile, o pdfread.Object, pg pdfread.Ref, depth int, marks map[markedContent]bool) {
	if depth > 100 || len(marks) > 1<<16 {
		return
	}
	v, _ := w.f.Resolve(o)
	switch x := v.(type) {
	case int64:
		marks[markedContent{pg, x}] = true
	case pdfread.Array:
		for _, k := range x {
			contentOf(w, k, pg, depth+1, marks)
		}
	case pdfread.Dict:
		if r, ok := x["Pg"].(pdfread.Ref); ok {
			pg = r
		}
		switch x.Name("Type") {
		case "MCR":
			if id, ok := x["MCID"].(int64); ok {
				marks[markedContent{pg, id}] = true
			}
		case "OBJR":
		default:
			contentOf(w, x["K"], pg, depth+1, marks)
		}
	}
}

// onePage reports the page all marked content lies on, and whether it is
// one page (and at least one sequence).
func onePage(marks map[markedContent]bool, pageOf map[pdfread.Ref]int) (int, bool) {
	page := -1
	for m := range marks {
		i, ok := pageOf[m.page]
		if !ok || (page >= 0 && i != page) {
			return 0, false
		}
		page = i
	}
	return page, page >= 0
}

// boxProblem says what is wrong with an element's layout BBox for the
// ink it draws, or "".
func boxProblem(w *writtenFile, d pdfread.Dict, drawn extent) string {
	box, ok := layoutBBox(w, d["A"])
	switch {
	case !ok:
		return "drawn on one page has no /BBox layout attribute"
	case !drawn.inked:
		return "draws nothing in its marked content"
	}
	const slack = 1.0 // pt
	b := normalRect(box)
	if drawn.x0 < b[0]-slack || drawn.y0 < b[1]-slack || drawn.x1 > b[2]+slack || drawn.y1 > b[3]+slack {
		return fmt.Sprintf("draws [%.1f %.1f %.1f %.1f] outside its /BBox [%.1f %.1f %.1f %.1f]",
			drawn.x0, drawn.y0, drawn.x1, drawn.y1, b[0], b[1], b[2], b[3])
	}
	return ""
}

// layoutBBox finds /BBox in an element's attributes: one attribute
// dictionary or an array of them (with revision numbers between).
func layoutBBox(w *writtenFile, o pdfread.Object) ([4]float64, bool) {
	v, _ := w.f.Resolve(o)
	switch x := v.(type) {
	case pdfread.Dict:
		if x.Name("O") == "Layout" {
			return w.f.Box(x["BBox"])
		}
	case pdfread.Array:
		for _, a := range x {
			if b, ok := layoutBBox(w, a); ok {
				return b, true
			}
		}
	}
	return [4]float64{}, false
}
