package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// TestCarriedSectionsAreNumberedAsFresh: the body a build composes with
// sections carried from the build before (read through content.Carry)
// is the body a fresh build composes — every node's kind, height,
// penalty, paragraph, line and float number, anchor and items' count —
// and so are the contents' entries (set after the body, and carried
// too), the composer's paragraph and float sources and the runs that
// begin and end each paragraph's lines, after
// edits that take a paragraph and then a float out of the second
// section (the sections after it are then numbered anew).
func TestCarriedSectionsAreNumberedAsFresh(t *testing.T) {
	lines := strings.Split(string(assets.ExampleContent), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "Die Zahlen sprechen") })
	end := at + slices.Index(lines[at:], `"""`)
	edits := []func([]string){func([]string) {}, func(b []string) { b[0] = "" }, func(b []string) { clear(b) }}
	carry, reuse := new(content.Carry), new(Reuse)
	th := DefaultTheme()
	for n, change := range edits {
		edited := slices.Clone(lines)
		change(edited[at:end])
		src := []byte(strings.Join(edited, "\n"))
		fresh, err := content.Parse("content.toml", src, content.Options{Dir: "."})
		if err != nil {
			t.Fatal(err)
		}
		carried, err := carry.Parse("content.toml", src, content.Options{Dir: "."})
		if err != nil {
			t.Fatal(err)
		}
		f, c := newComposer(fresh, th, Options{}), newComposer(carried, th, Options{Reuse: reuse})
		want, _ := f.bodyAndBackCover(false)
		got, _ := c.bodyAndBackCover(false)
		if a, b := numbering(got), numbering(want); a != b {
			t.Fatalf("edit %d: the carried body is numbered\n%s\na fresh one\n%s", n, a, b)
		}
		if a, b := entriesText(c.setContents()), entriesText(f.setContents()); a != b {
			t.Fatalf("edit %d: the carried contents are\n%s\nfresh ones\n%s", n, a, b)
		}
		if n > 0 && reuse.SectionsTaken() < 2*len(carried.Sections)-3 {
			t.Fatalf("edit %d: %d sections and contents entries taken as composed before: the test sees too little", n, reuse.SectionsTaken())
		}
		if !slices.Equal(c.paraWhere, f.paraWhere) || !slices.Equal(c.floatWhere, f.floatWhere) || lineRunsText(c.paraLines) != lineRunsText(f.paraLines) {
			t.Fatalf("edit %d: the carried build's paragraphs or floats are not a fresh build's", n)
		}
	}
}

// numbering writes out what of a body's nodes does not depend on where
// its items are kept.
func numbering(v []typeset.VNode) string {
	var b strings.Builder
	for _, n := range v {
		fmt.Fprintf(&b, "%d %d %d %d/%d/%d %d %d %d\n", n.Kind, n.Height, n.Penalty, n.Para, n.Line, n.Lines, n.FloatID, n.Anchor, len(n.Items))
	}
	return b.String()
}

// lineRunsText writes out the paragraphs' lines' first and last runs.
func lineRunsText(paras [][]lineRuns) string {
	var b strings.Builder
	text := func(g *typeset.GlyphRun) string {
		if g == nil {
			return "-"
		}
		return fmt.Sprintf("%s@%d,%d", g.Text, g.X, g.Y)
	}
	for _, lines := range paras {
		for _, l := range lines {
			fmt.Fprintf(&b, "%s %s; ", text(l.first), text(l.last))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// entriesText writes out the contents' entries.
func entriesText(toc *tableOfContents) string {
	var b strings.Builder
	for _, e := range toc.entries {
		fmt.Fprintf(&b, "%d %d %d %d %q:", e.height, e.lastEnd, e.lastTop, e.lastBaseline, e.description)
		for _, it := range e.items {
			if g, ok := it.(*typeset.GlyphRun); ok {
				fmt.Fprintf(&b, " %s@%d,%d", g.Text, g.X, g.Y)
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}
