package layout

import (
	"testing"

	"brochure/fonts"
)

// TestSectionContextComparesFaces: a sections' context names a loaded
// family by its four faces, not its address and not the faces' printed
// addresses: two families of the same faces (the font cache's, loaded
// again) give equal contexts, a family with one face another does not,
// and a built-in family is itself.
func TestSectionContextComparesFaces(t *testing.T) {
	serif, sans := fonts.Serif(), fonts.Sans()
	styles := []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic}
	var faces [4]*fonts.Face
	for k, st := range styles {
		faces[k] = serif.Face(st)
	}
	a, _ := fonts.FamilyOf("A", faces)
	b, _ := fonts.FamilyOf("B", faces)
	faces[2] = sans.Face(fonts.Italic)
	other, _ := fonts.FamilyOf("A", faces)
	ctx := func(fams ...*fonts.Family) *sectionContext {
		c := &sectionContext{source: "content.toml"}
		for _, f := range fams {
			c.families = append(c.families, familyFacesOf(f))
		}
		return c
	}
	switch {
	case !ctx(a, serif).equal(ctx(b, serif)):
		t.Error("two families of the same faces give different contexts")
	case ctx(a, serif).equal(ctx(other, serif)):
		t.Error("families that differ in a face give equal contexts")
	case ctx(a, serif).equal(ctx(a, sans)):
		t.Error("the two built-in families give equal contexts")
	case ctx(a, nil).equal(ctx(a, serif)):
		t.Error("no family and the built-in serif give equal contexts")
	}
}
