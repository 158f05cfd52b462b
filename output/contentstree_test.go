package output_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/pdftest"
)

// bookmark and tocItem are what testdata/contentstree.py reads (pikepdf):
// an outline item with the page its destination names and its children;
// a TOCI of the tagged contents with the page its link leads to, its
// kids' roles and the TOCIs of the TOC nested in it.
type bookmark struct {
	Title    string
	Page     int
	Count    int
	Children []bookmark
}

type tocItem struct {
	Page int
	Kids []string
	Subs []tocItem
}

// TestReportsBookmarksAndTaggedContentsNest writes a report of two
// sections with 3 and 5 sub-headings as the screen edition and reads it
// back with pikepdf: the bookmarks nest each section's sub-headings under
// its own, open, each leading to the page the composition placed it on;
// the tagged contents hold a TOCI per section with its Reference and a
// nested TOC of a TOCI per sub-heading, whose links lead to the same
// pages; qpdf, pdfcpu (strict) and the tagging reader find no fault.
func TestReportsBookmarksAndTaggedContentsNest(t *testing.T) {
	counts := []int{3, 5}
	var src strings.Builder
	src.WriteString("[document]\nkind = \"Dokumentation\"\ntitle = \"Ein Bericht\"\ndate = 2025-11-04\n\n")
	for i, n := range counts {
		fmt.Fprintf(&src, "[[sections]]\nkind = \"talk\"\ntitle = \"Teil %d\"\nbody = \"\"\"\n", i+1)
		for k := range n {
			fmt.Fprintf(&src, "### Abschnitt %d.%d\n\n%s\n\n", i+1, k+1, strings.Repeat("Die Teilnehmenden berichteten von ihren Erfahrungen in der Region. ", 30))
		}
		src.WriteString("\"\"\"\n\n")
	}
	doc, err := content.Parse("content.toml", []byte(src.String()), content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	laid := layout.Compose(doc, th, layout.Options{})
	data, err := output.Render(laid, output.Options{Profile: output.ScreenProfile()})
	if err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(pdf, data, 0o644); err != nil {
		t.Fatal(err)
	}
	run := pdftest.RunScript(t, "testdata/contentstree.py", [][]string{{pdf}})[0]
	if !run.OK {
		t.Fatalf("reading the bookmarks and contents:\n%s", run.Output)
	}
	var read struct {
		Outline []bookmark
		TOC     []tocItem
	}
	if err := json.Unmarshal([]byte(run.Output), &read); err != nil {
		t.Fatalf("the JSON: %v\n%s", err, run.Output)
	}
	checkNesting(t, laid, read.Outline, read.TOC, counts)
	pdftest.Validate(t, pdf)
	if report, ok := pdftest.CheckTags(t, pdf, nil); !ok {
		t.Errorf("the tagging reader:\n%s", report)
	}
}

// checkNesting compares the bookmarks and the tagged contents read back
// with the composed document's bookmarks (laid.Outline, flat with
// levels).
func checkNesting(t *testing.T, laid *layout.Document, outline []bookmark, toc []tocItem, counts []int) {
	t.Helper()
	if len(outline) != len(counts) || len(toc) != len(counts) {
		t.Fatalf("%d top bookmarks and %d TOCIs, want %d each", len(outline), len(toc), len(counts))
	}
	k := 0
	for i, n := range counts {
		b, item := outline[i], toc[i]
		want := laid.Outline[k]
		k++
		if b.Title != want.Title || b.Page != want.Page || item.Page != want.Page {
			t.Errorf("section %d: bookmark %q to page %d, TOCI to page %d; composed %q on page %d", i+1, b.Title, b.Page, item.Page, want.Title, want.Page)
		}
		if len(b.Children) != n || b.Count != n || len(item.Subs) != n || strings.Join(item.Kids, " ") != "/Reference /TOC" {
			t.Fatalf("section %d: %d nested bookmarks (/Count %d), a TOCI of %v with %d nested TOCIs; want %d, /Reference /TOC",
				i+1, len(b.Children), b.Count, item.Kids, len(item.Subs), n)
		}
		for j := range n {
			want := laid.Outline[k]
			k++
			c, sub := b.Children[j], item.Subs[j]
			if c.Title != fmt.Sprintf("Abschnitt %d.%d", i+1, j+1) || c.Title != want.Title || want.Level != 1 ||
				c.Page != want.Page || sub.Page != want.Page || len(c.Children) != 0 {
				t.Errorf("section %d sub-heading %d: bookmark %q to page %d, TOCI to page %d; composed %q (level %d) on page %d",
					i+1, j+1, c.Title, c.Page, sub.Page, want.Title, want.Level, want.Page)
			}
		}
	}
}
