package layout

import (
	"testing"

	"brochure/content"
)

// TestThemeBreakParams: the [justification] keys reach the line breaker's
// parameters, each to its own field (the spaces' shrink apart from their
// stretch).
func TestThemeBreakParams(t *testing.T) {
	ct, err := content.ParseTheme("theme.toml", []byte("[justification]\nspace_flexibility = 60\nshrink_flexibility = 90\nhyphen_demerits = 7000\n"), t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	th, err := NewTheme(ct)
	if err != nil {
		t.Fatal(err)
	}
	if b := th.Break; b.SpaceFlexibility != 60 || b.ShrinkFlexibility != 90 || b.HyphenDemerits != 7000 {
		t.Errorf("break parameters: space flexibility %d, shrink flexibility %d, hyphen demerits %d; want 60, 90, 7000",
			b.SpaceFlexibility, b.ShrinkFlexibility, b.HyphenDemerits)
	}
}
