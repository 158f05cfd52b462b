package pdfread

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// logo is a one-page file whose page draws content with the given
// resources; extra objects follow as objects 5, 6, ….
func logo(resources, content string, extra ...string) []byte {
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] /Resources " + resources + " /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	return writePDF(append(objects, extra...), "")
}

// form is a form XObject drawing content with the given resources.
func form(resources, content string) string {
	return fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources %s /Length %d >>\nstream\n%s\nendstream",
		resources, len(content), content)
}

func TestCheckArtwork(t *testing.T) {
	many := func(op string, n int) string { return strings.Repeat(op+"\n", n) }
	cases := []struct {
		name string
		data []byte
		want string // "" for accepted
	}{
		{"plain", logo("<< >>", "1 0 0 rg 0 0 10 10 re f"), ""},
		{"form drawn 1000 times", logo("<< /XObject << /F 5 0 R >> >>", many("/F Do", 1000), form("<< >>", "0 0 1 1 re f")), ""},
		{"indexed base is itself", logo("<< /ColorSpace << /C 5 0 R >> >>", "/C cs 0 sc 0 0 1 1 re f", "[/Indexed 5 0 R 1 <000000FFFFFF>]"),
			"the colour space (object 5) refers to itself"},
		{"name loop", logo("<< /ColorSpace << /A /B /B /A >> >>", "/A cs 0 0 1 1 re f"), "the colour space A refers to itself"},
		{"indexed over a name loop", logo("<< /ColorSpace << /A [/Indexed /B 1 <00FF>] /B [/Indexed /A 1 <00FF>] >> >>", "/A cs"),
			"refers to itself"},
		{"separation alternate loop", logo("<< /ColorSpace << /S 5 0 R >> >>", "/S cs", "[/Separation /Gold 5 0 R << /FunctionType 2 /Domain [0 1] /N 1 >>]"),
			"refers to itself"},
		{"spaces 20 deep", logo("<< /ColorSpace << "+chain("C", 20)+" >> >>", "/C0 cs"), "nested more than 12 deep"},
		{"form draws itself", logo("<< /XObject << /F 5 0 R >> >>", "/F Do", form("<< /XObject << /F 5 0 R >> >>", "/F Do")), "the form F draws itself"},
		{"form unused, draws itself", logo("<< /XObject << /F 5 0 R >> >>", "0 0 1 1 re f", form("<< /XObject << /F 5 0 R >> >>", "/F Do")), "draws itself"},
		{"stitching function is its own part", logo("<< /Shading << /S 5 0 R >> >>", "/S sh",
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function 6 0 R >>",
			"<< /FunctionType 3 /Domain [0 1] /Functions [6 0 R] /Bounds [] /Encode [0 1] >>"), "the function (object 6) refers to itself"},
		{"shading coordinate out of range", logo("<< /Shading << /S 5 0 R >> >>", "/S sh",
			"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 "+strings.Repeat("9", 40)+".5 0] /Function << /FunctionType 2 /Domain [0 1] /N 1 >> >>"),
			"is out of PDF's range"},
		{"integer out of range", logo("<< >>", "0 0 99999999999 1 re f"), "is out of PDF's range"},
		{"too many operators", logo("<< >>", many("q Q", MaxOperations/2+1)), "more than 200000 operators"},
		{"form multiplies operators", logo("<< /XObject << /F 5 0 R >> >>", many("/F Do", 2000), form("<< >>", many("0 g", 200))),
			"more than 200000 operators are drawn"},
		{"too many segments", logo("<< >>", many("0 0 1 1 re", MaxSegments/5+1)), "more than 200000 path segments"},
		{"forms 20 deep", logo("<< /XObject << /F 5 0 R >> >>", "/F Do", formChain(20)...), "forms are nested more than 12 deep"},
	}
	for _, c := range cases {
		f, err := Open(c.data, DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		pages, err := f.Pages()
		if err != nil || len(pages) != 1 {
			t.Fatalf("%s: pages %v", c.name, err)
		}
		err = f.CheckArtwork(pages[0])
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		case strings.Contains(c.want, "more than 2000") && !errors.Is(err, ErrTooComplex):
			t.Errorf("%s: %v is not ErrTooComplex", c.name, err)
		}
	}
}

// chain is colour spaces C0 … Cn-1, each an Indexed space over the next.
func chain(prefix string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "/%s%d [/Indexed /%s%d 1 <00FF>] ", prefix, i, prefix, i+1)
	}
	return b.String()
}

// formChain is n forms (objects 5 …), each drawing the next.
func formChain(n int) []string {
	out := make([]string, n)
	for i := range n {
		out[i] = form(fmt.Sprintf("<< /XObject << /F %d 0 R >> >>", i+6), "/F Do")
	}
	out[n-1] = form("<< >>", "0 0 1 1 re f")
	return out
}
