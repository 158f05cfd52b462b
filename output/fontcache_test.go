package output_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/output"
	"brochure/output/build"
)

// TestFontCacheKeepsFilesByteIdentical: rebuilding through a font cache,
// as watch and serve do, writes the same bytes as a fresh build — for the
// example, for an edit that adds characters (new subsets), and for the
// example again, whose programs then all come from the cache (it gains no
// entry). The cache keeps no more programs, and no more bytes (beyond
// the one program it must hold), than its bounds.
func TestFontCacheKeepsFilesByteIdentical(t *testing.T) {
	src := string(assets.ExampleContent)
	edited := strings.Replace(src, `title = "Begrüßung"`, `title = "Begrüßung – Qualität ½ ÆØ"`, 1)
	if edited == src {
		t.Fatal("the edit does not apply to the example")
	}
	cache := output.NewFontCache(32, 16<<20)
	var sizes []int
	for i, text := range []string{src, edited, src} {
		path := filepath.Join(t.TempDir(), "content.toml")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, edition := range []build.Edition{build.Print, build.Screen} {
			fresh := render(t, build.Request{ContentPath: path, Edition: edition})
			cached := render(t, build.Request{ContentPath: path, Edition: edition, Fonts: cache})
			if !bytes.Equal(fresh, cached) {
				t.Errorf("build %d, %s edition: the file written through the cache differs from a fresh build", i, edition)
			}
		}
		sizes = append(sizes, cache.Len())
	}
	if sizes[0] == 0 || sizes[1] <= sizes[0] || sizes[2] != sizes[1] {
		t.Errorf("programs kept after each build: %v; want some, more after the edit, and no more when the example comes back", sizes)
	}
	for _, c := range []struct {
		cache *output.FontCache
		max   int
	}{{output.NewFontCache(2, 1<<30), 2}, {output.NewFontCache(32, 1), 1}} {
		render(t, build.Request{Edition: build.Print, Fonts: c.cache})
		if n := c.cache.Len(); n > c.max || n == 0 {
			t.Errorf("a cache bounded to %d programs keeps %d", c.max, n)
		}
	}
}

// render builds a request and writes its PDF into memory.
func render(t *testing.T, req build.Request) []byte {
	t.Helper()
	res, err := build.Run(req)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := res.PDF()
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}
