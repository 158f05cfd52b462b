package build

import (
	"brochure/output/pdftest"
	"brochure/output/preflight"
	"brochure/output/testevent"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// seedSentences are the seed's prose sentences, in the seed's order.
func seedSentences(t *testing.T) []string {
	t.Helper()
	seed, err := os.ReadFile("testdata/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	sentences, _ := seedProse(string(seed))
	return sentences
}

// TestTaggedStructure: both editions of the example and of the second
// event are tagged (pdfinfo says so), and the independent reader finds
// every operator tagged or an artifact, every MCID referenced once with a
// parent tree that agrees, figures with alternate text, links tied to
// their annotations — and, reading the tree in order, the seed's every
// sentence in the seed's order.
func TestTaggedStructure(t *testing.T) {
	t.Parallel()
	// The brochure sets a speaker's „Rolle, Organisation“; the printed
	// original lists the organisation first. Those role lines are left out
	// of the order (TestExampleCarriesTheWholeSeed finds them).
	var sentences []string
	for _, s := range seedSentences(t) {
		if s != "Projektleiterin BLEIBdran+" && s != "Projektleiter RESQUE forward" {
			sentences = append(sentences, s)
		}
	}
	// The reader reads the four files in one interpreter.
	var checks []pdftest.TagCheck
	var names []string
	for _, c := range []struct{ name, content string }{{"example", ""}, {"second event", "second"}} {
		for _, edition := range []Edition{Print, Screen} {
			pdf := examplePDF(t, "", edition)
			if c.content != "" {
				pdf = secondEventPDF(t, edition)
			}
			if info := tool(t, "pdfinfo", pdf); !regexp.MustCompile(`Tagged:\s+yes`).MatchString(info) {
				t.Errorf("%s, %s: pdfinfo does not say Tagged: yes", c.name, edition)
			}
			want := sentences
			if c.content != "" {
				want = nil
			}
			checks = append(checks, pdftest.TagCheck{PDF: pdf, Sentences: want})
			names = append(names, c.name+", "+edition.String()+" edition")
		}
	}
	for i, run := range pdftest.CheckTagsAll(t, checks...) {
		if !run.OK {
			t.Errorf("%s:\n%s", names[i], run.Output)
		}
	}
}

// TestCheckersFindEachDefect makes each defect the accessibility issue
// found in the old output in a copy of the tagged example (with
// testdata/tamper-tags.py): the independent reader fails on each, and so
// does `brochure check` where it has a rule for it; without the whole-word
// ActualText, pdftotext -raw breaks „demografischen“ again.
func TestCheckersFindEachDefect(t *testing.T) {
	t.Parallel()
	res, err := Run(Request{Edition: Screen})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.pdf")
	os.WriteFile(clean, pdf, 0o644)
	defects := []struct {
		defect, reader, rule string
	}{
		{"untagged", "no structure tree", "ua-tagged"},
		{"unmarked-page", "outside tagged content and artifacts", "ua-tagged"},
		{"figure-without-alt", "a Figure without alternate text", "ua-figure-alt"},
		{"leaders-as-text", "dot leaders are read as text", ""},
		{"no-annotation-contents", "a link annotation without /Contents", "ua-annotations"},
		{"no-tabs", "has annotations but no /Tabs /S", "ua-annotations"},
		{"no-display-title", "DisplayDocTitle is not true", "ua-display-title"},
		{"broken-parent-tree", "the parent tree does not map MCID", ""},
		{"mcid-twice", "is referenced twice", ""},
	}
	// Every tampered copy is made in one interpreter and read in another
	// (pikepdf's import is a third of a second a process).
	broken := filepath.Join(dir, "hyphens.pdf")
	tampering := [][]string{{clean, broken, "hyphens-broken"}}
	files := []string{clean}
	for _, c := range defects {
		bad := filepath.Join(dir, c.defect+".pdf")
		tampering = append(tampering, []string{clean, bad, c.defect})
		files = append(files, bad)
	}
	for i, run := range pdftest.RunScript(t, "testdata/tamper-tags.py", tampering) {
		if !run.OK {
			t.Fatalf("tamper %s:\n%s", tampering[i][2], run.Output)
		}
	}
	reports := pdftest.CheckTagsOf(t, files...)
	if !reports[0].OK {
		t.Fatalf("the clean file fails:\n%s", reports[0].Output)
	}
	for i, c := range defects {
		if report := reports[i+1]; report.OK || !strings.Contains(report.Output, c.reader) {
			t.Errorf("%s: the reader passed or missed it (want %q):\n%s", c.defect, c.reader, report.Output)
		}
		if c.rule == "" {
			continue
		}
		found := false
		for _, f := range res.Check(readFile(t, files[i+1])).Findings {
			if f.Rule == c.rule {
				found = true
				if f.Status != preflight.Fail {
					t.Errorf("%s: check's %s says %s: %s", c.defect, c.rule, f.Status, f.Message)
				}
			}
		}
		if !found {
			t.Errorf("%s: check has no %s rule", c.defect, c.rule)
		}
	}
	// Whole words: the clean screen edition extracts them, the copy
	// without ActualText does not.
	// pdftotext -raw takes the text as the file gives it (its default mode
	// joins line-end hyphens by guesswork, which hides the defect).
	for _, w := range []string{"demografischen", "Gegebenheiten"} {
		if !strings.Contains(tool(t, "pdftotext", "-raw", clean, "-"), w) {
			t.Errorf("the screen edition does not extract %q whole", w)
		}
		if strings.Contains(tool(t, "pdftotext", "-raw", broken, "-"), w) {
			t.Errorf("without ActualText %q still extracts whole: the check proves nothing", w)
		}
	}
}

// TestAutomaticAltTexts: a portrait without alt is „Porträt von <Name>“,
// the funder's logo says the funder's name (the ministry is never lost),
// QR codes say their label and address, the emblem says what it is; a
// passage marked <span lang="en"> is a Span with /Lang en.
func TestAutomaticAltTexts(t *testing.T) {
	t.Parallel()
	contentPath := testevent.ExampleWithImages(t, "bmas.png")
	src, _ := os.ReadFile(contentPath)
	src = bytes.Replace(src, []byte("Die Zahlen sprechen eine eindeutige Sprache:"),
		[]byte(`Die Zahlen sprechen eine eindeutige Sprache, <span lang="en">as they say</span>:`), 1)
	os.WriteFile(contentPath, src, 0o644)
	pdf := writtenPDF(t, contentPath, Screen)
	report, ok := pdftest.CheckTags(t, pdf, nil)
	if !ok {
		t.Fatalf("tagging reader:\n%s", report)
	}
	for _, want := range []string{
		"Figure alt: Porträt von Christiane Welker",
		"Figure alt: Bundesministerium für Arbeit und Soziales",
		"Figure alt: QR-Code: Präsentation der Regionaldirektionen, https://",
		"Figure alt: Emblem der Europäischen Union",
		"Figure alt: Teilnehmende an Thementischen im Gespräch",
		"Span lang: en",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the structure lacks %q:\n%s", want, report)
		}
	}
}
