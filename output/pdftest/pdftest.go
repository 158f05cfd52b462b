// Package pdftest runs the independent PDF readers the tests check written
// files with (poppler-utils, qpdf, zbar-tools, mupdf-tools, pdfcpu and
// the pikepdf readers in scripts/, installed by .ci/run) and reads their
// output into Go values: text lines and word boxes (BBoxPages), glyphs as
// drawn (DrawnPages), pages, outline and links (ReadStructure), tags,
// colour and images (CheckTags, CheckColour, CheckImages). It is used by
// tests only; a missing reader fails the test, naming the Debian
// packages, since these checks are the acceptance criteria.
package pdftest

import (
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// Tool runs one of the readers and returns its standard output; it fails
// the test when the reader is missing or exits with an error. A reader
// that only prints, asked again the same of a file with the same bytes,
// answers from readerRuns without running again. Poppler reads text and
// image lists from a copy without the output intent (WithoutOutputIntent).
func Tool(t testing.TB, name string, args ...string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (run .ci/run, or apt-get install poppler-utils qpdf zbar-tools): %v", name, err)
	}
	run := func() (string, string) {
		var stdout, stderr bytes.Buffer
		read, done := WithoutOutputIntent(name, args)
		defer done()
		cmd := exec.Command(path, read...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			return "", fmt.Sprintf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
		}
		return stdout.String(), ""
	}
	out, failure, kept := keptRun(name, args, run)
	if !kept {
		out, failure = run()
	}
	if failure != "" {
		t.Fatal(failure)
	}
	return out
}

// PageCount reads a PDF's page count with pdfinfo.
func PageCount(t testing.TB, pdf string) int {
	t.Helper()
	for _, line := range strings.Split(Tool(t, "pdfinfo", pdf), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo gives no page count for %s", pdf)
	return 0
}
