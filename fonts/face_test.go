package fonts

import (
	"errors"
	"fmt"
	"strings"
	"sync"
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

// TestLockFreeCachesAgreeWithTheFont: on fresh faces read by several
// goroutines at once, every Latin rune's advance and every pair of a set
// of letters' kern, asked twice (filling the lock-free tables, then from
// them), is what the font says; as are runes beyond the tables (run with
// -race to check the tables' access).
func TestLockFreeCachesAgreeWithTheFont(t *testing.T) {
	letters := []rune("AVTYWaeoyvw.,ÄÖÜäöüßéç-«»\u00a0ſ\u0107\u2013\u201e\u201c")
	for _, fam := range []*Family{Serif(), Sans()} {
		base := fam.Face(Regular)
		f, err := Parse("test.ttf", base.Data)
		if err != nil {
			t.Fatal(err)
		}
		fresh, _ := Parse("fresh.ttf", base.Data)
		wantAdvance := map[rune]int{}
		for r := rune(0); r < 0x200; r++ {
			wantAdvance[r] = fresh.lookUpAdvance(r)
		}
		wantKern := map[[2]rune]int{}
		for _, l := range letters {
			for _, r := range letters {
				if l != ' ' && r != ' ' {
					wantKern[[2]rune{l, r}] = fresh.kerning.lookUp(l, r)
				}
			}
		}
		errs := make(chan string, 8)
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for pass := 0; pass < 2; pass++ {
					for r, w := range wantAdvance {
						if got := f.Advance(r); got != w {
							errs <- fmt.Sprintf("%s: advance of %U: %d, want %d", f.Name, r, got, w)
							return
						}
					}
					for p, k := range wantKern {
						if got := f.Kern(p[0], p[1]); got != k {
							errs <- fmt.Sprintf("%s: kern %q: %d, want %d", f.Name, string(p[:]), got, k)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
		if f.kerning.latin['A'].Load() == nil || f.latin['e'].Load() == 0 {
			t.Errorf("%s: the lock-free tables were not used", f.Name)
		}
	}
}
