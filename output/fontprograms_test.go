package output

import (
	"bytes"
	"reflect"
	"testing"

	"brochure/fonts"
)

// TestFontProgramsByFont: the font programs made on all cores, largest
// subset first, are each font's own, at its place in the fonts' order,
// with or without a font cache — for fonts of very different sizes in an
// order that is not largest first.
func TestFontProgramsByFont(t *testing.T) {
	texts := []string{"ab", "Die Fachtagung „Stadt – Land – Flucht“ 2024", "xyz", "Übergänge: 0123456789 €", "q"}
	styles := []fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic, fonts.Regular}
	for _, cache := range []*FontCache{nil, NewFontCache(16, 64<<20)} {
		d := &document{fontCache: cache}
		for i, text := range texts {
			e := newEmbeddedFont(fonts.Sans().Face(styles[i]), "F")
			for _, r := range text {
				e.cid(r)
			}
			d.fontOrder = append(d.fontOrder, e)
		}
		got := d.fontPrograms()
		for i, e := range d.fontOrder {
			want := e.program()
			if !reflect.DeepEqual(got[i], want) || !bytes.Equal(got[i].flate, want.flate) {
				t.Errorf("cache %v: font %d (%q) got another font's program (%d bytes, want %d)", cache != nil, i, texts[i], got[i].size, want.size)
			}
		}
	}
}
