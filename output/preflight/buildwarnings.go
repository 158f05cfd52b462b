package preflight

import (
	"fmt"

	"brochure/layout"
)

// buildWarningsRule names the finding that counts the build's warnings.
const buildWarningsRule = "build-warnings"

// checkBuildWarnings lists the warnings `brochure build` prints about
// the content and how it was set (a picture too small to see, a line
// past the measure, a light accent colour …), each with its file:line:col
// and key path, so a designer who signs the pages off with check sees
// them there too; the faults of the page make-up are the composition
// report's (checkComposition). A warning finding counts them.
func checkBuildWarnings(r *Report, doc *layout.Document) {
	r.Warnings = []string{}
	for _, w := range doc.Warnings {
		if !w.Kind.Composition() {
			r.Warnings = append(r.Warnings, w.String())
		}
	}
	if n := len(r.Warnings); n > 0 {
		r.add(buildWarningsRule, Warn, fmt.Sprint(n), "%d %s of the build about the content and its setting, as brochure build prints them; listed under warnings",
			n, map[bool]string{true: "warning", false: "warnings"}[n == 1])
		return
	}
	r.add(buildWarningsRule, Pass, "0", "no warnings of the build about the content and its setting")
}
