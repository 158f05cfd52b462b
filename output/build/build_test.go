package build

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/preflight"
)

// TestEditionDecisions: each edition's decisions for the layout, the
// written file and preflight, from one place. Only the print edition of
// a theme that pads its pages is bound; only print expects process
// colours; each edition gets its standard's profile.
func TestEditionDecisions(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		edition        Edition
		pageMultiple   int
		bound          bool
		standard       string
		bleed, process bool
	}{
		{Print, 4, true, "PDF/X-4", true, true},
		{Print, 1, false, "PDF/X-4", true, true},
		{Screen, 4, false, "PDF/A-2A", false, false},
		{Screen, 1, false, "PDF/A-2A", false, false},
	} {
		name := c.edition.String()
		if got := c.edition.layoutOptions(layout.Theme{PageMultiple: c.pageMultiple}); got.Bound != c.bound {
			t.Errorf("%s, page multiple %d: bound %v, want %v", name, c.pageMultiple, got.Bound, c.bound)
		}
		prof, err := c.edition.profile(Printing{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		standard := prof.PDFX
		if prof.PDFAPart != 0 {
			standard = "PDF/A-2" + prof.PDFAConformance
		}
		if standard != c.standard || prof.Bleed != c.bleed {
			t.Errorf("%s: profile %s with bleed %v, want %s with bleed %v", name, standard, prof.Bleed, c.standard, c.bleed)
		}
		want := c.edition.expectations(prof)
		if want.Edition != name || want.ProcessColours != c.process || want.Profile.Intent.Identifier != prof.Intent.Identifier || want.Profile.PDFX != prof.PDFX {
			t.Errorf("%s: expectations %q, process colours %v; want %q, %v, and the file's profile", name, want.Edition, want.ProcessColours, name, c.process)
		}
		if images := map[bool]preflight.Resolution{true: preflight.PrintResolution(), false: preflight.ScreenResolution()}[c.process]; want.Images != images {
			t.Errorf("%s: pictures wanted at %+v, want %+v", name, want.Images, images)
		}
	}
}

// TestPrintingConditions: crop marks and the printing condition reach
// the print profile; a condition other than FOGRA39 without its profile,
// or with a profile that is not a CMYK printer profile, is a
// SettingError; the screen edition ignores them.
func TestPrintingConditions(t *testing.T) {
	t.Parallel()
	prof, err := Print.profile(Printing{Marks: true})
	if err != nil || !prof.Marks || prof.Intent.Identifier != output.DefaultOutputCondition {
		t.Errorf("print with marks: %v, marks %v, condition %q", err, prof.Marks, prof.Intent.Identifier)
	}
	_, err = Print.profile(Printing{Condition: "FOGRA51"})
	var setting SettingError
	if !errors.As(err, &setting) || !strings.Contains(setting.Msg, `-output-condition FOGRA51: needs its ICC profile`) {
		t.Errorf("FOGRA51 without a profile: %v, want a SettingError naming it", err)
	}
	_, err = Print.profile(Printing{Condition: "sRGB", ICC: assets.SRGBProfile})
	if !errors.As(err, &setting) || !strings.Contains(setting.Msg, "output (printer) profile") {
		t.Errorf("a display profile as the printing condition's: %v, want a SettingError", err)
	}
	if prof, err := Screen.profile(Printing{Condition: "FOGRA51", Marks: true}); err != nil || prof.Marks {
		t.Errorf("screen with print settings: %v, marks %v", err, prof.Marks)
	}
}

// TestRunEditions builds the example as both editions: the print
// edition is padded to a multiple of four pages and ends on the back
// cover; the screen edition has neither; each written file passes the
// checks of its own edition, which the report names.
func TestRunEditions(t *testing.T) {
	t.Parallel()
	pages := map[Edition]int{}
	for _, e := range []Edition{Print, Screen} {
		loaded := 0
		res, err := Run(Request{Edition: e, Creator: "test", Loaded: func(doc *content.Document, size int) {
			loaded++
			if size != len(assets.ExampleContent) || doc == nil {
				t.Errorf("%s: loaded with %d bytes, want the example's %d", e, size, len(assets.ExampleContent))
			}
		}})
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		if loaded != 1 {
			t.Errorf("%s: Loaded called %d times, want once", e, loaded)
		}
		laid := res.Layout
		pages[e] = len(laid.Pages)
		backCover := laid.Pages[len(laid.Pages)-1].Kind == layout.BackCoverPage
		if bound := e == Print; backCover != bound || bound && len(laid.Pages)%4 != 0 {
			t.Errorf("%s: %d pages, ending on a back cover %v", e, len(laid.Pages), backCover)
		}
		pdf, err := res.PDF()
		if err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		report := res.Check(pdf)
		if report.Edition != e.String() {
			t.Errorf("%s: the report names the %q edition", e, report.Edition)
		}
		for _, f := range report.Findings {
			if (f.Rule == "colour-model" || f.Rule == "output-intent" || f.Rule == "page-boxes") && f.Status != "pass" {
				t.Errorf("%s: %s %s: %s", e, f.Rule, f.Status, f.Message)
			}
		}
	}
	if pages[Screen] >= pages[Print] {
		t.Errorf("the screen edition has %d pages, print %d: the screen edition is padded", pages[Screen], pages[Print])
	}
}

// exampleWith writes the example content, with old replaced by new, and
// a photo beside it into a new folder, and returns the content's path.
func exampleWith(t *testing.T, old, new string) string {
	t.Helper()
	src := string(assets.ExampleContent)
	if !strings.Contains(src, old) {
		t.Fatalf("the example has no %q", old)
	}
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 600, 400))); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "content.toml")
	for name, data := range map[string][]byte{"foto.png": buf.Bytes(), "content.toml": []byte(strings.Replace(src, old, new, 1))} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestScreenRequiresAltText: a picture without alternate text refuses
