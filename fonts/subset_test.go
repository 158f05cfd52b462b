package fonts

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"testing"

	"github.com/go-text/typesetting/font"
)

// TestSubsetKeepsOutlinesAndMetrics subsets each embedded face to the
// glyphs of a German sample (accented letters are composites in
// Liberation) and checks, with go-text as an independent reader, that
// every subset glyph has the outline and advance of its original, that
// composite components were carried along, and that the file's checksums
// are right.
func TestSubsetKeepsOutlinesAndMetrics(t *testing.T) {
	const sample = "Größenänderung „Äpfel“ – Übung ÄÖÜ äöüß 1–2 €"
	for _, fam := range []*Family{Serif(), Sans()} {
		for _, style := range []Style{Regular, Bold, Italic, BoldItalic} {
			face := fam.Face(style)
			glyphs := []uint16{0}
			chars := []rune{0}
			for _, r := range sample {
				chars = append(chars, r)
				g, ok := face.Glyph(r)
				if !ok {
					t.Fatalf("%s lacks %q", face.Name, r)
				}
				glyphs = append(glyphs, g) // repeats are allowed
			}
			data, err := face.Subset(glyphs, chars)
			if err != nil {
				t.Fatalf("%s: %v", face.Name, err)
			}
			orig, err := font.ParseTTF(bytes.NewReader(face.Data)) // with outlines, unlike face.ot
			if err != nil {
				t.Fatal(err)
			}
			sub, err := font.ParseTTF(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: the subset does not parse: %v", face.Name, err)
			}
			if len(data) >= len(face.Data)/4 {
				t.Errorf("%s: subset is %d bytes of %d — not much of a subset", face.Name, len(data), len(face.Data))
			}
			for i, g := range glyphs {
				want, _ := orig.GlyphData(font.GID(g)).(font.GlyphOutline)
				got, _ := sub.GlyphData(font.GID(i)).(font.GlyphOutline)
				if !reflect.DeepEqual(want.Segments, got.Segments) {
					t.Errorf("%s: subset glyph %d (was %d) has %d outline segments, want %d", face.Name, i, g, len(got.Segments), len(want.Segments))
				}
				if r := chars[i]; r != 0 {
					if g, ok := sub.NominalGlyph(r); !ok || int(g) >= len(glyphs) || glyphs[g] != glyphs[i] {
						t.Errorf("%s: the subset's cmap maps %q to glyph %d (ok %v), want a copy of original glyph %d", face.Name, r, g, ok, glyphs[i])
					}
				}
				if a, b := sub.HorizontalAdvance(font.GID(i)), orig.HorizontalAdvance(font.GID(g)); a != b {
					t.Errorf("%s: subset glyph %d advances %v, want %v", face.Name, i, a, b)
				}
			}
			checkSfntChecksums(t, face.Name, data)
		}
	}
}

// checkSfntChecksums verifies every table's checksum and the whole file's
// magic sum.
func checkSfntChecksums(t *testing.T, name string, data []byte) {
	t.Helper()
	n := int(u16(data, 4))
	for i := range n {
		rec := data[12+16*i:]
		off, length := u32(rec, 8), u32(rec, 12)
		tab := append([]byte(nil), data[off:off+length]...)
		if string(rec[:4]) == "head" {
			copy(tab[8:12], []byte{0, 0, 0, 0})
		}
		if got, want := tableChecksum(tab), u32(rec, 4); got != want {
			t.Errorf("%s: table %q checksum %08x, directory says %08x", name, rec[:4], got, want)
		}
	}
	if sum := tableChecksum(data); sum != 0xB1B0AFBA {
		t.Errorf("%s: file sums to %08x, want B1B0AFBA", name, sum)
	}
}

