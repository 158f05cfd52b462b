package preflight

import (
	"fmt"

	"brochure/content/pdfread"
	"brochure/output"
)

// printFlag is the annotation flag that makes an annotation print
// (ISO 32000-1, 12.5.3, bit 3).
const printFlag = 4

// checkPrintAnnotations: in the print edition (PDF/X), no annotation
// prints inside the area that is printed — the bleed box, or the trim box
// where there is no bleed. PDF/X-4 (ISO 15930-7, 6.3.2) forbids printing
// annotations there, and preflight tools at the print shop flag them. The
// screen edition's links print as they are shown, so the rule is for
// print only.
func checkPrintAnnotations(r *Report, w *writtenFile, prof output.Profile) {
	if prof.PDFX == "" {
		return
	}
	const rule = "print-annotations"
	count, first := 0, ""
	for i, p := range w.pages {
		area := p.TrimBox
		if b, ok := w.f.Box(p.Dict["BleedBox"]); ok {
			area = b
		}
		annots, _ := w.f.Resolve(p.Dict["Annots"])
		list, _ := annots.(pdfread.Array)
		for _, a := range list {
			d := w.f.Dict(a)
			flags, _ := d["F"].(int64)
			rect, ok := w.f.Box(d["Rect"])
			if flags&printFlag == 0 || !ok || !rectsOverlap(rect, area) {
				continue
			}
			count++
			if first == "" {
				first = fmt.Sprintf("page %d: a %s annotation at %.0f, %.0f", i+1, d.Name("Subtype"), rect[0], rect[1])
			}
		}
	}
	if count > 0 {
		what := fmt.Sprintf("%d annotations print", count)
		if count == 1 {
			what = "an annotation prints"
		}
		r.add(rule, Fail, first, "%s inside the printed area, which PDF/X forbids; the print edition's links must be non-printing", what)
		return
	}
	r.add(rule, Pass, "none", "no annotation prints inside the printed area (PDF/X)")
}

// rectsOverlap reports whether two rectangles [x0 y0 x1 y1] share an area;
// either may be given with its corners in any order.
func rectsOverlap(a, b [4]float64) bool {
	a, b = normalRect(a), normalRect(b)
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

// normalRect orders a rectangle's corners lower left, upper right.
func normalRect(r [4]float64) [4]float64 {
	if r[0] > r[2] {
		r[0], r[2] = r[2], r[0]
	}
	if r[1] > r[3] {
		r[1], r[3] = r[3], r[1]
	}
	return r
}