// the screen edition, at its line and key; print sets it with a warning.
func TestScreenRequiresAltText(t *testing.T) {
	t.Parallel()
	const speakers = "  [[sections.speakers]]\n  name = \"Robert Fischer & Christina Wagner\""
	path := exampleWith(t, speakers, "  [[sections.images]]\n  file = \"foto.png\"\n  caption = \"Ohne Alternativtext\"\n\n"+speakers)
	_, err := Run(Request{ContentPath: path, Edition: Screen})
	var diags content.Diagnostics
	want := regexp.MustCompile(`content\.toml:\d+:\d+: sections\[\d+\]\.images\[0\]\.alt: the picture "foto\.png" has no alt text`)
	if !errors.As(err, &diags) || len(diags) != 1 || !want.MatchString(err.Error()) {
		t.Errorf("screen: %v; want one diagnostic matching %s", err, want)
	}
	res, err := Run(Request{ContentPath: path, Edition: Print})
	if err != nil {
		t.Fatalf("print: %v", err)
	}
	warned := false
	for _, w := range res.Warnings() {
		warned = warned || w.Kind == layout.WarnMissingAlt
	}
	if !warned {
		t.Error("print: no warning about the missing alt text")
	}
}

// TestScreenRequiresContrast: a theme whose accent is too light for the
// labels on white and for the cover's white lines on it refuses the
// screen edition with two diagnostics at theme.toml's colours.accent,
// and the print edition is built with two low-contrast warnings.
func TestScreenRequiresContrast(t *testing.T) {
	t.Parallel()
	path := exampleWith(t, "[document]", "theme = \"theme.toml\"\n\n[document]")
	theme := "[colours]\naccent = { cmyk = [0, 40, 30, 0], rgb = \"#F0A0A8\" }\n"
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "theme.toml"), []byte(theme), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Run(Request{ContentPath: path, Edition: Screen})
	var diags content.Diagnostics
	want := regexp.MustCompile(`theme\.toml:2:1: colours\.accent: roles\.label sets accent \(#F0A0A8\) on paper`)
	if !errors.As(err, &diags) || len(diags) != 2 || !want.MatchString(err.Error()) {
		t.Errorf("screen: %v; want two diagnostics, the first matching %s", err, want)
	}
	res, err := Run(Request{ContentPath: path, Edition: Print})
	if err != nil {
		t.Fatalf("print: %v", err)
	}
	warned := 0
	for _, w := range res.Warnings() {
		if w.Kind == layout.WarnLowContrast {
			warned++
		}
	}
	if warned != 2 {
		t.Errorf("print: %d low-contrast warnings, want 2", warned)
	}
}

// TestQRCodeThatCannotBeMadeRefusesTheBuild: an address too long for a
// QR code refuses both editions with one line at the link's key.
func TestQRCodeThatCannotBeMadeRefusesTheBuild(t *testing.T) {
	t.Parallel()
	const url = `url = "https://bleibdranplus.de/wp-content/uploads/240626_S_TH_Gefluechtete_Regionaldirektion.pdf"`
	path := exampleWith(t, url, `url = "https://example.org/`+strings.Repeat("a", 3000)+`"`)
	for _, e := range []Edition{Print, Screen} {
		res, err := Run(Request{ContentPath: path, Edition: e})
		var refused Refusal
		if !errors.As(err, &refused) || len(refused) != 1 || res != nil {
			t.Errorf("%s: %v; want one refused block and no result", e, err)
			continue
		}
		if want := regexp.MustCompile(`content\.toml:\d+:\d+: sections\[2\]\.presentations\[0\]: the address ".*" is too long for a QR code`); !want.MatchString(err.Error()) {
			t.Errorf("%s: %q does not match %s", e, err, want)
		}
	}
}