// TestSubsetCarriesCompositeComponents: a composite glyph alone pulls its
// components into the subset, numbered after the given glyphs, and its
// references point at them.
func TestSubsetCarriesCompositeComponents(t *testing.T) {
	face := Serif().Face(Regular)
	src, err := openGlyphs(face.Data)
	if err != nil {
		t.Fatal(err)
	}
	var composite uint16
	for _, r := range "ÄÖÜäöüÅåÉéÈèÇç" {
		g, _ := face.Glyph(r)
		o, _ := src.outline(g)
		if len(o) >= compositeHeader && i16(o, 0) < 0 {
			composite = g
			break
		}
	}
	if composite == 0 {
		t.Fatal("no composite accented glyph found in Liberation Serif")
	}
	data, err := face.Subset([]uint16{0, composite}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := openGlyphs(data)
	if err != nil {
		t.Fatal(err)
	}
	if sub.numGlyphs < 3 {
		t.Fatalf("subset of .notdef and one composite has %d glyphs; its components are missing", sub.numGlyphs)
	}
	o, _ := sub.outline(1)
	var refs []uint16
	components(o, func(at int) { refs = append(refs, u16(o, at)) })
	for _, r := range refs {
		if r < 2 || int(r) >= sub.numGlyphs {
			t.Errorf("component reference %d outside the appended glyphs 2..%d", r, sub.numGlyphs-1)
		}
	}
}

// TestSubsetRejectsBrokenFonts: glyph numbers beyond the font give an
// error, and fonts with damaged tables are refused when they are opened,
// before anything is measured or embedded.
func TestSubsetRejectsBrokenFonts(t *testing.T) {
	face := Sans().Face(Regular)
	if _, err := face.Subset([]uint16{0, 60000}, nil); err == nil {
		t.Error("glyph 60000 of a font with fewer glyphs: no error")
	}
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"header only", face.Data[:12]},
		{"truncated", face.Data[:len(face.Data)/3]},
	} {
		if _, err := Parse(c.name+".ttf", c.data); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

// TestTableChecksumSumsWords: the checksum, four words at a time, is the
// sum of the big-endian words one at a time, the last padded with zeros,
// for every length up to a few words past four and for a whole font.
func TestTableChecksumSumsWords(t *testing.T) {
	oneByOne := func(b []byte) uint32 {
		var sum uint32
		for i := 0; i < len(b); i += 4 {
			var w [4]byte
			copy(w[:], b[i:])
			sum += binary.BigEndian.Uint32(w[:])
		}
		return sum
	}
	data := make([]byte, 41)
	for i := range data {
		data[i] = byte(i*151 + 7)
	}
	for n := range len(data) + 1 {
		if got, want := tableChecksum(data[:n]), oneByOne(data[:n]); got != want {
			t.Errorf("%d bytes: %08x, want %08x", n, got, want)
		}
	}
	face := Serif().Face(Regular)
	if got, want := tableChecksum(face.Data), oneByOne(face.Data); got != want {
		t.Errorf("%s: %08x, want %08x", face.Name, got, want)
	}
}

// BenchmarkSubset cuts the subset a page of German text needs from each
// face of the sans family.
func BenchmarkSubset(b *testing.B) {
	const sample = "Größenänderung „Äpfel“ – Übung ÄÖÜ äöüß 1–2 € abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?()[]/-+%&§"
	type cut struct {
		face   *Face
		glyphs []uint16
		chars  []rune
	}
	var cuts []cut
	for _, style := range []Style{Regular, Bold, Italic, BoldItalic} {
		c := cut{face: Sans().Face(style), glyphs: []uint16{0}, chars: []rune{0}}
		seen := map[rune]bool{}
		for _, r := range sample {
			if g, ok := c.face.Glyph(r); ok && !seen[r] {
				seen[r] = true
				c.glyphs, c.chars = append(c.glyphs, g), append(c.chars, r)
			}
		}
		cuts = append(cuts, c)
	}
	for b.Loop() {
		for _, c := range cuts {
			if _, err := c.face.Subset(c.glyphs, c.chars); err != nil {
				b.Fatal(err)
			}
		}
	}
}
