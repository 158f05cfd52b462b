package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestListLabels: a numbered list's labels are set flush right on their
// full stops, and the items' text starts after the widest label with a
// gap (the indent grows past the theme's for „10.“); a short numbered
// list and a bulleted one keep the theme's indent.
func TestListLabels(t *testing.T) {
	var md strings.Builder
	for n := 1; n <= 11; n++ {
		fmt.Fprintf(&md, "%d. Punkt %d\n", n, n)
	}
	md.WriteString("\nZwischentext.\n\n1. eins\n2. zwei\n\nZwischentext.\n\n- a\n- b\n")
	src := "[document]\ntitle = \"T\"\ndate = 2024-06-26\n[[sections]]\nkind = \"talk\"\ntitle = \"V\"\nbody = \"\"\"\n" + md.String() + "\"\"\"\n"
	doc, err := content.Parse("l.toml", []byte(src), content.Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	th := DefaultTheme()
	laid := Compose(doc, th, bound)
	// The labels and the first word after each, page by page in order.
	var labels, texts []*typeset.GlyphRun
	for _, p := range laid.Pages {
		var runs []*typeset.GlyphRun
		for _, it := range p.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Size == th.Body.Size {
				runs = append(runs, g)
			}
		}
		for k, g := range runs {
			if (strings.HasSuffix(g.Text, ".") && strings.Trim(g.Text, "0123456789.") == "" || g.Text == "•") && k+1 < len(runs) {
				labels, texts = append(labels, g), append(texts, runs[k+1])
			}
		}
	}
	if len(labels) != 15 {
		t.Fatalf("%d list labels found, want 15", len(labels))
	}
	gap := th.Body.Size / 2
	right := labels[0].X + labels[0].Width
	for k, l := range labels[:11] {
		if l.X+l.Width != right {
			t.Errorf("label %q ends at %v, label 1. at %v: not aligned on the full stop", l.Text, (l.X + l.Width).Points(), right.Points())
		}
		if texts[k].X < l.X+l.Width+gap {
			t.Errorf("label %q ends %v pt before its text %q, want at least %v", l.Text, (texts[k].X - l.X - l.Width).Points(), texts[k].Text, gap.Points())
		}
	}
	if indent := texts[0].X - labels[9].X; indent <= th.ListIndent {
		t.Errorf("the long list's indent is %v pt, not wider than the theme's %v pt", indent.Points(), th.ListIndent.Points())
	}
	for k := 11; k < 15; k++ {
		if indent := texts[k].X - labels[k].X; indent != th.ListIndent {
			t.Errorf("%q: indent %v pt, want the theme's %v pt", labels[k].Text, indent.Points(), th.ListIndent.Points())
		}
	}
}
