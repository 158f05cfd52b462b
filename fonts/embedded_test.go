package fonts

import (
	"os"
	"testing"

	"github.com/go-text/typesetting/font"
)

// embeddedFaceSet returns fresh faces of the nine embedded faces (Liberation
// Serif and Sans in four styles, Ubuntu Regular for the statement), opened
// as a build opens them, with the full parse of each beside it.
func embeddedFaceSet(t *testing.T) (opened, parsed []*Face) {
	t.Helper()
	for _, fam := range []*Family{Serif(), Sans()} {
		for st := Regular; st <= BoldItalic; st++ {
			o, p := openedAndParsed(t, fam, st)
			opened, parsed = append(opened, o), append(parsed, p)
		}
	}
	o, p := openedAndParsed(t, Statement(), Regular)
	return append(opened, o), append(parsed, p)
}

// openedAndParsed returns a fresh face of one embedded style, opened as a
// build opens it, and the full parse of the same font.
func openedAndParsed(tb testing.TB, fam *Family, st Style) (opened, parsed *Face) {
	tb.Helper()
	name := faceName(fam.Name, int(st))
	data := fam.Face(st).Data
	opened, err := openEmbedded(name, data)
	if err != nil {
		tb.Fatal(err)
	}
	if parsed, err = Parse(name, data); err != nil {
		tb.Fatal(err)
	}
	return opened, parsed
}

// TestEmbeddedGlyphsMatchTheFonts holds embedded_glyphs.go to the fonts:
// every embedded face has its entry, and a face opened from it has the
// metrics and descriptor facts of a full parse, and the same glyph for
// every character of the ranges and beyond them (stale after a change of
// the fonts: go run ./assets/gen/fontglyphs).
func TestEmbeddedGlyphsMatchTheFonts(t *testing.T) {
	opened, parsed := embeddedFaceSet(t)
	n := 0
	for _, k := range knownRanges {
		n += int(k.Hi - k.Lo)
	}
	for i, o := range opened {
		p := parsed[i]
		if o.known == "" || len(o.known) != 2*n {
			t.Fatalf("%s: no generated glyphs (%d bytes for %d characters)", o.Name, len(o.known), n)
		}
		if o.Ascent != p.Ascent || o.Descent != p.Descent || o.CapHeight != p.CapHeight || o.XHeight != p.XHeight ||
			o.BBox != p.BBox || o.ItalicAngle != p.ItalicAngle || o.Weight != p.Weight || o.FixedPitch != p.FixedPitch {
			t.Errorf("%s: opened %+v, parsed %+v", o.Name, o.descriptorForTest(), p.descriptorForTest())
		}
		for r := rune(0); r < 0x30000; r++ {
			if r == 0xD800 {
				r = 0xE000 // no surrogates
			}
			g1, ok1 := o.Glyph(r)
			g2, ok2 := p.Glyph(r)
			if g1 != g2 || ok1 != ok2 {
				t.Fatalf("%s: glyph of %U: %d %v, the font says %d %v", o.Name, r, g1, ok1, g2, ok2)
			}
		}
	}
}

// TestEmbeddedKerningMatchesTheFonts holds the generated Latin-1 kerning
// of embedded_glyphs.go to the fonts: a face opened from it kerns every
// pair of runes below latinRunes as a full parse does, from the table,
// without reading its GPOS lookups (stale after a change of the fonts:
// go run ./assets/gen/fontglyphs).
func TestEmbeddedKerningMatchesTheFonts(t *testing.T) {
	opened, parsed := embeddedFaceSet(t)
	for i, o := range opened {
		p := parsed[i]
		if !o.kerning.tabled || len(o.kerning.table) == 0 || p.kerning.tabled {
			t.Fatalf("%s: opened from a table %v (%d bytes), parsed from one %v", o.Name, o.kerning.tabled, len(o.kerning.table), p.kerning.tabled)
		}
		for l := rune(0); l < latinRunes; l++ {
			for r := rune(0); r < latinRunes; r++ {
				if got, want := o.Kern(l, r), p.Kern(l, r); got != want {
					t.Fatalf("%s: kern %q: %d from the table, the font says %d", o.Name, string([]rune{l, r}), got, want)
				}
			}
		}
		for l := range o.kerning.latin {
			if o.kerning.latin[l].Load() != nil {
				t.Fatalf("%s: a row of looked-up pairs was made for %q", o.Name, rune(l))
			}
		}
		if o.kerning.gpos != nil {
			t.Errorf("%s: its GPOS lookups were read for Latin-1 pairs", o.Name)
		}
	}
}

