package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/layout"
	"brochure/output"
	"brochure/output/preflight"
)

// pdfcpu finds the pdfcpu validator (go install puts it in GOPATH/bin).
func pdfcpu(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("pdfcpu"); err == nil {
		return p
	}
	gopath, _ := exec.Command("go", "env", "GOPATH").Output()
	p := filepath.Join(strings.TrimSpace(string(gopath)), "bin", "pdfcpu")
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("pdfcpu is not installed (run .ci/run, or go install github.com/pdfcpu/pdfcpu/cmd/pdfcpu@v0.15.0)")
	}
	return p
}

// TestBuildsAreByteIdentical builds each edition 20 times in a row, of
// the example and of a document with photos, pictures and an imported PDF
// logo (whose objects a library numbers in map order).
func TestBuildsAreByteIdentical(t *testing.T) {
	t.Parallel()
	withImages := contentWithImages(t, "bmas.pdf")
	// A logo whose artwork is rewritten for the edition (colour
	// substituted, objects copied through maps of the reader).
	dir := t.TempDir()
	logo, err := os.ReadFile("testdata/logos/rgb-logo-objstm.pdf")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "logo.pdf"), logo, 0o644)
	withLogo := filepath.Join(dir, "content.toml")
	os.WriteFile(withLogo, []byte(strings.Replace(string(exampleContent()), `name = "Bundesministerium für Arbeit und Soziales"`,
		`name = "Bundesministerium für Arbeit und Soziales"
  logo = "logo.pdf"`, 1)), 0o644)
	for _, edition := range []string{"print", "screen"} {
		for _, contentPath := range []string{"", withImages, withLogo} {
			identicalBuilds(t, edition, contentPath)
		}
	}
}

func identicalBuilds(t *testing.T, edition, contentPath string) {
	{
		var first []byte
		for i := 0; i < 20; i++ {
			out := filepath.Join(t.TempDir(), "b.pdf")
			var stdout, stderr bytes.Buffer
			args := []string{"build", "-q", "-edition", edition, "-o", out}
			if edition == "print" {
				args = append(args, "-marks") // print only: screen refuses it
			}
			if contentPath != "" {
				args = append(args, contentPath)
			}
			if code := run(args, &stdout, &stderr); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = data
			} else if !bytes.Equal(first, data) {
				t.Fatalf("%s edition of %q: build %d differs from the first", edition, contentPath, i+1)
			}
		}
	}
}

// TestCheckExample: the example passes every rule but the missing BMAS
// artwork, which is reported; the JSON report says the same.
func TestCheckExample(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	code := run([]string{"check"}, &stdout, &stderr)
	if code != exitFailed {
		t.Fatalf("exit %d, want 1 (the official logo is missing); %s", code, stderr.String())
	}
	var fails []string
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "FAIL") {
			fails = append(fails, line)
		}
	}
	if len(fails) != 1 || !strings.Contains(fails[0], "funder-logo") || !strings.Contains(fails[0], "Bundesministerium für Arbeit und Soziales") {
		t.Errorf("want exactly the missing BMAS logo to fail, got:\n%s", stdout.String())
	}
	stdout.Reset()
	run([]string{"check", "-json", "-edition", "screen"}, &stdout, &stderr)
	var report struct {
		Edition  string `json:"edition"`
		Passed   bool   `json:"passed"`
		Findings []struct {
			Rule, Status, Value, Message string
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("JSON report: %v\n%s", err, stdout.String())
	}
	if report.Edition != "screen" || report.Passed || len(report.Findings) < 10 {
		t.Errorf("unexpected report: %+v", report)
	}
}

// TestCheckFailsOnBadDocuments: a 58 ppi photo fails with a message
// naming the file; the same photo is RGB, which the print edition writes
// with the sRGB profile, so the colour rule passes. When the image is
// tampered into bare DeviceRGB (by qpdf, outside our writer), the colour
// rule fails and names the image and its page.
func TestCheckFailsOnBadDocuments(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writePNG(t, filepath.Join(dir, "foto.png"), 300, 200) // RGB, and at column width about 58 ppi
	src := withWorkshopImages(t, string(exampleContent()), `  [[sections.images]]
  file = "foto.png"
  caption = "Zu klein und in RGB"`)
	path := filepath.Join(dir, "content.toml")
	os.WriteFile(path, []byte(src), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", path}, &stdout, &stderr); code != exitFailed {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`PASS\s+colour-model\s+no DeviceRGB`),
		regexp.MustCompile(`FAIL\s+image-resolution\s+\d+ ppi\s+foto\.png is placed at \d+ ppi`),
	} {
		if !want.MatchString(out) {
			t.Errorf("report lacks %s:\n%s", want, out)
		}
	}

	res, err := buildDocument(buildRequest{contentPath: path, outputCondition: output.DefaultOutputCondition})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	tampered := qpdfEdit(t, pdf, regexp.MustCompile(`/ColorSpace \[\s*/ICCBased\s+\d+ 0 R\s*\]`), "/ColorSpace /DeviceRGB")
	var page int
	for i, p := range res.Layout.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*layout.Picture); ok && layout.ImageOf(pic).File == "foto.png" {
				page = i + 1
			}
		}
	}
	report := res.Check(tampered)
	found := false
	for _, f := range report.Findings {
		if f.Rule == "colour-model" {
			found = true
			want := fmt.Sprintf("page %d: image foto.png in DeviceRGB", page)
			if f.Status != preflight.Fail || !strings.Contains(f.Message, want) {
				t.Errorf("tampered image: colour rule %s %q, want a failure naming %q", f.Status, f.Message, want)
			}
		}
	}
	if !found {
		t.Error("no colour-model finding")
	}
}

// qpdfEdit rewrites a PDF through qpdf's QDF form, replacing what re
// matches, and lets qpdf's fix-qdf repair lengths and offsets.
func qpdfEdit(t *testing.T, pdf []byte, re *regexp.Regexp, repl string) []byte {
	t.Helper()
	dir := t.TempDir()
	in, qdf := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qdf.pdf")
	os.WriteFile(in, pdf, 0o644)
	if o, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", in, qdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, o)
	}
	q, _ := os.ReadFile(qdf)
	edited := re.ReplaceAll(q, []byte(repl))
	if bytes.Equal(edited, q) {
		t.Fatalf("qpdfEdit: %s matches nothing", re)
	}
	os.WriteFile(qdf, edited, 0o644)
	fixed, err := exec.Command("fix-qdf", qdf).Output()
	if err != nil {
		t.Fatalf("fix-qdf: %v", err)
	}
	return fixed
}
