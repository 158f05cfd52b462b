package layout_test

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
)

// TestCarriedSectionsAreComposedAsFresh: content read through
// content.Carry, as watch and serve read it, and edited inside one
// section at a time, is laid out through one layout.Reuse as a fresh
// build lays it out — the same file, warnings (with their pages), floats
// and setting summary — while the sections the edits left alone are
// taken as composed before. A later section holds a character the fonts
// lack (a warning anchored on its line), and the edits change the
// number of lines, of paragraphs and of floats of a section before it,
// so that the carried sections' paragraphs, floats and warnings are
// renumbered and placed anew; both editions take turns, as serve builds
// them.
func TestCarriedSectionsAreComposedAsFresh(t *testing.T) {
	lines := strings.Split(strings.Replace(string(assets.ExampleContent), "Spannend war die Frage", "Spannend ☃ war die Frage", 1), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "Die Zahlen sprechen") })
	end := at + slices.Index(lines[at:], `"""`)
	edit := func(change func(body []string)) string {
		edited := slices.Clone(lines)
		change(edited[at:end])
		return strings.Join(edited, "\n")
	}
	edits := []string{
		edit(func([]string) {}),
		// Longer: the pages after it move.
		edit(func(b []string) {
			b[0] += " Und sie sprechen sie so deutlich, dass es jede und jeder hört, Zeile für Zeile."
		}),
		// One paragraph fewer: those after it are numbered anew.
		edit(func(b []string) { b[0] = "" }),
		// No text: the section's presentation no longer floats, and the
		// floats after it are numbered anew.
		edit(func(b []string) { clear(b) }),
		edit(func([]string) {}),
		edit(func(b []string) { b[0] = strings.Replace(b[0], "sprechen", "reden", 1) }),
	}
	carry, reuse := new(content.Carry), new(layout.Reuse)
	for n, text := range edits {
		bound := n%2 == 0
		fresh, freshPDF := layOut(t, func() (*content.Document, error) {
			return content.Parse("content.toml", []byte(text), content.Options{Dir: "."})
		}, layout.Options{Bound: bound})
		got, gotPDF := layOut(t, func() (*content.Document, error) {
			return carry.Parse("content.toml", []byte(text), content.Options{Dir: "."})
		}, layout.Options{Bound: bound, Reuse: reuse})
		if !bytes.Equal(gotPDF, freshPDF) {
			t.Fatalf("edit %d: the carried build's file differs from a fresh build's", n)
		}
		if !reflect.DeepEqual(got.Warnings, fresh.Warnings) || !reflect.DeepEqual(got.Floats, fresh.Floats) || !reflect.DeepEqual(got.Setting, fresh.Setting) {
			t.Fatalf("edit %d: the carried build's warnings, floats or setting differ from a fresh build's:\n%+v\n%+v\nfresh:\n%+v\n%+v", n, got.Warnings, got.Floats, fresh.Warnings, fresh.Floats)
		}
		if !missingGlyphPlaced(got.Warnings) {
			t.Fatalf("edit %d: no warning about the snowman placed on a page: the test sees no carried warning", n)
		}
		if taken := reuse.SectionsTaken(); n >= 2 && taken < 8 {
			t.Fatalf("edit %d: %d sections taken as composed before; the test sees too little", n, taken)
		}
	}
}

// missingGlyphPlaced reports whether a warning about a missing character
// stands on a page.
func missingGlyphPlaced(warnings []layout.Warning) bool {
	for _, w := range warnings {
		if w.Kind == layout.WarnMissingGlyph && w.Page > 0 {
			return true
		}
	}
	return false
}

// layOut lays out the content load reads as opts ask and writes it
// (for the screen: the test is about the pages).
func layOut(t *testing.T, load func() (*content.Document, error), opts layout.Options) (*layout.Document, []byte) {
	t.Helper()
	doc, err := load()
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	d := layout.Compose(doc, th, opts)
	pdf, err := output.Render(d, output.Options{Profile: output.ScreenProfile()})
	if err != nil {
		t.Fatal(err)
	}
	return d, pdf
}

// TestCarriedSectionsAcrossOverlappingBuilds: builds that overlap (serve
// answering while watch rebuilds), of both editions, take the same kept
// sections at once and still lay out what fresh builds do (run with
// -race: the kept sections are only read).
func TestCarriedSectionsAcrossOverlappingBuilds(t *testing.T) {
	carry, reuse := new(content.Carry), new(layout.Reuse)
	src := string(assets.ExampleContent)
	edited := strings.Replace(src, "Die Zahlen sprechen", "Die Zahlen reden", 1)
	load := func(text string) func() (*content.Document, error) {
		return func() (*content.Document, error) {
			return carry.Parse("content.toml", []byte(text), content.Options{Dir: "."})
		}
	}
	for _, bound := range []bool{true, false} {
		layOut(t, load(src), layout.Options{Bound: bound, Reuse: reuse})
	}
	doc, err := load(edited)()
	if err != nil {
		t.Fatal(err)
	}
	var want [2][]byte
	for k, bound := range []bool{true, false} {
		_, want[k] = layOut(t, func() (*content.Document, error) {
			return content.Parse("content.toml", []byte(edited), content.Options{Dir: "."})
		}, layout.Options{Bound: bound})
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got, errs := make([][]byte, 6), make([]error, 6)
	for n := range got {
		wg.Go(func() {
			d := layout.Compose(doc, th, layout.Options{Bound: n%2 == 0, Reuse: reuse})
			got[n], errs[n] = output.Render(d, output.Options{Profile: output.ScreenProfile()})
		})
	}
	wg.Wait()
	for n, pdf := range got {
		if errs[n] != nil || !bytes.Equal(pdf, want[n%2]) {
			t.Errorf("overlapping build %d differs from a fresh build (%v)", n, errs[n])
		}
	}
	if reuse.SectionsTaken() == 0 {
		t.Error("no section taken as composed before: the test sees nothing carried")
	}
}
