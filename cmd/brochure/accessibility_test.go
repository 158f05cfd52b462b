package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/output/build"
	"brochure/output/preflight"
)

// TestAltTextRequiredOnScreen: a section picture without alt text stops
// the screen edition with its position and key, and only warns in print.
func TestAltTextRequiredOnScreen(t *testing.T) {
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "foto.png"), 1200, 800)
	src := withWorkshopImages(t, string(exampleContent()), `  [[sections.images]]
  file = "foto.png"
  caption = "Ohne Alternativtext"`)
	path := filepath.Join(dir, "content.toml")
	os.WriteFile(path, []byte(src), 0o644)

	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "-edition", "screen", "-o", filepath.Join(dir, "s.pdf"), path}, &stdout, &stderr)
	want := regexp.MustCompile(`content\.toml:\d+:\d+: sections\[\d+\]\.images\[0\]\.alt: the picture "foto\.png" has no alt text`)
	if code != exitBadInput || !want.MatchString(stderr.String()) {
		t.Errorf("screen edition: exit %d, %q; want exit 2 and %s", code, stderr.String(), want)
	}
	if _, err := os.Stat(filepath.Join(dir, "s.pdf")); err == nil {
		t.Error("the refused build left a PDF")
	}
	stderr.Reset()
	code = run([]string{"build", "-o", filepath.Join(dir, "p.pdf"), path}, &stdout, &stderr)
	if code != exitOK || !strings.Contains(stderr.String(), "foto.png has no alt text; screen readers get its caption") {
		t.Errorf("print edition: exit %d, %q; want exit 0 and a warning", code, stderr.String())
	}
}

// checkTags runs the independent tagging reader (testdata/check-tags.py)
// on a PDF, with sentences to find in reading order when given, and
// returns its report and whether it passed.
func checkTags(t *testing.T, pdf string, sentences []string) (string, bool) {
	t.Helper()
	python := "/usr/bin/python3"
	if err := exec.Command(python, "-c", "import pikepdf").Run(); err != nil {
		t.Fatalf("the tagging reader needs Debian's python3-pikepdf (run .ci/run): %v", err)
	}
	args := []string{"testdata/check-tags.py", pdf}
	if len(sentences) > 0 {
		list := filepath.Join(t.TempDir(), "sentences.txt")
		os.WriteFile(list, []byte(strings.Join(sentences, "\n")), 0o644)
		args = append(args, list)
	}
	out, err := exec.Command(python, args...).CombinedOutput()
	return string(out), err == nil
}

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
	// The brochure sets a speaker's „Rolle, Organisation“; the printed
	// original lists the organisation first. Those role lines are left out
	// of the order (TestExampleCarriesTheWholeSeed finds them).
	var sentences []string
	for _, s := range seedSentences(t) {
		if s != "Projektleiterin BLEIBdran+" && s != "Projektleiter RESQUE forward" {
			sentences = append(sentences, s)
		}
	}
	for _, c := range []struct{ name, content string }{{"example", ""}, {"second event", "testdata/second-event/content.toml"}} {
		for _, edition := range []string{"print", "screen"} {
			pdf := buildPDF(t, c.content, "-edition", edition)
			if info := tool(t, "pdfinfo", pdf); !regexp.MustCompile(`Tagged:\s+yes`).MatchString(info) {
				t.Errorf("%s, %s: pdfinfo does not say Tagged: yes", c.name, edition)
			}
			want := sentences
			if c.content != "" {
				want = nil
			}
			report, ok := checkTags(t, pdf, want)
			if !ok {
				t.Errorf("%s, %s edition:\n%s", c.name, edition, report)
			}
		}
	}
}

// TestCheckersFindEachDefect makes each defect the accessibility issue
// found in the old output in a copy of the tagged example (with
// testdata/tamper-tags.py): the independent reader fails on each, and so
// does `brochure check` where it has a rule for it; without the whole-word
// ActualText, pdftotext -raw breaks „demografischen“ again.
func TestCheckersFindEachDefect(t *testing.T) {
	res, err := buildDocument(buildRequest{edition: build.Screen})
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
	if report, ok := checkTags(t, clean, nil); !ok {
		t.Fatalf("the clean file fails:\n%s", report)
	}
	for _, c := range []struct {
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
	} {
		bad := filepath.Join(dir, c.defect+".pdf")
		if out, err := exec.Command("/usr/bin/python3", "testdata/tamper-tags.py", clean, bad, c.defect).CombinedOutput(); err != nil {
			t.Fatalf("tamper %s: %v\n%s", c.defect, err, out)
		}
		report, ok := checkTags(t, bad, nil)
		if ok || !strings.Contains(report, c.reader) {
			t.Errorf("%s: the reader passed or missed it (want %q):\n%s", c.defect, c.reader, report)
		}
		if c.rule == "" {
			continue
		}
		data, _ := os.ReadFile(bad)
		found := false
		for _, f := range res.Check(data).Findings {
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
	broken := filepath.Join(dir, "hyphens.pdf")
	if out, err := exec.Command("/usr/bin/python3", "testdata/tamper-tags.py", clean, broken, "hyphens-broken").CombinedOutput(); err != nil {
		t.Fatalf("tamper: %v\n%s", err, out)
	}
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
	contentPath := contentWithImages(t, "bmas.png")
	src, _ := os.ReadFile(contentPath)
	src = bytes.Replace(src, []byte("Die Zahlen sprechen eine eindeutige Sprache:"),
		[]byte(`Die Zahlen sprechen eine eindeutige Sprache, <span lang="en">as they say</span>:`), 1)
	os.WriteFile(contentPath, src, 0o644)
	pdf := buildPDF(t, contentPath, "-edition", "screen")
	report, ok := checkTags(t, pdf, nil)
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
