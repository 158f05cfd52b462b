package output

import "testing"

func TestCanonicalSortsDictionaryKeys(t *testing.T) {
	cases := map[string]string{
		`<</Type /Page /Parent 1 0 R /Annots [<</B 2 /A (x\) y)>> 7 0 R]>>`: `<</Annots [<</A (x\) y) /B 2 >> 7 0 R] /Parent 1 0 R /Type /Page >>`,
		"<< /Z <</Y 1 /X [1 2 0 R 3]>> /A <FEFF0041> >>":                    "<</A <FEFF0041> /Z <</X [1 2 0 R 3] /Y 1 >> >>",
		"[1 0 R 2 0 R]":   "[1 0 R 2 0 R]",
		"<< /Broken [ >>": "<< /Broken [ >>", // unparsable text stays as it was
		"42":              "42",
	}
	for in, want := range cases {
		if got := string(canonical([]byte(in))); got != want {
			t.Errorf("canonical(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
