package layout_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
)

// TestReuseSetsWhatAFreshBuildSets: builds carried through one
// layout.Reuse, as watch and serve make them, write the same bytes as
// fresh builds — for the example, after an edit that adds a hyphenation
// exception (which changes a line: the hyphenator kept must not be the
// one without it), and after the edit is taken back.
func TestReuseSetsWhatAFreshBuildSets(t *testing.T) {
	plain := assets.ExampleContent
	withException := append([]byte("hyphenation = [\"Gegebenheiten\"]\n"), plain...)
	fresh := freshAndReused(t, plain, withException, plain)
	if bytes.Equal(fresh[0], fresh[1]) {
		t.Error("the exception changes nothing in the example: the test does not see a hyphenator kept too long")
	}
}

// freshAndReused builds each source fresh and, in turn, through one
// layout.Reuse, fails t where the two differ, and returns the fresh
// builds.
func freshAndReused(t *testing.T, sources ...[]byte) [][]byte {
	t.Helper()
	reuse := new(layout.Reuse)
	var fresh [][]byte
	for i, src := range sources {
		want := writeExample(t, src, nil)
		if got := writeExample(t, src, reuse); !bytes.Equal(got, want) {
			t.Errorf("build %d through Reuse differs from a fresh build", i)
		}
		fresh = append(fresh, want)
	}
	return fresh
}

// writeExample lays out content (the example's, edited) and writes its
// screen edition into memory.
func writeExample(t *testing.T, src []byte, reuse *layout.Reuse) []byte {
	t.Helper()
	doc, err := content.Parse("content.toml", src, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := output.Render(layout.Compose(doc, th, layout.Options{Reuse: reuse}), output.Options{Profile: output.ScreenProfile()})
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// TestReuseKeepsOnlyWhatTheLastBuildUsed: the paragraphs carried between
// builds are those of the last build (and of the one being made), so a
// long session of edits holds no more than two builds' text.
func TestReuseKeepsOnlyWhatTheLastBuildUsed(t *testing.T) {
	reuse := new(layout.Reuse)
	writeExample(t, assets.ExampleContent, reuse)
	full := reuse.ParagraphsKept()
	writeExample(t, assets.ExampleContent, reuse)
	if again := reuse.ParagraphsKept(); full == 0 || again != full {
		t.Fatalf("paragraphs kept: %d after the example, %d after it again; want the same, more than none", full, again)
	}
	short := []byte("[document]\ntitle = \"Kurz\"\ndate = 2025-01-01\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Eins\"\nbody = \"\"\"\nEin Absatz.\n\nNoch einer.\n\"\"\"\n")
	writeExample(t, short, reuse)
	writeExample(t, short, reuse)
	alone := new(layout.Reuse)
	writeExample(t, short, alone)
	if n, want := reuse.ParagraphsKept(), alone.ParagraphsKept(); n == 0 || n != want || n >= full/4 {
		t.Errorf("after two builds of a document of two paragraphs, %d texts are kept, want %d as after building it alone (the example keeps %d)", n, want, full)
	}
}

// TestReuseAcrossOverlappingBuilds: builds that overlap (serve answering
// while a save rebuilds) share one layout.Reuse and each writes what a
// fresh build writes; run with -race, it also shows the kept paragraphs
// and line boxes are not written while another build reads them.
func TestReuseAcrossOverlappingBuilds(t *testing.T) {
	plain := assets.ExampleContent
	withException := append([]byte("hyphenation = [\"Gegebenheiten\"]\n"), plain...)
	sources := [][]byte{plain, withException}
	fresh := [][]byte{writeExample(t, plain, nil), writeExample(t, withException, nil)}
	reuse := new(layout.Reuse)
	writeExample(t, plain, reuse)
	var wg sync.WaitGroup
	for g := range 2 {
		wg.Go(func() {
			for i := range 3 {
				k := (g + i) % 2
				if got := writeExample(t, sources[k], reuse); !bytes.Equal(got, fresh[k]) {
					t.Errorf("build %d of goroutine %d differs from a fresh build", i, g)
				}
			}
		})
	}
	wg.Wait()
}

// TestReuseKeepsNoVeryLongParagraph: a paragraph of more nodes than a
// Reuse keeps is set by each build and not held between them (a
// paragraph of 780 kB held 130 MB while the preview served its pages);
// the build through the Reuse still writes what a fresh build writes.
// The same words in two paragraphs, each short enough, are kept.
func TestReuseKeepsNoVeryLongParagraph(t *testing.T) {
	doc := func(body string) []byte {
		return []byte("[document]\ntitle = \"Kurz\"\ndate = 2025-01-01\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Eins\"\nbody = \"\"\"\n" + body + "\n\"\"\"\n")
	}
	first, second := strings.Repeat("Wort ", 20_000), strings.Repeat("Satz ", 20_000)
	long := doc(first + second)
	freshAndReused(t, long) // fails t where they differ
	one, two := new(layout.Reuse), new(layout.Reuse)
	writeExample(t, long, one)
	writeExample(t, doc(first+"\n\n"+second), two)
	if n, in2 := one.ParagraphsKept(), two.ParagraphsKept(); n+2 != in2 {
		t.Errorf("a paragraph of 40,000 words: %d texts kept; in two paragraphs: %d, want 2 more", n, in2)
	}
}
