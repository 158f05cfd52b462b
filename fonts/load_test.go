package fonts

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// TestFileCacheIsBounded: the font file cache, which lives as long as
// serve, keeps at most maxCachedFaces faces, drops the one used longest
// ago, counts the data it holds, and parses a changed file again.
func TestFileCacheIsBounded(t *testing.T) {
	dir := t.TempDir()
	paths := make([]string, maxCachedFaces+3)
	for i := range paths {
		paths[i] = filepath.Join(dir, fmt.Sprintf("face%d.ttf", i))
		if err := os.WriteFile(paths[i], liberationserifregular.TTF, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	load := func(path string) *Face {
		t.Helper()
		f, err := LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	first := load(paths[0])
	for _, p := range paths[1:] {
		load(p)
		load(paths[0]) // used again each time: the others are older
	}
	fileCache.Lock()
	n, bytes := len(fileCache.faces), fileCache.bytes
	_, keptFirst := fileCache.faces[paths[0]]
	_, keptSecond := fileCache.faces[paths[1]]
	sum := 0
	for _, c := range fileCache.faces {
		sum += len(c.face.Data)
	}
	fileCache.Unlock()
	if n > maxCachedFaces || bytes != sum || bytes > maxCachedFontBytes {
		t.Errorf("the cache holds %d faces, %d bytes counted of %d; bounds %d faces, %d bytes", n, bytes, sum, maxCachedFaces, maxCachedFontBytes)
	}
	if !keptFirst || keptSecond {
		t.Errorf("kept the face used last %v, the one used longest ago %v; want the first only", keptFirst, keptSecond)
	}
	if load(paths[0]) != first {
		t.Error("an unchanged, recently used file was parsed again")
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(paths[0], later, later); err != nil {
		t.Fatal(err)
	}
	if load(paths[0]) == first {
		t.Error("a changed file was not parsed again")
	}
}

// TestAdvanceCacheIsBounded: a face remembers at most maxAdvanceCache
// advances beyond the Latin runes, however many runes it is asked for,
// and still answers every one.
func TestAdvanceCacheIsBounded(t *testing.T) {
	f, err := Parse("serif", liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	want := f.Advance('Ж')
	for r := rune(0x3000); r < 0x3000+maxAdvanceCache+100; r++ {
		f.Advance(r)
	}
	if n := len(f.advances); n > maxAdvanceCache {
		t.Errorf("%d advances remembered, bound %d", n, maxAdvanceCache)
	}
	if got := f.Advance('Ж'); got != want || want == 0 {
		t.Errorf("advance of Ж %d after filling the cache, %d before", got, want)
	}
}
