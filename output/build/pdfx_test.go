package build

import (
	"brochure/output/pdftest"
	"encoding/json"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestEditionsValidate: qpdf and pdfcpu in strict mode find no errors in
// either edition.
func TestEditionsValidate(t *testing.T) {
	t.Parallel()
	pdfcpu, err := pdftest.PDFCPUPath()
	if err != nil {
		t.Fatal(err)
	}
	for _, edition := range []Edition{Print, Screen} {
		pdf := examplePDF(t, "", edition)
		if out := tool(t, "qpdf", "--check", pdf); !strings.Contains(out, "No syntax or stream encoding errors") {
			t.Errorf("%s: qpdf --check:\n%s", edition, out)
		}
		out, err := exec.Command(pdfcpu, "validate", "-m", "strict", pdf).CombinedOutput()
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
	t.Parallel()
	pdf := examplePDF(t, "", Print)
	var s struct {
		Pages []struct {
			Contents []string `json:"contents"`
		} `json:"pages"`
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf)), &s); err != nil {
		t.Fatal(err)
	}
	contents := make([][]string, len(s.Pages))
	for i, p := range s.Pages {
		contents[i] = p.Contents
	}
	checkCMYKOnly(t, pdf, contents)
	checkPDFXCatalog(t, s.QPDF[1])
	checkBleedBoxes(t, pdf, len(s.Pages))
}

// checkCMYKOnly reads each page's content streams (qpdf's object numbers
// of them, per page): no RGB colour operator, and some CMYK one.
func checkCMYKOnly(t *testing.T, pdf string, pages [][]string) {
	t.Helper()
	rgb := regexp.MustCompile(`(^|\s)(rg|RG)(\s|$)`)
	for i, contents := range pages {
		// A page's contents may be several streams, read as one.
		var stream strings.Builder
		for _, c := range contents {
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
}

// checkPDFXCatalog reads qpdf's JSON of the objects: the Info dictionary
// names PDF/X-4, the catalog has one /GTS_PDFX output intent with an
// embedded CMYK profile and metadata, and the trailer has an /ID.
func checkPDFXCatalog(t *testing.T, qpdfObjects json.RawMessage) {
	t.Helper()
	var objects map[string]struct {
		Value any `json:"value"`
	}
	if err := json.Unmarshal(qpdfObjects, &objects); err != nil {
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
}

// checkBleedBoxes reads every page's TrimBox and BleedBox with pdfinfo:
// the bleed is 3 mm on each side.
func checkBleedBoxes(t *testing.T, pdf string, pages int) {
	t.Helper()
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
