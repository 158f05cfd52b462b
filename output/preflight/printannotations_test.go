package preflight

import (
	"regexp"
	"strings"
	"testing"

	"brochure/output"
)

// TestPrintEditionHasNoPrintingAnnotations (issue 22, item 15): the
// example's print edition passes, its links non-printing; the same file
// with one link's flags set to print (by qpdf) fails, naming the page;
// the screen edition, whose links print as shown, is not judged.
func TestPrintEditionHasNoPrintingAnnotations(t *testing.T) {
	doc := exampleDocument(t, true)
	prof := printProfile(t)
	pdf, err := output.Render(doc, output.Options{Profile: prof})
	if err != nil {
		t.Fatal(err)
	}
	if f := ruleFinding(t, doc, pdf, printExpectations(prof), "print-annotations"); f.Status != Pass {
		t.Fatalf("the example's print edition: %s %q", f.Status, f.Message)
	}
	flags := regexp.MustCompile(`/F 0\b`)
	printing := qdfEdit(t, pdf, func(q []byte, _ int) ([]byte, string) {
		at := flags.FindIndex(q)
		if at == nil {
			t.Fatal("no non-printing annotation in the QDF form")
		}
		return append(append(append([]byte(nil), q[:at[0]]...), "/F 4"...), q[at[1]:]...), ""
	})
	f := ruleFinding(t, doc, printing, printExpectations(prof), "print-annotations")
	if f.Status != Fail || !regexp.MustCompile(`^page \d+: a Link annotation`).MatchString(f.Value) || !strings.Contains(f.Message, "an annotation prints inside the printed area") {
		t.Errorf("a printing link: %s %q %q; want a failure naming its page", f.Status, f.Value, f.Message)
	}
	screen := exampleDocument(t, false)
	spdf, err := output.Render(screen, output.Options{Profile: output.ScreenProfile()})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Run(screen, spdf, Expectations{Edition: "screen", Profile: output.ScreenProfile()}).Findings {
		if f.Rule == "print-annotations" {
			t.Errorf("the screen edition is judged by the print rule: %s %q", f.Status, f.Message)
		}
	}
}
