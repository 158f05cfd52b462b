package preflight

import (
	"fmt"

	"brochure/layout"
)

// buildWarningsRule names the finding that counts the build's warnings.
const buildWarningsRule = "build-warnings"

// BuildWarning is one of the build's warnings about the content and its
// setting, as brochure build prints it: its kind, its place in the
// content (file:line:col: key path) and what it says.
type BuildWarning struct {
	Kind    string `json:"kind"`
	Where   string `json:"where"`
	Message string `json:"message"`
}

// String is the warning as brochure build prints it.
func (w BuildWarning) String() string {
	return layout.Warning{Where: w.Where, Msg: w.Message}.String()
}

// checkedByRules are the warning kinds a rule of the check measures on
// its own (an overfull line, a missing glyph, a faint colour, a missing
// QR code, a funder without artwork, an image below its resolution, a
// missing funding notice): listed again, they would be counted twice,
// once as the build found them before the pages were made.
var checkedByRules = map[layout.WarningKind]bool{
	layout.WarnOverfull: true, layout.WarnMissingGlyph: true, layout.WarnLowContrast: true, layout.WarnNoQRCode: true,
	layout.WarnMissingLogo: true, layout.WarnEnlargedImage: true, layout.WarnNoFunding: true,
}

// checkBuildWarnings lists the warnings brochure build prints about the
// content and how it was set that no rule of the check measures (a
// picture too small to see, a section with nothing under its heading, a
// programme whose times go back …), each with its place, so a designer
// who signs the pages off with check sees them there too; the faults of
// the page make-up are the composition report's (checkComposition). A
// warning finding counts them.
func checkBuildWarnings(r *Report, doc *layout.Document) {
	r.Warnings = []BuildWarning{}
	for _, w := range doc.Warnings {
		if !w.Kind.Composition() && !checkedByRules[w.Kind] {
			r.Warnings = append(r.Warnings, BuildWarning{Kind: w.Kind.String(), Where: w.Where, Message: w.Msg})
		}
	}
	if n := len(r.Warnings); n > 0 {
		r.add(buildWarningsRule, Warn, fmt.Sprint(n), "%d %s about the content and its setting; listed under build warnings",
			n, map[bool]string{true: "warning of the build", false: "warnings of the build"}[n == 1])
		return
	}
	r.add(buildWarningsRule, Pass, "0", "no other warnings of the build about the content and its setting")
}
