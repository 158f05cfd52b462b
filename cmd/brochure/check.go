package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"brochure/output/preflight"
)

const checkHelp = `Usage: brochure check [CONTENT.toml] [-edition print|screen] [-json]

Builds the brochure in memory (nothing is written) and checks it as a print
shop and a funder would: the EU/ESF Plus and BMAS visibility rules, the
print rules (fonts, colours, boxes, bleed, image resolution, safety margin)
and the engine's typographic warnings. One line per rule with pass, warn or
fail and the measured value; exit code 1 when any rule fails.

Flags:
`

// errCheckFailed makes the exit code 1 after the report has been printed.
type errCheckFailed struct{}

// Error is empty: the report has already said what failed.
func (errCheckFailed) Error() string { return "" }

func cmdCheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", checkHelp, stderr)
	edition := fs.String("edition", "print", "`EDITION` to check: print or screen")
	asJSON := fs.Bool("json", false, "write the report as JSON")
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
	res, err := build(req)
	if err != nil {
		return err
	}
	pdf, err := res.pdf()
	if err != nil {
		return err
	}
	report := preflight.Run(res.layout, pdf, res.options.Profile)
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
	verdict := "PASS"
	if counts[preflight.Fail] > 0 {
		verdict = "FAIL"
	}
	fmt.Fprintf(w, "verdict: %s (failed: %d, warnings: %d, passed: %d)\n", verdict, counts[preflight.Fail], counts[preflight.Warn], counts[preflight.Pass])
}
