package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// subheadingWords begin the generated sub-headings, a different word each.
var subheadingWords = []string{"Anlass", "Vorbereitung", "Beteiligung", "Ablauf", "Ergebnisse", "Rückblick", "Ausblick",
	"Methoden", "Grenzen", "Empfehlungen", "Zahlen", "Stimmen", "Fragen", "Antworten", "Beispiele", "Hintergrund"}

// subheadingWord is the word the generated sub-heading k begins with.
func subheadingWord(k int) string { return subheadingWords[k%len(subheadingWords)] }

// reportSource is a report's content: a section for each count given,
// with that many sub-headings ("### ") in its body, each over a
// paragraph of eight to twelve sentences.
func reportSource(counts ...int) string {
	var b strings.Builder
	b.WriteString("[document]\nkind = \"Dokumentation\"\ntitle = \"Ein Bericht mit Unterkapiteln\"\ndate = 2025-11-04\n\n")
	for i, n := range counts {
		fmt.Fprintf(&b, "[[sections]]\nkind = \"talk\"\ntitle = \"Teil %d\"\nbody = \"\"\"\n", i+1)
		for k := range n {
			fmt.Fprintf(&b, "### %s in Teil %d\n\n%s\n\n", subheadingWord(k), i+1,
				strings.Repeat("Die Teilnehmenden berichteten von ihren Erfahrungen in den Betrieben der Region. ", 8+k%5))
		}
		b.WriteString("\"\"\"\n\n")
	}
	return b.String()
}

