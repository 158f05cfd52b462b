package layout_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/output/build"
	"brochure/output/pdftest"
)

// renderEdition builds the content at path ("" for the example) through
// the build pipeline as the given edition and writes the PDF into dir.
func renderEdition(t *testing.T, path string, edition build.Edition, dir, name string) string {
	t.Helper()
	res, err := build.Run(build.Request{ContentPath: path, Edition: edition, Creator: "brochure test"})
	if err != nil {
		t.Fatal(err)
	}
	data, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, name+"-"+edition.String()+".pdf")
	if err := os.WriteFile(pdf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return pdf
}

// generatedEventWithProgramme returns the content of the first event of
// the corpus that opens with a programme (a table) and has pictures.
func generatedEventWithProgramme(t *testing.T) string {
	t.Helper()
	for _, ev := range corpus(t) {
		src, err := os.ReadFile(ev.path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(src), `kind = "programme"`) && len(ev.pictures) > 0 {
			return ev.path
		}
	}
	t.Fatal("no generated event has a programme and pictures")
	return ""
}

// TestFiguresAndTablesCarryTheirBoxes: in the example (both editions),
// the second event and a generated event with a programme, every Figure
// and Table drawn whole on one page has a /BBox attribute that holds all
// MuPDF draws of it, within 1 pt (testdata/check-bbox.py; veraPDF's WCAG
// rule 1.4.10-1, ISO 32000-1 Table 344).
func TestFiguresAndTablesCarryTheirBoxes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	generated := generatedEventWithProgramme(t)
	for _, c := range []struct {
		name  string
		path  string // "" for the example
		table bool
	}{
		{"example", "", false},
		{"second-event", "../cmd/brochure/testdata/second-event/content.toml", false},
		{"generated", generated, true},
	} {
		// The screen edition is the accessible one; the print edition's
		// geometry (bleed) is checked on the example.
		editions := []build.Edition{build.Screen}
		if c.name == "example" {
			editions = append(editions, build.Print)
		}
		for _, edition := range editions {
			t.Run(c.name+"-"+edition.String(), func(t *testing.T) {
				t.Parallel() // the checks share nothing
				checkBBoxes(t, c.path, c.name, edition, c.table, dir)
			})
		}
	}
}

// checkBBoxes builds one document as one edition and checks its figures'
// and tables' boxes with testdata/check-bbox.py; table asks that a table
// is among them.
func checkBBoxes(t *testing.T, path, name string, edition build.Edition, table bool, dir string) {
	pdf := renderEdition(t, path, edition, dir, name)
	work := filepath.Join(dir, name+"-"+edition.String())
	os.MkdirAll(work, 0o755)
	// In a Python interpreter the package's tests keep (pdftest), which
	// imports pikepdf and PIL once, not once a document.
	run := pdftest.RunScript(t, "testdata/check-bbox.py", [][]string{{pdf, work}})[0]
	report := run.Output
	if !run.OK {
		t.Errorf("%s, %s edition: check-bbox.py failed:\n%s", name, edition, report)
		return
	}
	checked := regexp.MustCompile(`(?m)^ok (Figure|Table) `).FindAllStringSubmatch(report, -1)
	tables := 0
	for _, m := range checked {
		if m[1] == "Table" {
			tables++
		}
	}
	if len(checked) == 0 || (table && tables == 0) {
		t.Errorf("%s, %s edition: %d elements checked, %d tables; want figures (and a table):\n%s", name, edition, len(checked), tables, report)
	}
}

// TestSpacedCapitalsSayTheirWrittenCase: a label set in letter-spaced
// capitals (WORKSHOP A) is read as written (Workshop A) by poppler, which
// follows ActualText, while MuPDF, which shows the glyphs as drawn, still
// finds the capitals on the page.
func TestSpacedCapitalsSayTheirWrittenCase(t *testing.T) {
	pdf := renderEdition(t, "", build.Screen, t.TempDir(), "example")
	read, done := pdftest.WithoutOutputIntent("pdftotext", []string{pdf, "-"})
	defer done()
	said, err := exec.Command("pdftotext", read...).Output()
	if err != nil {
		t.Fatal(err)
	}
	drawn, err := exec.Command("mutool", "draw", "-q", "-F", "text", "-o", "-", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Workshop A", "Workshop D", "Vortrag", "Tagungsdokumentation"} {
		capitals := strings.ToUpper(label)
		if !strings.Contains(string(said), label) || strings.Contains(string(said), capitals) {
			t.Errorf("pdftotext reads %q as %q; want the written case", capitals, label)
		}
		// MuPDF splits widely spaced letters into words of their own.
		if !strings.Contains(strings.ReplaceAll(string(drawn), " ", ""), strings.ReplaceAll(capitals, " ", "")) {
			t.Errorf("MuPDF does not find %q drawn in capitals", capitals)
		}
	}
}
