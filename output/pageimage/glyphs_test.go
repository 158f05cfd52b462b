package pageimage

import (
	"reflect"
	"testing"

	"github.com/go-fonts/liberation/liberationsansregular"

	"brochure/fonts"
)

// TestOutlineCacheIsBounded: the renderer's outline cache, which lives as
// long as the preview, holds at most its bound of faces and glyphs when
// new faces keep coming (a font file changed again and again), and still
// gives every glyph's outline as a fresh cache does.
func TestOutlineCacheIsBounded(t *testing.T) {
	o := newOutlines()
	o.maxFaces, o.maxGlyphs = 3, 50
	fresh := newOutlines()
	for i := range 8 {
		face, err := fonts.Parse("sans", liberationsansregular.TTF)
		if err != nil {
			t.Fatal(err)
		}
		for gid := uint16(1); gid < 40; gid++ {
			segs, _, err := o.glyph(face, gid)
			if err != nil {
				t.Fatal(err)
			}
			want, _, _ := fresh.glyph(face, gid)
			if !reflect.DeepEqual(segs, want) {
				t.Fatalf("face %d, glyph %d: the bounded cache gives another outline", i, gid)
			}
			if len(o.fonts) > o.maxFaces || len(o.glyphs) > o.maxGlyphs {
				t.Fatalf("face %d, glyph %d: %d faces and %d glyphs cached, bounds %d and %d", i, gid, len(o.fonts), len(o.glyphs), o.maxFaces, o.maxGlyphs)
			}
		}
	}
}
