package output_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"brochure/output/build"
	"brochure/output/pdftest"
)

type annotation struct {
	Page         int
	Trim, Rect   []float64
	Subtype      string
	Flags        int
	Contents     bool
	StructParent bool
}

// exampleAnnotations builds the example as an edition and reads its
// annotations back with testdata/annotations.py (pikepdf), in the Python
// interpreter the package's tests keep (pdftest.RunScript): pikepdf is
// imported once for both editions, where a fresh interpreter for each
// took a third of a second to import it (TestMain has found it).
func exampleAnnotations(t *testing.T, edition build.Edition) []annotation {
	t.Helper()
	res, err := build.Run(build.Request{Edition: edition, Creator: "brochure test"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(t.TempDir(), "example.pdf")
	if err := os.WriteFile(pdf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	run := pdftest.RunScript(t, "testdata/annotations.py", [][]string{{pdf}})[0]
	if !run.OK {
		t.Fatalf("reading the annotations:\n%s", run.Output)
	}
	var annots []annotation
	if err := json.Unmarshal([]byte(run.Output), &annots); err != nil {
		t.Fatalf("the annotations' JSON: %v\n%s", err, run.Output)
	}
	return annots
}

// overlaps reports whether two rectangles [x0 y0 x1 y1] share an area.
func overlaps(a, b []float64) bool {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

// TestPrintEditionLinksDoNotPrint: the print edition (PDF/X-4) has no
// annotation that prints inside its trim box, yet keeps its links, tagged
// and described; the screen edition's links (PDF/A-2, PDF/UA-1) all carry
// the print flag PDF/A requires, /Contents and their structure parent.
func TestPrintEditionLinksDoNotPrint(t *testing.T) {
	for _, c := range []struct {
		name    string
		edition build.Edition
		print   bool // the links must print (PDF/A) or must not (PDF/X)
	}{{"print", build.Print, false}, {"screen", build.Screen, true}} {
		annots := exampleAnnotations(t, c.edition)
		if len(annots) < 10 {
			t.Fatalf("%s edition: %d annotations; the example has links on most pages", c.name, len(annots))
		}
		inTrim := 0
		for _, a := range annots {
			printing := a.Flags&4 != 0
			if overlaps(a.Rect, a.Trim) {
				inTrim++
			}
			switch {
			case a.Subtype != "/Link" || !a.Contents || !a.StructParent:
				t.Errorf("%s edition, page %d: annotation %s without /Contents or /StructParent", c.name, a.Page, a.Subtype)
			case printing != c.print:
				t.Errorf("%s edition, page %d: a link at %v with flags %d (printing: %v, want %v)", c.name, a.Page, a.Rect, a.Flags, printing, c.print)
			}
		}
		if inTrim == 0 {
			t.Errorf("%s edition: no link inside the trim box; the check saw nothing", c.name)
		}
	}
}
