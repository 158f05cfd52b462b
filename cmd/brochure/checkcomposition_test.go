package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"brochure/layout"
	"brochure/output/pdftest"
)

// faultyEvent writes the second event with sections that provoke faults
// of the page make-up whatever pagination does, in one column (its theme
// without the second column):
//
//   - a first section filling about 60 % of its page, followed by a
//     section whose two lines of text and the picture kept with them
//     (pictures do not float in its theme) are taller than the rest of
//     that page: an underfull page;
//   - a heading that is one compound wider than the measure: a
//     hyphenated heading; its body, of long compounds only, cannot be
//     justified within the tolerance: loose lines;
//   - a word of 4,400 letters, every line of it ending hyphenated,
//     running over two pages: a hyphen across a page turn;
//   - a contact section of twelve link blocks, more than a page: link
//     blocks stranded on a page of their own.
func faultyEvent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	copyEvent(t, dir)
	writeFile(t, filepath.Join(dir, "theme.toml"), []byte("[page]\ncolumns = 1\n\n# Link blocks kept in the flow, so one can be stranded.\n[floats]\nlinks = \"here\"\npictures = \"here\"\n"))
	path := filepath.Join(dir, "content.toml")
	src := string(readFile(t, path))
	start, end := strings.Index(src, "[[sections]]"), strings.Index(src, "[funding]")
	var b strings.Builder
	b.WriteString(src[:start])
	sentence := "Die Teilnehmenden sprachen über Wege in Ausbildung, über Praktika und über die Begleitung im Betrieb. "
	fmt.Fprintf(&b, "[[sections]]\nkind = \"welcome\"\ntitle = \"Begrüßung\"\nbody = \"\"\"\n%s\n\n%s\n\"\"\"\n\n",
		strings.Repeat(sentence, 9), strings.Repeat(sentence, 9))
	fmt.Fprintf(&b, "[[sections]]\nkind = \"talk\"\ntitle = \"Rundgang durch die Werkstatt\"\nbody = \"\"\"\n%s\n\"\"\"\n\n", strings.Repeat(sentence, 2))
	b.WriteString("  [[sections.images]]\n  file = \"werkstatt.jpg\"\n  alt = \"Die Werkstatt\"\n  width = \"measure\"\n\n")
	b.WriteString("[[sections]]\nkind = \"talk\"\ntitle = \"Wege junger Geflüchteter in Ausbildung und Beschäftigung: was Betriebe, Kammern, Berufsschulen, Jobcenter und Ausländerbehörden gemeinsam erreichen können, wenn sie früh miteinander sprechen\"\n")
	b.WriteString("body = \"\"\"\n" + strings.Repeat(sentence, 3) + "\n\nAusbildungs" + strings.Repeat("ausbildungs", 400) + "weg.\n\"\"\"\n\n")
	for k := range 20 {
		fmt.Fprintf(&b, "  [[sections.speakers]]\n  name = \"Referentin Nummer %d\"\n  role = \"Beraterin für Ausbildung und Beschäftigung\"\n  organisation = \"Netzwerk Ausbildung Nordost e. V.\"\n\n", k+1)
	}
	b.WriteString("[[sections]]\nkind = \"talk\"\ntitle = \"Ausbildungsplatzvermittlungsunterstützungsprogramme\"\nbody = \"\"\"\n" +
		strings.Repeat("Ausbildungsplatzvermittlungsgespräche Arbeitsmarktintegrationsmaßnahmen Berufssprachkursangebote Anerkennungsberatungsstellen ", 3) + "\n\"\"\"\n\n")
	b.WriteString("[[sections]]\nkind = \"contact\"\ntitle = \"Kontakt\"\nbody = \"\"\"\nNetzwerk Ausbildung Nordost, Domstraße 12, 17489 Greifswald.\n\"\"\"\n\n")
	for k := range 12 {
		fmt.Fprintf(&b, "  [[sections.links]]\n  label = \"Angebot %d\"\n  text = \"Mehr über das Angebot:\"\n  url = \"https://example.org/angebot-%d/\"\n\n", k+1, k+1)
	}
	b.WriteString(src[end:])
	writeFile(t, path, []byte(b.String()))
	return path
}

