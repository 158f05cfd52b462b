package fonts

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultFamiliesHaveFourFaces(t *testing.T) {
	for _, fam := range []*Family{Serif(), Sans()} {
		for _, st := range []Style{Regular, Bold, Italic, BoldItalic} {
			f := fam.Face(st)
			if f == nil || len(f.Data) == 0 {
				t.Fatalf("%s: face %d missing", fam.Name, st)
			}
			if f.Ascent <= 0 || f.Descent >= 0 || f.CapHeight <= 0 || f.XHeight <= 0 {
				t.Errorf("%s: implausible metrics %d/%d/%d/%d", f.Name, f.Ascent, f.Descent, f.CapHeight, f.XHeight)
			}
		}
	}
}

func TestAdvancesAndKerning(t *testing.T) {
	sans := Sans().Face(Regular)
	// Liberation Sans has Arial's metrics: A = 667, space = 278 thousandths.
	if got := sans.Advance('A'); got != 667 {
		t.Errorf("advance of A = %d, want 667", got)
	}
	if got := sans.Advance(' '); got != 278 {
		t.Errorf("advance of space = %d, want 278", got)
	}
	for _, pair := range []string{"AV", "Te", "Vo"} {
		r := []rune(pair)
		if k := sans.Kern(r[0], r[1]); k >= 0 {
			t.Errorf("%s: kern %d, want a negative adjustment", pair, k)
		}
	}
	if k := sans.Kern('a', 'b'); k != 0 {
		t.Errorf("ab kerned by %d", k)
	}
	if got, want := sans.Measure("AV"), sans.Advance('A')+sans.Advance('V')+sans.Kern('A', 'V'); got != want {
		t.Errorf("Measure(AV) = %d, want %d", got, want)
	}
	if sans.Has('😀') || sans.Advance('😀') != 0 {
		t.Errorf("an emoji the face lacks must count as missing")
	}
	if !sans.Has('ü') || !sans.Has('„') || !sans.Has('–') {
		t.Errorf("German characters missing from the default face")
	}
}

func TestParseRejectsWhatCannotBeEmbedded(t *testing.T) {
	cases := map[string][]byte{
		"cff.otf":        append([]byte("OTTO"), make([]byte, 20)...),
		"collection.ttc": append([]byte("ttcf"), make([]byte, 20)...),
		"garbage.ttf":    []byte("this is not a font at all"),
	}
	for name, data := range cases {
		_, err := Parse(name, data)
		if !errors.Is(err, ErrNotTrueType) {
			t.Errorf("%s: got %v, want ErrNotTrueType", name, err)
		}
	}
	if _, err := Parse("short.ttf", []byte{0, 1}); err == nil {
		t.Errorf("a two-byte file was accepted")
	}
	// A font whose unitsPerEm is 0 would divide every measure by zero.
	data := append([]byte(nil), Sans().Face(Regular).Data...)
	head := readTablesForTest(t, data)["head"]
	head[18], head[19] = 0, 0
	if _, err := Parse("zero-upem.ttf", data); err == nil || !strings.Contains(err.Error(), "unitsPerEm is 0") {
		t.Errorf("a font with unitsPerEm 0: %v", err)
	}
}

// readTablesForTest returns a font's tables as slices of data (so writing
// them changes data).
func readTablesForTest(t *testing.T, data []byte) sfntTables {
	t.Helper()
	tables, err := readTables(data)
	if err != nil {
		t.Fatal(err)
	}
	return tables
}
