package layout

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// setItems describes the glyph runs and link areas of line boxes: where
// they are, what they draw and say, and whether they are tagged.
func setItems(v []typeset.VNode) string {
	var b strings.Builder
	for _, n := range v {
		for _, it := range n.Items {
			switch x := it.(type) {
			case *typeset.GlyphRun:
				said := ""
				if s := x.ActualText(); s != nil {
					said = *s
				}
				fmt.Fprintf(&b, "run %d,%d %q %d %d %q %v; ", x.X, x.Y, x.Text, x.HScale, x.SpaceAfter, said, x.Elem != nil)
			case *typeset.LinkArea:
				fmt.Fprintf(&b, "link %d,%d %dx%d %s %v; ", x.X, x.Y, x.W, x.H, x.URL, x.Elem != nil)
			default:
				fmt.Fprintf(&b, "%T; ", it)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestCarriedLineBoxesAreCopies: a paragraph's line boxes carried between
// builds (Reuse.setAt) are copies: a build that moves and tags its items
// (as pagination and tagging do) leaves the next build's alone, and a
// paragraph set at another x is set there, each as a fresh build sets it.
func TestCarriedLineBoxesAreCopies(t *testing.T) {
	th := DefaultTheme()
	spans := []typeset.Span{{Text: "Die Arbeitsmarktintegration Geflüchteter braucht Qualifizierungsbegleitung, "},
		{Text: "das Netzwerk", URL: "https://example.org/netz"},
		{Text: " und Beschäftigungsduldung über viele Zeilen hinweg, damit Fachkräfteeinwanderung gelingt."}}
	width := typeset.MM(60)
	fresh := func(x typeset.Scaled) string {
		return setItems(testComposer(t, th).textBlock(spans, th.Body, x, width, typeset.Justified, "test"))
	}
	c := testComposer(t, th)
	c.opts.Reuse = new(Reuse)
	x0, x1 := th.MarginLeft, th.MarginLeft+typeset.MM(7)
	for i, x := range []typeset.Scaled{x0, x0, x0, x1, x1} {
		v := c.textBlock(spans, th.Body, x, width, typeset.Justified, "test")
		if got, want := setItems(v), fresh(x); got != want {
			t.Fatalf("build %d at x %v: carried line boxes differ from fresh ones:\n%s\nfresh:\n%s", i, x, got, want)
		}
		if lines := strings.Count(setItems(v), "run "); !strings.Contains(setItems(v), "link ") || len(v) < 5 || lines < 10 {
			t.Fatalf("the paragraph has no link, or few lines (%d boxes and penalties): the test sees too little", len(v))
		}
		for _, n := range v { // as pagination and tagging do
			for _, it := range n.Items {
				it.Offset(typeset.MM(3), typeset.MM(100))
				switch x := it.(type) {
				case *typeset.GlyphRun:
					x.Elem = c.root
				case *typeset.LinkArea:
					x.Elem = c.root
				default: // a paragraph's line boxes hold only runs and link areas
					t.Fatalf("a line box holds a %T", it)
				}
			}
		}
	}
}

// TestReuseTakesThePageBreaksOfABodyAlike: a build whose body has the
// shape of the last build's (a word changed for one as wide, the same
// content again) takes that build's page breaks (typeset.PageBreaks)
// instead of searching again, and one whose body has another shape (a
// paragraph added) searches; the pages are those a fresh build sets,
// either way, and a Reuse keeps the breaks of no more than keptBreaks
// builds.
func TestReuseTakesThePageBreaksOfABodyAlike(t *testing.T) {
	src := assets.ExampleContent
	if !bytes.Contains(src, []byte("Zahlen sprechen")) {
		t.Fatal("the example no longer says „Zahlen sprechen“: choose another word to change")
	}
	alike := bytes.Replace(src, []byte("Zahlen sprechen"), []byte("Zahlen sprachen"), 1)
	longer := bytes.Replace(src, []byte("Die Zahlen sprechen"), []byte("Ein neuer Absatz, lang genug für zwei Zeilen oder mehr, damit der Körper eine andere Gestalt bekommt als zuvor.\n\nDie Zahlen sprechen"), 1)
	pages := func(src []byte, r *Reuse) string {
		doc, err := content.Parse("content.toml", src, content.Options{Dir: "."})
		if err != nil {
			t.Fatal(err)
		}
		th, err := NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, p := range Compose(doc, th, Options{Reuse: r}).Pages {
			b.WriteString(setItems([]typeset.VNode{{Items: p.Items}}))
		}
		return b.String()
	}
	r := new(Reuse)
	for i, step := range []struct {
		src   []byte
		taken bool // the breaks of one of the last builds
	}{{src, false}, {alike, true}, {src, true}, {longer, false}, {src, true}} {
		before := slices.Clone(r.breaks)
		if got, want := pages(step.src, r), pages(step.src, nil); got != want {
			t.Fatalf("build %d: the carried build's pages differ from a fresh build's", i)
		}
		if len(r.breaks) == 0 || len(r.breaks) > keptBreaks {
			t.Fatalf("build %d: %d page breaks kept", i, len(r.breaks))
		}
		if taken := slices.Contains(before, r.breaks[0]); taken != step.taken {
			t.Errorf("build %d: kept breaks taken %v, want %v", i, taken, step.taken)
		}
	}
}
