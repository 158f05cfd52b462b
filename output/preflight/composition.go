package preflight

import (
	"fmt"
	"sort"

	"brochure/layout"
)

// CompositionFinding is one fault of the page make-up the layout found
// by reading its pages back (an underfull page, a hyphenated heading, a
// hyphen across a page turn, a widow or orphan, a loose line, a stranded
// block, a float far from its anchor): on which page, about what element,
// and where in the content it comes from.
type CompositionFinding struct {
	// Kind is the fault: "underfull-page", "hyphenated-display",
	// "hyphenated-name", "hyphen-across-page", "widow", "orphan",
	// "loose-line", "stranded-block" or "float-distance".
	Kind   string `json:"kind"`
	Status Status `json:"status"`
	// Page is the page (from 1; 0 when it could not be placed) and Top
	// and Height the band of it, in points from the top of the trimmed
	// page, where the fault is.
	Page   int     `json:"page"`
	Top    float64 `json:"top"`
	Height float64 `json:"height"`
	// Element is what the fault is about: "page", "heading", "name",
	// "display line", "body line", "picture", "link block".
	Element string `json:"element"`
	// Where is the content position: "content.toml:40:3: sections[2].images[0]".
	Where   string `json:"where"`
	Message string `json:"message"`
}

// checkComposition lists the layout's composition findings, as warnings,
// page by page, and sums them up in the rule "composition".
func checkComposition(r *Report, doc *layout.Document) {
	r.Composition = []CompositionFinding{}
	for _, w := range doc.Warnings {
		if !w.Kind.Composition() {
			continue
		}
		r.Composition = append(r.Composition, CompositionFinding{Kind: w.Kind.String(), Status: Warn, Page: w.Page,
			Top: w.Top.Points(), Height: w.Height.Points(), Element: w.Element, Where: w.Where, Message: w.Msg})
	}
	if len(r.Composition) == 0 {
		r.add(compositionRule, Pass, "0", "no faults of the page make-up")
		return
	}
	// Page by page, as a designer goes through them (those no page could
	// be found for last); in the layout's order on a page.
	sort.SliceStable(r.Composition, func(i, j int) bool {
		pi, pj := r.Composition[i].Page, r.Composition[j].Page
		return pi != 0 && (pj == 0 || pi < pj)
	})
	f := r.add(compositionRule, Warn, fmt.Sprint(len(r.Composition)), "%d %s of the page make-up (%s), the first on page %d; listed under composition",
		len(r.Composition), map[bool]string{true: "fault", false: "faults"}[len(r.Composition) == 1], layout.KindCounts(doc.Warnings, layout.WarningKind.Composition), r.Composition[0].Page)
	f.Page = r.Composition[0].Page
}

// compositionRule is the rule that sums up the composition findings.
const compositionRule = "composition"

// Strict makes every composition finding a failure (check -strict): a
// brochure with faults of the page make-up does not pass.
func (r *Report) Strict() {
	for i := range r.Composition {
		r.Composition[i].Status = Fail
	}
	for i := range r.Findings {
		if r.Findings[i].Rule == compositionRule && r.Findings[i].Status == Warn {
			r.Findings[i].Status = Fail
		}
	}
	r.Passed = !r.Failed()
}
