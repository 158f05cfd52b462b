// Package preflight checks a written brochure as a print shop and a funder
// would. It reads the PDF file itself through an independent reader
// (content/pdfread) — fonts, colour spaces of every image and content
// stream, page boxes, output intent and metadata — and the layout for
// what only the layout knows: where the funding marks were placed, image
// resolution, the engine's typographic warnings, counted by kind, and the
// composition report's faults of the page make-up, one by one.
package preflight

import (
	"fmt"

	"brochure/content/pdfread"
	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output"
)

// Status is the outcome of one preflight rule.
type Status string

// Rule outcomes.
const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Finding is one rule's result: what was measured and what it means.
type Finding struct {
	Rule    string `json:"rule"`
	Status  Status `json:"status"`
	Value   string `json:"value"`
	Message string `json:"message"`
	// Page is the page (from 1) the finding is about, when it is about
	// one (the live preview links it there).
	Page int `json:"page,omitempty"`
}

// Report is a preflight of one edition.
type Report struct {
	Edition  string    `json:"edition"`
	Passed   bool      `json:"passed"`
	Findings []Finding `json:"findings"`
	// Typography is how the justified text was set: figures for the
	// designer, not rules that pass or fail.
	Typography typeset.SettingSummary `json:"typography"`
	// Composition lists the faults of the page make-up, each with its
	// page, element and content position: warnings, failures after
	// Strict.
	Composition []CompositionFinding `json:"composition"`
	// Warnings are the build's warnings about the content and its
	// setting that no rule measures, as brochure build prints them
	// (checkBuildWarnings).
	Warnings []BuildWarning `json:"warnings"`
}

// Failed reports whether any rule failed.
func (r Report) Failed() bool {
	for _, f := range r.Findings {
		if f.Status == Fail {
			return true
		}
	}
	return false
}

// Expectations are what the written file must be. The build pipeline
// (output/build) makes them from the edition, beside the profile it
// wrote the file with; preflight never looks at the edition itself.
type Expectations struct {
	// Edition names the edition in the report ("print", "screen").
	Edition string
	// Profile is what the file was written as: its standard, output
	// intent, page boxes and the device colour it must not use.
	Profile output.Profile
	// ProcessColours: the file is separated into process colours, so a
	// spot colour (Separation, DeviceN) fails.
	ProcessColours bool
	// Images is the resolution raster pictures should have as placed; the
	// zero value asks what print does (PrintResolution).
	Images Resolution
}

// Resolution is what an edition asks of raster pictures as placed, in
// pixels per inch: below Wanted warns, below Least fails.
type Resolution struct {
	Wanted, Least float64
}

// PrintResolution is what print asks: 300 ppi, at least 150.
func PrintResolution() Resolution { return Resolution{Wanted: 300, Least: 150} }

// ScreenResolution is what the screen edition asks: 150 ppi, which
// holds at twice the size on a screen of 96 ppi, and at least 96.
func ScreenResolution() Resolution { return Resolution{Wanted: 150, Least: 96} }

// Run checks a built brochure: the funding-visibility rules on the
// layout (what was placed where), the print and conformance rules on the
// written PDF, and the engine's typographic warnings, against what the
// edition expects of the file.
func Run(doc *layout.Document, pdf []byte, want Expectations) Report {
	prof := want.Profile
	r := &Report{Edition: want.Edition, Typography: doc.Setting}
	checkFunding(r, doc)
	f, err := pdfread.Open(pdf, pdfread.Limits{Decompressed: 1 << 30})
	var pages []pdfread.Page
	if err == nil {
		pages, err = f.Pages()
	}
	if err != nil {
		r.add("pdf-structure", Fail, "unreadable", "the PDF could not be read back: %v", err)
	} else {
		file := &writtenFile{f: f, pages: pages}
		checkFonts(r, file)
		checkColours(r, file, doc, want)
		checkBoxes(r, file, doc, prof)
		checkIntent(r, file, prof)
		checkPrintAnnotations(r, file, prof)
		checkAccessibility(r, file, prof)
	}
	checkImages(r, doc, want.Images)
	checkSafetyMargin(r, doc)
	checkTypography(r, doc)
	checkComposition(r, doc)
	checkBuildWarnings(r, doc)
	r.Passed = !r.Failed()
	return *r
}

// add records a finding and returns it, so its page can be set.
func (r *Report) add(rule string, s Status, value, format string, args ...any) *Finding {
	r.Findings = append(r.Findings, Finding{Rule: rule, Status: s, Value: value, Message: fmt.Sprintf(format, args...)})
	return &r.Findings[len(r.Findings)-1]
}