// reportDocument parses reportSource(counts...).
func reportDocument(t *testing.T, counts ...int) *content.Document {
	t.Helper()
	doc, err := content.Parse("content.toml", []byte(reportSource(counts...)), content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// contentsLine is an entry of the composed contents as read from its
// pages: its level (0 a section's, 1 a sub-heading's, from the TOC its
// TOCI stands in), its link, its text's left edge, the printed page
// number and its right edge.
type contentsLine struct {
	page          int // index into Document.Pages
	level         int
	link          *typeset.LinkArea
	x, numRight   typeset.Scaled
	number, first string // the page number; the first word of its text
}

// readContents reads the contents' entries off the contents pages, in
// order.
func readContents(t *testing.T, d *Document) []contentsLine {
	t.Helper()
	var out []contentsLine
	for pi, p := range d.Pages {
		if p.Kind != ContentsPage {
			continue
		}
		for _, it := range p.Items {
			l, ok := it.(*typeset.LinkArea)
			if !ok || l.URL != "" || l.Elem == nil {
				continue
			}
			e := contentsLine{page: pi, link: l, x: 1 << 40}
			toc := l.Elem.Parent.Parent.Parent // Link › Reference › TOCI › TOC
			if toc.Role != typeset.RoleTOC {
				t.Fatalf("a contents link stands in %v, not a TOC's TOCI", toc.Role)
			}
			if toc.Parent.Role == typeset.RoleTOCI {
				e.level = 1
			}
			for _, r := range p.Items {
				g, ok := r.(*typeset.GlyphRun)
				if !ok || g.Elem != l.Elem || g.Text == "" {
					continue
				}
				if strings.Trim(g.Text, "0123456789") == "" && g.X+g.Width > e.numRight {
					e.number, e.numRight = g.Text, g.X+g.Width
					continue
				}
				if g.X < e.x && strings.Trim(g.Text, ".") != "" {
					e.x, e.first = g.X, strings.Fields(g.Text)[0]
				}
			}
			out = append(out, e)
		}
	}
	return out
}

// subheadingBelow reports whether page p has a run of a sub-heading (H3)
// beginning with word at most depth below y.
func subheadingBelow(p Page, word string, y, depth typeset.Scaled) bool {
	for _, it := range p.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && hasRole(g.Element(), typeset.RoleH3) && strings.HasPrefix(g.Text, word) && g.Y > y && g.Y <= y+depth {
			return true
		}
	}
	return false
}

// TestContentsListSubheadings composes a report of two sections with 7
// and 9 sub-headings in every test theme, in both editions, and reads its
// contents: each section's entry is followed by its sub-headings', in
// order, indented by the list indent, their page numbers right-aligned
// with the sections', each the folio of the page its link leads to,
// where the sub-heading stands just below the link's target; and the
// bookmarks nest one for each sub-heading under its section's, leading
// to the same place.
func TestContentsListSubheadings(t *testing.T) {
	counts := []int{7, 9}
	doc := reportDocument(t, counts...)
	for name, th := range testThemes(t) {
		for _, opts := range []Options{{}, bound} {
			laid := Compose(doc, th, opts)
			if !th.Contents {
				checkOutlineAlone(t, name, th, laid, counts)
				continue
			}
			lines := readContents(t, laid)
			if want := len(counts) + counts[0] + counts[1]; len(lines) != want {
				t.Fatalf("%s bound=%v: %d contents entries, want %d", name, opts.Bound, len(lines), want)
			}
			checkSubentries(t, name, th, laid, lines, counts)
			checkSubheadingOutline(t, name, laid, lines, counts)
		}
	}
}

// checkSubentries checks the contents' lines of a report of sections
// with counts sub-headings.
func checkSubentries(t *testing.T, name string, th Theme, laid *Document, lines []contentsLine, counts []int) {
	t.Helper()
	k := 0
	for i, n := range counts {
		section := lines[k]
		if section.level != 0 {
			t.Fatalf("%s: entry %d is at level %d, want section %d's", name, k, section.level, i+1)
		}
		k++
		for j := range n {
			sub := lines[k]
			k++
			where := fmt.Sprintf("%s: section %d sub-entry %d", name, i+1, j+1)
			if sub.level != 1 || sub.first != subheadingWord(j) {
				t.Fatalf("%s: level %d, begins %q; want level 1, %q", where, sub.level, sub.first, subheadingWord(j))
			}
			if sub.page == section.page && sub.x-section.x != th.ListIndent {
				t.Errorf("%s: indented by %v, want the list indent %v", where, sub.x-section.x, th.ListIndent)
			}
			if sub.page == section.page && sub.numRight != section.numRight {
				t.Errorf("%s: its page number ends at %v, its section's at %v", where, sub.numRight, section.numRight)
			}
			target := laid.Pages[sub.link.Page]
			if sub.number != target.Folio {
				t.Errorf("%s: shows page %s, leads to page %s", where, sub.number, target.Folio)
			}
			if !subheadingBelow(target, subheadingWord(j), sub.link.TargetY, 3*th.Subheading.Leading) {
				t.Errorf("%s: the link leads to y %v of page %s, where no sub-heading %q stands just below", where, sub.link.TargetY, target.Folio, subheadingWord(j))
			}
		}
	}
}

// checkSubheadingOutline checks that the bookmarks nest each sub-heading
// under its section, leading where its contents entry leads.
func checkSubheadingOutline(t *testing.T, name string, laid *Document, lines []contentsLine, counts []int) {
	t.Helper()
	if len(laid.Outline) != len(lines) {
		t.Fatalf("%s: %d bookmarks for %d contents entries", name, len(laid.Outline), len(lines))
	}
	for k, o := range laid.Outline {
		if o.Level != lines[k].level || o.Page != lines[k].link.Page || o.Y != lines[k].link.TargetY {
			t.Errorf("%s: bookmark %d %q (level %d) leads to page %d y %v; its contents entry (level %d) to page %d y %v",
				name, k, o.Title, o.Level, o.Page, o.Y, lines[k].level, lines[k].link.Page, lines[k].link.TargetY)
		}
		if lines[k].level == 1 && !strings.HasPrefix(o.Title, lines[k].first) {
			t.Errorf("%s: bookmark %d is %q, its entry begins %q", name, k, o.Title, lines[k].first)
		}
	}
}

// checkOutlineAlone checks the bookmarks of a report without a contents
// page: each section's followed by its sub-headings', a level below,
// each leading to just above its sub-heading.
func checkOutlineAlone(t *testing.T, name string, th Theme, laid *Document, counts []int) {
	t.Helper()
	k := 0
	for i, n := range counts {
		if k+n >= len(laid.Outline) || laid.Outline[k].Level != 0 {
			t.Fatalf("%s: %d bookmarks, section %d's not at level 0 where due", name, len(laid.Outline), i+1)
		}
		k++
		for j := range n {
			o := laid.Outline[k]
			k++
			if o.Level != 1 || !subheadingBelow(laid.Pages[o.Page], subheadingWord(j), o.Y, 3*th.Subheading.Leading) {
				t.Errorf("%s: bookmark %q (level %d) leads to y %v of page %d, where its sub-heading does not stand just below", name, o.Title, o.Level, o.Y, o.Page+1)
			}
		}
	}
	if k != len(laid.Outline) {
		t.Errorf("%s: %d bookmarks, want %d", name, len(laid.Outline), k)
	}
}

// TestContentsKeepSubentriesWithTheirSection: a report whose contents
// take two pages and more breaks them between sections, each section's
// entry on the page of all its sub-entries.
func TestContentsKeepSubentriesWithTheirSection(t *testing.T) {
	counts := []int{12, 14, 10, 16, 13, 11}
	doc := reportDocument(t, counts...)
	th := DefaultTheme()
	laid := Compose(doc, th, Options{})
	lines := readContents(t, laid)
	if pages := lines[len(lines)-1].page - lines[0].page + 1; pages < 2 {
		t.Fatalf("the contents take %d page; the test wants them broken", pages)
	}
	section := -1
	for k, l := range lines {
		if l.level == 0 {
			section = k
			continue
		}
		if l.page != lines[section].page {
			t.Errorf("entry %d (%s) stands on page %d, its section's entry on page %d", k, l.first, l.page+1, lines[section].page+1)
		}
	}
}

// TestContentsLeaveOutAConferencesSubheadings: where more than
// subheadingSectionsListed sections have sub-headings (a conference's
// talks), the contents and bookmarks list the sections alone; at that
// many, they list the sub-headings too.
func TestContentsLeaveOutAConferencesSubheadings(t *testing.T) {
	for _, c := range []struct {
		sections int
		listed   bool
	}{{subheadingSectionsListed, true}, {subheadingSectionsListed + 1, false}} {
		counts := slices.Repeat([]int{2}, c.sections)
		laid := Compose(reportDocument(t, counts...), DefaultTheme(), Options{})
		lines := readContents(t, laid)
		want := c.sections
		if c.listed {
			want += 2 * c.sections
		}
		if len(lines) != want || len(laid.Outline) != want {
			t.Errorf("%d sections with sub-headings: %d contents entries and %d bookmarks, want %d", c.sections, len(lines), len(laid.Outline), want)
		}
	}
}

// TestContentsBreakATallSectionsSubentries: a section with more
// sub-headings than a contents page holds is broken inside its
// sub-entries, never after its entry or its first sub-entry nor before
// its last; the other sections stay whole, and every entry shows the
// page its link leads to. The counts are where the page would otherwise
// end: after 76, amid the last section's four sub-entries; after 83,
// before the tall section's last; after 38 and 76, after the tall
// section's entry or its first sub-entry.
func TestContentsBreakATallSectionsSubentries(t *testing.T) {
	th := DefaultTheme()
	for _, counts := range [][]int{{3, 76, 4}, {3, 83, 4}, {38, 76, 4}} {
		laid := Compose(reportDocument(t, counts...), th, Options{})
		lines := readContents(t, laid)
		checkSubentries(t, fmt.Sprint(counts), th, laid, lines, counts)
		if broken := contentsBreaksInside(t, lines, counts); broken == 0 {
			t.Errorf("%v: the contents are not broken inside a section: the test does not see it", counts)
		}
	}
}

// contentsBreaksInside counts the contents' page breaks among a section's
// sub-entries, checking each: only in a section of 10 or more, not before
// its first two or its last.
func contentsBreaksInside(t *testing.T, lines []contentsLine, counts []int) int {
	t.Helper()
	all := counts
	j, n, broken := -1, 0, 0
	for k, l := range lines {
		if l.level == 0 {
			j, n = -1, counts[0]
			counts = counts[1:]
			continue
		}
		j++
		if l.page == lines[k-1].page {
			continue
		}
		broken++
		if j < 2 || j == n-1 || n < 10 {
			t.Errorf("%v: the contents break before sub-entry %d of %d (%s)", all, j+1, n, l.first)
		}
	}
	return broken
}
