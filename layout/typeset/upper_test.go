package typeset

import (
	"testing"

	"brochure/fonts"
)

// TestUpperSharpS: capitals set ß as the capital ẞ where the face has it,
// but letter-spaced capitals (labels) take SS, as does a ẞ typed as such;
// text without ß is only uppercased.
func TestUpperSharpS(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	if !face.Has('ẞ') {
		t.Fatal("the sans face has no ẞ: the case does not test the choice")
	}
	cases := []struct {
		in     string
		spaced bool
		want   string
	}{
		{"Grußwort", true, "GRUSSWORT"},
		{"GRUẞWORT", true, "GRUSSWORT"},
		{"Grußwort", false, "GRUẞWORT"},
		{"Straße", false, "STRAẞE"},
		{"Vortrag", true, "VORTRAG"},
		{"Workshop A", true, "WORKSHOP A"},
	}
	for _, c := range cases {
		if got := upperGerman(c.in, face, c.spaced); got != c.want {
			t.Errorf("upperGerman(%q, spaced %v) = %q, want %q", c.in, c.spaced, got, c.want)
		}
	}
	// Through a paragraph: a letter-spaced label.
	st := TextStyle{Family: fonts.Sans(), Size: Pt(8.5), Leading: Pt(10), Upper: true, Tracking: 120}
	p := NewParagraph(plain("Grußwort"), st, nil)
	text := ""
	for _, n := range p.Nodes {
		text += n.Text
	}
	if text != "GRUSSWORT" {
		t.Errorf("letter-spaced label reads %q, want GRUSSWORT", text)
	}
}
