package fonts

import "testing"

// TestAllowedForStatement: the typefaces Annex IX 1.3 names pass by their
// PostScript names as fonts and PDFs write them (subset tag, style,
// foundry suffix); other typefaces whose names contain one of them do
// not, nor does the built-in sans.
func TestAllowedForStatement(t *testing.T) {
	for face, want := range map[string]bool{
		"Ubuntu-Regular": true, "ABCDEF+Ubuntu-Regular": true, "ArialMT": true, "Arial-BoldMT": true,
		"Verdana": true, "TrebuchetMS": true, "Calibri-Bold": true, "Tahoma": true, "EBGaramond-Regular": true,
		"LiberationSans-Regular": false, "UbuntuMono-Regular": false, "AutourOne-Regular": false, "ArialNarrow": false,
	} {
		if got := AllowedForStatement(face); got != want {
			t.Errorf("%s: allowed %v, want %v", face, got, want)
		}
	}
}
