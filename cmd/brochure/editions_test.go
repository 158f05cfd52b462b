package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
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

// TestEditionsValidate: qpdf and pdfcpu in strict mode find no errors in
// either edition.
func TestEditionsValidate(t *testing.T) {
	for _, edition := range []string{"print", "screen"} {
		pdf := buildPDF(t, "", "-edition", edition)
		if out := tool(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf --check:\n%s", edition, out)
		}
		out, err := exec.Command(pdfcpu(t), "validate", "-m", "strict", pdf).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "validation ok") {
			t.Errorf("%s: pdfcpu validate -m strict: %v\n%s", edition, err, out)
		}
	}
}

// TestPrintEditionIsPDFX reads the print edition with independent tools:
// no RGB operators in any page's content, TrimBox and BleedBox 3 mm apart
// on every page, GTS_PDFXVersion in the document information, and the
// catalog's OutputIntents and Metadata.
func TestPrintEditionIsPDFX(t *testing.T) {
	pdf := buildPDF(t, "", "-edition", "print")
	var s struct {
		Pages []struct {
			Contents []string `json:"contents"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf)), &s); err != nil {
		t.Fatal(err)
	}
	rgb := regexp.MustCompile(`(^|\s)(rg|RG)(\s|$)`)
	for i, p := range s.Pages {
		// A page's contents may be several streams, read as one.
		var stream strings.Builder
		for _, c := range p.Contents {
			num := strings.TrimSuffix(c, " 0 R")
			stream.WriteString(tool(t, "qpdf", "--show-object="+num, "--filtered-stream-data", pdf))
			stream.WriteByte('\n')
		}
		if rgb.MatchString(stream.String()) {
			t.Errorf("page %d: RGB colour operator in the content stream", i+1)
		}
		if !strings.Contains(stream.String(), " k") && !strings.Contains(stream.String(), " K") {
			t.Errorf("page %d: no CMYK colour operator at all", i+1)
		}
	}
	var objects map[string]struct {
		Value any `json:"value"`
	}
	if err := json.Unmarshal(s.QPDF[1], &objects); err != nil {
		t.Fatal(err)
	}
	trailer, _ := objects["trailer"].Value.(map[string]any)
	deref := func(v any) map[string]any {
		ref, _ := v.(string)
		m, _ := objects["obj:"+ref].Value.(map[string]any)
		return m
	}
	info, catalog := deref(trailer["/Info"]), deref(trailer["/Root"])
	if info["/GTS_PDFXVersion"] != "u:PDF/X-4" && info["/GTS_PDFXVersion"] != "b:PDF/X-4" {
		if v, _ := info["/GTS_PDFXVersion"].(string); !strings.HasSuffix(v, "PDF/X-4") {
			t.Errorf("Info GTS_PDFXVersion = %v, want PDF/X-4", info["/GTS_PDFXVersion"])
		}
	}
	if catalog["/OutputIntents"] == nil || catalog["/Metadata"] == nil {
		t.Fatalf("catalog lacks OutputIntents or Metadata: %v", catalog)
	}
	intents, _ := catalog["/OutputIntents"].([]any)
	if len(intents) != 1 {
		t.Fatalf("want one output intent, got %v", catalog["/OutputIntents"])
	}
	intent := deref(intents[0])
	if intent["/S"] != "/GTS_PDFX" || intent["/DestOutputProfile"] == nil {
		t.Errorf("output intent %v: want /GTS_PDFX with an embedded profile", intent)
	}
	if prof, _ := objects["obj:"+intent["/DestOutputProfile"].(string)].Value.(map[string]any); prof != nil {
		if dict, _ := prof["dict"].(map[string]any); dict["/N"] != float64(4) {
			t.Errorf("output profile has /N %v, want 4 (CMYK)", dict["/N"])
		}
	}
	if ids, _ := trailer["/ID"].([]any); len(ids) != 2 {
		t.Errorf("trailer has no /ID")
	}

	pages := len(s.Pages)
	boxes := tool(t, "pdfinfo", "-box", "-f", "1", "-l", strconv.Itoa(pages), pdf)
	re := regexp.MustCompile(`Page\s+(\d+)\s+(TrimBox|BleedBox):\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)`)
	found := map[string][4]float64{}
	for _, m := range re.FindAllStringSubmatch(boxes, -1) {
		var b [4]float64
		for k := range b {
			b[k], _ = strconv.ParseFloat(m[3+k], 64)
		}
		found[m[1]+m[2]] = b
	}
	for p := 1; p <= pages; p++ {
		trim, okT := found[strconv.Itoa(p)+"TrimBox"]
		bleed, okB := found[strconv.Itoa(p)+"BleedBox"]
		if !okT || !okB {
			t.Fatalf("page %d: pdfinfo shows no TrimBox/BleedBox:\n%s", p, boxes)
		}
		for k, d := range []float64{trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]} {
			if mm := d * 25.4 / 72; math.Abs(mm-3) > 0.02 {
				t.Errorf("page %d side %d: bleed %.2f mm, want 3", p, k, mm)
			}
		}
	}
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