// TestEmbeddedFacesSetTextWithoutGoText: a fresh embedded face answers
// what German text asks — glyphs, advances, kerning, in- and outside
// Latin-1 — without go-text's parse, which a character beyond the ranges
// then makes.
func TestEmbeddedFacesSetTextWithoutGoText(t *testing.T) {
	opened, parsed := embeddedFaceSet(t)
	text := []rune("„Größe“ – Straße, ẞ, 10 000 € … ‚Qualitätssicherung‘ – ÆØÅ œ ǅ → fi")
	for i, f := range opened {
		for j, r := range text {
			if f.Advance(r) != parsed[i].Advance(r) {
				t.Errorf("%s: advance of %U: %d, want %d", f.Name, r, f.Advance(r), parsed[i].Advance(r))
			}
			if j > 0 && f.Kern(text[j-1], r) != parsed[i].Kern(text[j-1], r) {
				t.Errorf("%s: kern %q", f.Name, string(text[j-1:j+1]))
			}
		}
		if f.ot != nil {
			t.Errorf("%s: go-text parsed the face for Latin text", f.Name)
		}
		if f.Has('Ω') != parsed[i].Has('Ω') || f.ot == nil {
			t.Errorf("%s: Greek answered without go-text", f.Name)
		}
	}
}

// TestGlyphAdvanceReadsAsGoText: the advances read from hmtx in place are
// go-text's for every glyph (and past the last) of the embedded faces and,
// when installed, DejaVu's (fewer long metrics than glyphs).
func TestGlyphAdvanceReadsAsGoText(t *testing.T) {
	_, faces := embeddedFaceSet(t)
	for _, path := range []string{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Logf("%s not installed (apt-get install fonts-dejavu-core)", path)
			continue
		}
		f, err := Parse(path, data)
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, f)
	}
	for _, f := range faces {
		for g := 0; g <= f.sfnt.numGlyphs+2 && g <= 0xFFFF; g++ {
			want := f.thousandths(float64(f.goText().HorizontalAdvance(font.GID(g))))
			if got := f.GlyphAdvance(uint16(g)); got != want {
				t.Fatalf("%s: advance of glyph %d: %d, go-text %d", f.Name, g, got, want)
			}
		}
	}
}

// descriptorForTest is what a face's font descriptor and layout take
// from it, for messages.
func (f *Face) descriptorForTest() []any {
	return []any{f.Ascent, f.Descent, f.CapHeight, f.XHeight, f.BBox, f.ItalicAngle, f.Weight, f.FixedPitch}
}

// BenchmarkKernLatin kerns the pairs of German text on an embedded face:
// from the generated table (opened) and from the rows of looked-up pairs
// a parsed face fills (parsed, warm after the first pass).
func BenchmarkKernLatin(b *testing.B) {
	text := []rune("Für eine erfolgreiche Integration gibt es vielfältige Voraussetzungen. Zu den persönlichen " +
		"Rahmenbedingungen zählen Wohnraum, „Arbeit“ und Teilhabe – AVANTGARDE, Tagung 2024.")
	opened, parsed := openedAndParsed(b, Serif(), Regular)
	for _, f := range []struct {
		name string
		face *Face
	}{{"table", opened}, {"rows", parsed}} {
		b.Run(f.name, func(b *testing.B) {
			sum := 0
			for b.Loop() {
				for i := 1; i < len(text); i++ {
					sum += f.face.Kern(text[i-1], text[i])
				}
			}
			if sum == 0 {
				b.Fatal("no kerning in the text")
			}
		})
	}
}
