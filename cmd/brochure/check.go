package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"brochure/layout/typeset"
	"brochure/output/preflight"
)

const checkHelp = `Usage: brochure check [CONTENT.toml] [-edition print|screen] [-json] [-strict]

Builds the brochure in memory (nothing is written) and checks it as a print
shop and a funder would: the EU/ESF Plus and BMAS visibility rules, the
print rules (fonts, colours, boxes, bleed, image resolution, safety margin)
and the engine's typographic warnings. One line per rule with pass, warn or
fail and the measured value; exit code 1 when any rule fails.

Then the composition: each fault of the page make-up — an underfull page,
a hyphenated heading, name or display line, a hyphen across a page turn, a
widow or orphan, a loose line, a stranded block, a float far from its
anchor or after a later section's heading, a last page holding little —
with its page, element and content position (file:line:col: key).
They are warnings; with -strict they are failures (exit code 1). Last, the
build's other warnings about the content (a picture too small to see, a
section with nothing under its heading …), as build prints them.

Flags:
`

// errCheckFailed makes the exit code 1 after the report has been printed.
type errCheckFailed struct{}

// Error is empty: the report has already said what failed.
func (errCheckFailed) Error() string { return "" }

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	err := check(args, stdout, stderr)
	if wantsJSON(args) {
		return writeJSONErrors(stdout, err)
	}
	return err
}

// check runs the check command; cmdCheck answers its errors in JSON when
// asked.
func check(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", checkHelp, stderr)
	edition := fs.String("edition", "print", "`EDITION` to check: print or screen")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	strict := fs.Bool("strict", false, "make the composition findings failures (exit 1)")
	allowOutside := fs.Bool("allow-outside", false, "allow asset paths outside the content file's folder")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return usageError{"check takes one content file"}
	}
	req := buildRequest{allowOutside: *allowOutside, outputCondition: "FOGRA39"}
	if len(pos) == 1 {
		req.contentPath = pos[0]
	}
	if req.edition, err = parseEdition(*edition); err != nil {
		return err
	}
	res, err := buildDocument(req)
	if err != nil {
		return err
	}
	pdf, err := res.PDF()
	if err != nil {
		return err
	}
	report := res.Check(pdf)
	if *strict {
		report.Strict()
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else {
		writeReport(stdout, report, req)
	}
	if report.Failed() {
		return errCheckFailed{}
	}
	return nil
}

// writeReport prints one aligned line per rule and a summary.
func writeReport(w io.Writer, r preflight.Report, req buildRequest) {
	name := req.contentPath
	if name == "" {
		name = "the built-in example"
	}
	fmt.Fprintf(w, "brochure check: %s edition of %s\n", r.Edition, name)
	counts := map[preflight.Status]int{}
	for _, f := range r.Findings {
		counts[f.Status]++
		value := f.Value
		if len([]rune(value)) > 34 {
			value = string([]rune(value)[:33]) + "…"
		}
		fmt.Fprintf(w, "  %-4s  %-27s %-35s %s\n", strings.ToUpper(string(f.Status)), f.Rule, value, f.Message)
	}
	writeTypography(w, r.Typography)
	writeComposition(w, r.Composition)
	writeBuildWarnings(w, r.Warnings)
	verdict := "PASS"
	if counts[preflight.Fail] > 0 {
		verdict = "FAIL"
	}
	fmt.Fprintf(w, "verdict: %s (failed: %d, warnings: %d, passed: %d)\n", verdict, counts[preflight.Fail], counts[preflight.Warn], counts[preflight.Pass])
}

// writeBuildWarnings prints the build's warnings about the content and
// its setting that no rule measures, one a line, as build prints them.
func writeBuildWarnings(w io.Writer, warnings []preflight.BuildWarning) {
	if len(warnings) == 0 {
		fmt.Fprintln(w, "build warnings: none besides the rules' findings")
		return
	}
	fmt.Fprintf(w, "build warnings: %s about the content and its setting\n", counted(len(warnings), "warning", "warnings"))
	for _, b := range warnings {
		fmt.Fprintf(w, "  %s\n", b)
	}
}

// writeTypography prints how the justified text was set, so a designer
// can see what a theme change does.
func writeTypography(w io.Writer, t typeset.SettingSummary) {
	if t.Lines == 0 {
		fmt.Fprintln(w, "typography: no justified text")
		return
	}
	fmt.Fprintf(w, "typography of the justified text: %s, %s\n", counted(t.Lines, "line", "lines"), counted(t.Spaces, "word space", "word spaces"))
	fmt.Fprintf(w, "  word spaces      median %.2f, p95 %.2f, max %.2f × natural width; mean distance %.3f\n",
		t.SpaceMedian, t.SpaceP95, t.SpaceMax, t.SpaceMeanDistance)
	fmt.Fprintf(w, "  glyph scaling    %.0f %% of lines; p95 %.2f %%, max %.2f %%; change between neighbouring lines p95 %.2f %%, max %.2f %%\n",
		t.ScaledShare, t.ScaleP95, t.ScaleMax, t.JumpP95, t.JumpMax)
	fmt.Fprintf(w, "  protrusion       %s into a margin (%d left, %d right); median %.1f pt, max %.1f pt\n",
		counted(t.ProtrudedLines, "line hangs", "lines hang"), t.ProtrudedLeft, t.ProtrudedRight, t.ProtrusionMedian, t.ProtrusionMax)
	fmt.Fprintf(w, "  hyphenation      %s hyphenated (%.0f %%), at most %d in a row\n",
		counted(t.HyphenatedLines, "line ends", "lines end"), 100*float64(t.HyphenatedLines)/float64(t.Lines), t.LongestRun)
	if compound := t.AtJoint + t.InFirstPart + t.InLaterPart; compound > 0 {
		fmt.Fprintf(w, "  compound breaks  %d: %.0f %% at a joint, %.0f %% inside the first part, %.0f %% inside a later part (%d in simple words)\n",
			compound, 100*float64(t.AtJoint)/float64(compound), 100*float64(t.InFirstPart)/float64(compound),
			100*float64(t.InLaterPart)/float64(compound), t.InSimple)
	} else {
		fmt.Fprintf(w, "  compound breaks  none (%d in simple words)\n", t.InSimple)
	}
}

// writeComposition prints the faults of the page make-up, one per
// finding: status, page, kind and element, then where and what.
func writeComposition(w io.Writer, list []preflight.CompositionFinding) {
	if len(list) == 0 {
		fmt.Fprintln(w, "composition: no faults of the page make-up")
		return
	}
	fmt.Fprintf(w, "composition: %s of the page make-up\n", faults(len(list)))
	for _, f := range list {
		fmt.Fprintf(w, "  %-4s  page %-3d %-19s %-13s %s\n        %s\n", strings.ToUpper(string(f.Status)), f.Page, f.Kind, f.Element, f.Where, f.Message)
	}
}

// faults counts faults of the page make-up in words: "1 fault", "3 faults".
func faults(n int) string { return counted(n, "fault", "faults") }

// counted is n with the noun that agrees with it: „1 line“, „2 lines“.
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
