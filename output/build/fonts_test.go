package build

import (
	"brochure/output/pdftest"
	"brochure/output/testevent"
	"regexp"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationmonoregular"
)

// TestExampleFontsAreEmbedded: pdffonts finds the four faces in use, each
// embedded with a map to Unicode.
func TestExampleFontsAreEmbedded(t *testing.T) {
	t.Parallel()
	pdf := examplePDF(t, "", Print)
	rows := pdftest.Fonts(t, pdf)
	if len(rows) < 4 {
		t.Fatalf("pdffonts lists %d fonts, want at least the four faces in use", len(rows))
	}
	for _, f := range rows {
		if f.Embedded != "yes" || f.Unicode != "yes" {
			t.Errorf("font %s: embedded=%s unicode-map=%s, want yes/yes", f.Name, f.Embedded, f.Unicode)
		}
	}
}

// TestCustomTrueTypeFamilyFromTheme: a family of TrueType files named in
// the theme is embedded as a subset, and the text set in it extracts.
func TestCustomTrueTypeFamilyFromTheme(t *testing.T) {
	t.Parallel()
	pdf := writtenPDF(t, testevent.ExampleWithFontFamily(t, liberationmonoregular.TTF), Print)
	names := ""
	for _, f := range pdftest.Fonts(t, pdf) {
		names += f.Name + " "
		if f.Embedded != "yes" || f.Subset != "yes" {
			t.Errorf("%s: embedded %s, subset %s", f.Name, f.Embedded, f.Subset)
		}
	}
	if !regexp.MustCompile(`[A-Z]{6}\+Mono-Regular`).MatchString(names) {
		t.Errorf("the theme's font is not in the PDF: %s", names)
	}
	if !strings.Contains(pdftest.Comparable(tool(t, "pdftotext", pdf, "-")), pdftest.Comparable("Zuwanderung mindert den demografischen")) {
		t.Errorf("text set in the custom font is not extractable")
	}
}

// TestFontsAgreeWithTheirPrograms: in the example and the second event,
// print and screen, every character drawn maps to a real glyph of its
// embedded program, with that glyph's width in /W and its character in
// ToUnicode, as an independent reader (pikepdf) finds them.
func TestFontsAgreeWithTheirPrograms(t *testing.T) {
	t.Parallel()
	for _, e := range []Edition{Print, Screen} {
		for name, pdf := range map[string]string{"example": examplePDF(t, "", e), "second event": secondEventPDF(t, e)} {
			if out, ok := pdftest.CheckFonts(t, pdf); !ok {
				t.Errorf("%s, %s edition: the fonts disagree with their programs:\n%s", name, e, out)
			}
		}
	}
}