// iccProfile is a minimal ICC profile: a header of the given class and
// colour space and one tag, of the given signature, at off.
func iccProfile(class, space, tag string, off uint32) []byte {
	p := make([]byte, 132+12+16)
	binary.BigEndian.PutUint32(p[0:4], uint32(len(p)))
	copy(p[12:16], class)
	copy(p[16:20], space)
	copy(p[36:40], "acsp")
	binary.BigEndian.PutUint32(p[128:132], 1)
	copy(p[132:136], tag)
	binary.BigEndian.PutUint32(p[136:140], off)
	binary.BigEndian.PutUint32(p[140:144], 16)
	return p
}

// TestCheckICCProfile: the print edition's output profile must be a
// whole CMYK printer profile with a conversion table.
func TestCheckICCProfile(t *testing.T) {
	t.Parallel()
	good := iccProfile("prtr", "CMYK", "A2B0", 144)
	wrongSize := append(iccProfile("prtr", "CMYK", "A2B0", 144), 0)
	noTags := iccProfile("prtr", "CMYK", "A2B0", 144)
	binary.BigEndian.PutUint32(noTags[128:132], 0)
	for _, c := range []struct {
		name string
		p    []byte
		want string
	}{
		{"a CMYK printer profile", good, ""},
		{"not a profile", []byte("%PDF-1.7"), "not an ICC profile"},
		{"the sRGB display profile", assets.SRGBProfile, `the profile's class is "mntr"`},
		{"an RGB printer profile", iccProfile("prtr", "RGB ", "A2B0", 144), `colour space is "RGB "`},
		{"a size that is not the file's", wrongSize, "the file has 161: it is damaged"},
		{"no tags", noTags, "tag table is damaged"},
		{"a tag outside the profile", iccProfile("prtr", "CMYK", "A2B0", 150), "lies outside it"},
		{"no A2B0 table", iccProfile("prtr", "CMYK", "B2A0", 144), "no A2B0 table"},
	} {
		err := CheckICCProfile(c.p)
		var setting SettingError
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != "" && (!errors.As(err, &setting) || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: %v; want a SettingError containing %q", c.name, err, c.want)
		}
	}
}

// TestExampleAsksForNoFile (issue 22, item 7): the built-in example warns
// about nothing, not even its funder's missing logo, which nobody can add
// to an example embedded in the program; a copy the user owns, with the
// same content, still warns at the logo's key, and the example's messages
// name the built-in example, not a content.toml.
func TestExampleAsksForNoFile(t *testing.T) {
	t.Parallel()
	res, err := Run(Request{Edition: Print})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings() {
		t.Errorf("the built-in example warns: %s: %s", w.Where, w.Msg)
	}
	if at := res.Content.At("funding.funders[0].logo"); !strings.HasPrefix(at, ExampleSource+":") {
		t.Errorf("the example's logo key is named %q; want it to name the %s", at, ExampleSource)
	}
	path := filepath.Join(t.TempDir(), "content.toml")
	if err := os.WriteFile(path, assets.ExampleContent, 0o644); err != nil {
		t.Fatal(err)
	}
	own, err := Run(Request{ContentPath: path, Edition: Print})
	if err != nil {
		t.Fatal(err)
	}
	var logo []string
	for _, w := range own.Warnings() {
		if w.Kind == layout.WarnMissingLogo {
			logo = append(logo, w.Where)
		}
	}
	if len(logo) != 1 || !strings.HasPrefix(logo[0], path+":") || !strings.HasSuffix(logo[0], "funding.funders[0].logo") {
		t.Errorf("a copy of the example warns about its logo at %q; want one warning at %s:…: funding.funders[0].logo", logo, path)
	}
}

// TestWritePDFOnceWritesTheSameFile: a one-shot build's writer, which
// lets go of each page's items once the page is written, writes the same
// bytes as the writer that keeps them, and leaves no page's items
// behind; Warnings and Pages still answer.
func TestWritePDFOnceWritesTheSameFile(t *testing.T) {
	t.Parallel()
	res, err := Run(Request{Edition: Print})
	if err != nil {
		t.Fatal(err)
	}
	var kept, once bytes.Buffer
	if err := res.WritePDF(&kept); err != nil {
		t.Fatal(err)
	}
	warnings, pages := len(res.Warnings()), res.Pages()
	if err := res.WritePDFOnce(&once); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(kept.Bytes(), once.Bytes()) {
		t.Errorf("WritePDFOnce wrote %d bytes unlike WritePDF's %d", once.Len(), kept.Len())
	}
	for i, p := range res.Layout.Pages {
		if p.Items != nil {
			t.Errorf("page %d still holds its %d items after WritePDFOnce", i+1, len(p.Items))
		}
	}
	if len(res.Warnings()) != warnings || res.Pages() != pages {
		t.Errorf("after WritePDFOnce: %d warnings and %d pages, want %d and %d", len(res.Warnings()), res.Pages(), warnings, pages)
	}
}
