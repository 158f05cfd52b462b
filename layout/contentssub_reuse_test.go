package layout_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout"
	"brochure/layout/typeset"
)

// TestReuseSetsAReportsSubentriesAsAFreshBuild: builds of a report whose
// contents list its sub-headings, carried through one layout.Reuse, write
// the same bytes as fresh builds — after an edit that renames a
// sub-heading and lengthens the first section's text (its sub-headings
// move to later pages, the second section's entry kept as it was), and
// after the edit is taken back.
func TestReuseSetsAReportsSubentriesAsAFreshBuild(t *testing.T) {
	report := func(renamed string, sentences int) []byte {
		var b strings.Builder
		b.WriteString("[document]\nkind = \"Dokumentation\"\ntitle = \"Ein Bericht\"\ndate = 2025-11-04\n\n")
		for i, first := range []string{"Anlass", renamed} {
			fmt.Fprintf(&b, "[[sections]]\nkind = \"talk\"\ntitle = \"Teil %d\"\nbody = \"\"\"\n", i+1)
			for k, head := range []string{first, "Ablauf", "Ergebnisse", "Ausblick"} {
				n := 25
				if i == 0 {
					n = sentences
				}
				fmt.Fprintf(&b, "### %s %d.%d\n\n%s\n\n", head, i+1, k+1, strings.Repeat("Die Teilnehmenden berichteten von ihren Erfahrungen. ", n))
			}
			b.WriteString("\"\"\"\n\n")
		}
		return []byte(b.String())
	}
	if !hasSubentries(t, report("Rückblick", 25)) {
		t.Fatal("the report has no sub-entries in its contents: the test does not see them")
	}
	fresh := freshAndReused(t, report("Rückblick", 25), report("Vorgeschichte", 60), report("Rückblick", 25))
	if bytes.Equal(fresh[0], fresh[1]) {
		t.Error("the edit changes nothing: the test does not see the contents follow it")
	}
}

// hasSubentries reports whether the composed content has a contents page
// with an entry in a TOC inside a TOCI (a sub-entry).
func hasSubentries(t *testing.T, src []byte) bool {
	t.Helper()
	doc, err := content.Parse("content.toml", src, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range layout.Compose(doc, th, layout.Options{}).Pages {
		for _, it := range p.Items {
			if l, ok := it.(*typeset.LinkArea); ok && p.Kind == layout.ContentsPage && l.Elem != nil && l.Elem.Parent.Parent.Parent.Parent.Role == typeset.RoleTOCI {
				return true
			}
		}
	}
	return false
}