// compositionReport runs `brochure check -json` with the arguments and
// returns its composition findings and exit code.
func compositionReport(t *testing.T, args ...string) ([]compositionFinding, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"check", "-json"}, args...), &stdout, &stderr)
	var report struct {
		Composition *[]compositionFinding `json:"composition"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil || report.Composition == nil {
		t.Fatalf("check -json: %v (no composition section?)\n%s", err, stderr.String())
	}
	return *report.Composition, code
}

// compositionFinding is a finding as check -json writes it.
type compositionFinding struct {
	Kind    string  `json:"kind"`
	Status  string  `json:"status"`
	Page    int     `json:"page"`
	Top     float64 `json:"top"`
	Height  float64 `json:"height"`
	Element string  `json:"element"`
	Where   string  `json:"where"`
	Message string  `json:"message"`
}

// TestCheckReportsComposition: check -json lists each provoked fault of
// the page make-up under composition, with its page, element and
// file:line:col, and what it says is there in the PDF, as independent
// readers see it.
func TestCheckReportsComposition(t *testing.T) {
	t.Parallel()
	path := faultyEvent(t)
	findings, code := compositionReport(t, path)
	for _, f := range findings {
		t.Logf("%s page %d %s %s: %s", f.Kind, f.Page, f.Element, f.Where, f.Message)
	}
	if code != exitOK {
		t.Errorf("check exited %d; composition findings are warnings without -strict", code)
	}
	pdf := buildPDF(t, path)
	if out := os.Getenv("COMPOSITION_PDF"); out != "" {
		writeFile(t, out, readFile(t, pdf))
	}
	position := regexp.MustCompile(`^.*content\.toml:\d+:\d+: sections\[\d+\]`)
	byKind := map[string][]compositionFinding{}
	for _, f := range findings {
		byKind[f.Kind] = append(byKind[f.Kind], f)
		if f.Page < 1 || f.Status != "warn" || f.Element == "" || !position.MatchString(f.Where) || f.Height <= 0 {
			t.Errorf("a finding without its page, status, element, file:line:col or band: %+v", f)
		}
	}
	for _, kind := range []string{"underfull-page", "hyphenated-display", "hyphen-across-page", "stranded-block", "loose-line"} {
		if len(byKind[kind]) == 0 {
			t.Errorf("no %s reported", kind)
		}
	}
	words, glyphs := pdftest.BBoxPages(t, pdf), pdftest.DrawnPages(t, pdf)
	th := layout.DefaultTheme()
	for _, f := range byKind["underfull-page"] {
		checkUnderfullPage(t, f, words, th)
	}
	for _, f := range byKind["hyphen-across-page"] {
		checkHyphenAcrossPage(t, f, glyphs, th)
	}
	headings := 0
	for _, f := range byKind["hyphenated-display"] {
		if f.Element == "heading" && strings.HasSuffix(f.Where, "sections[3].title") {
			headings++
			if !endsHyphenated(glyphs[f.Page-1], th.Heading.Size.Points()) {
				t.Errorf("page %d: MuPDF sees no heading line ending in a hyphen, yet check reports %s", f.Page, f.Message)
			}
		}
	}
	if headings != 1 {
		t.Errorf("%d hyphenated headings reported at sections[3].title, want 1", headings)
	}
	for _, f := range byKind["stranded-block"] {
		if f.Element != "link block" || !strings.Contains(f.Where, "sections[4].links[") {
			t.Errorf("a stranded %s at %s; want only the contact section's link blocks", f.Element, f.Where)
		}
		if lines := topmostLine(words[f.Page-1]); !strings.HasPrefix(lines, "Angebot") {
			t.Errorf("page %d begins with %q, not with a link block", f.Page, lines)
		}
	}
}

// checkUnderfullPage compares a reported underfull page with what
// poppler reads there: the lowest line of the type area ends where the
// empty band begins, more than 15 % of the type area above its foot, and
// the next page has text.
func checkUnderfullPage(t *testing.T, f compositionFinding, pages [][]pdftest.BBoxLine, th layout.Theme) {
	t.Helper()
	// Poppler measures from the print edition's media box, the bleed
	// above the trim.
	bleed := th.Bleed.Points()
	foot := (th.MarginTop + th.TextHeight()).Points()
	lowest := 0.0
	for _, l := range pages[f.Page-1] {
		if l.YMax-bleed < foot {
			lowest = math.Max(lowest, l.YMax-bleed)
		}
	}
	if empty := (foot - lowest) / th.TextHeight().Points(); empty <= 0.15 {
		t.Errorf("page %d: poppler finds %.0f %% of the type area empty, not more than 15 %%", f.Page, 100*empty)
	}
	if math.Abs(lowest-f.Top) > 4 {
		t.Errorf("page %d: the empty band is reported from %.1f pt, poppler's lowest line ends at %.1f pt", f.Page, f.Top, lowest)
	}
	if f.Page >= len(pages) || len(pages[f.Page]) < 3 {
		t.Errorf("page %d: reported underfull, but the flow does not go on on page %d", f.Page, f.Page+1)
	}
}

// checkHyphenAcrossPage: MuPDF, which draws the glyphs as they are (not
// the whole word the text layer says), sees the reported page's last line
// of body text end in a hyphen and the next page's first go on in lower
// case.
func checkHyphenAcrossPage(t *testing.T, f compositionFinding, pages [][]pdftest.Block, th layout.Theme) {
	t.Helper()
	body := linesOfSize(pages[f.Page-1], th.Body.Size.Points())
	next := linesOfSize(pages[f.Page], th.Body.Size.Points())
	if len(body) == 0 || len(next) == 0 {
		t.Fatalf("pages %d and %d: no body text", f.Page, f.Page+1)
	}
	if last := body[len(body)-1].Last(); last.C != '-' {
		t.Errorf("page %d: its last body line ends in %q, yet check reports %s", f.Page, last.C, f.Message)
	}
	if first := next[0][0].C; !unicode.IsLower(first) {
		t.Errorf("page %d: its first body line begins with %q, not the rest of a word", f.Page+1, first)
	}
}

// linesOfSize are the lines of a page set in the given size.
func linesOfSize(blocks []pdftest.Block, size float64) []pdftest.Line {
	var out []pdftest.Line
	for _, b := range blocks {
		for _, l := range b {
			if math.Abs(l[0].Size-size) < 0.3 {
				out = append(out, l)
			}
		}
	}
	return out
}

// endsHyphenated reports whether a line of the given size ends in a hyphen.
func endsHyphenated(blocks []pdftest.Block, size float64) bool {
	for _, b := range blocks {
		for _, l := range b {
			if math.Abs(l.Last().Size-size) < 0.3 && l.Last().C == '-' {
				return true
			}
		}
	}
	return false
}

// topmostLine is the text of a page's highest line.
func topmostLine(lines []pdftest.BBoxLine) string {
	var top *pdftest.BBoxLine
	for i := range lines {
		if top == nil || lines[i].YMin < top.YMin {
			top = &lines[i]
		}
	}
	if top == nil {
		return ""
	}
	return top.Text()
}

// TestCheckStrictFailsOnComposition: with -strict the composition
// findings are failures and check exits 1; the text report lists them
// under composition with their page, kind and position.
func TestCheckStrictFailsOnComposition(t *testing.T) {
	t.Parallel()
	path := faultyEvent(t)
	findings, code := compositionReport(t, "-strict", path)
	if code != exitFailed {
		t.Errorf("check -strict exited %d with %d composition findings, want %d", code, len(findings), exitFailed)
	}
	for _, f := range findings {
		if f.Status != "fail" {
			t.Errorf("with -strict a %s is %q, want fail", f.Kind, f.Status)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "-strict", path}, &stdout, &stderr); code != exitFailed {
		t.Errorf("check -strict (text) exited %d", code)
	}
	text := stdout.String()
	for _, want := range []string{"composition: ", "FAIL  page ", "underfull-page", "hyphen-across-page", "sections[3].title", "verdict: FAIL"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text report lacks %q:\n%s", want, text)
		}
	}
	// The same event without -strict passes, its findings warnings.
	stdout.Reset()
	if code := run([]string{"check", path}, &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "WARN  page ") {
		t.Errorf("check without -strict exited %d:\n%s", code, stdout.String())
	}
}
