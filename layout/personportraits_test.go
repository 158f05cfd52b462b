package layout

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestModeratorPortraitsArePrinted: a portrait given for a moderator is
// printed as a speaker's is — in a grid of the moderators under the
// speakers', the moderator's role line saying „Moderation“ — in a panel, a talk and
// a workshop (whose speakers, without portraits, then stand in the grid
// too), and the credit line „Moderation: …“ gives way to it. A photo too
// small for its frame is reported at the moderator's key. Before, the
// portrait was warned about (unprinted-portrait) and left out.
func TestModeratorPortraitsArePrinted(t *testing.T) {
	photo := &content.Image{File: "moderation.jpg", Format: "jpeg", WidthPx: 30, HeightPx: 40, Alt: "Porträt der Moderatorin"}
	for _, kind := range []content.SectionKind{content.Panel, content.Talk, content.Workshop} {
		doc := exampleDocument(t)
		k := len(doc.Sections) - 2
		s := &doc.Sections[k]
		s.Kind = kind
		s.Speakers = []content.Person{{Name: "Nilüfer Demirtaş", Role: "Referentin"}}
		s.Moderation = []content.Person{{Name: "Henrike Vogelsang", Organisation: "Radio Nord", Photo: photo}}
		s.Moderation[0].Photo = nil
		want := strings.Count(composedText(Compose(doc, DefaultTheme(), bound)), "Moderation:") - 1
		s.Moderation[0].Photo = photo
		laid := Compose(doc, DefaultTheme(), bound)
		portraits, creditLines := 0, 0
		var text strings.Builder
		for _, p := range laid.Pages {
			for _, it := range p.Items {
				switch x := it.(type) {
				case *Picture:
					if x.Elem != nil && x.Elem.Alt() == photo.Alt {
						portraits++
					}
				case *typeset.GlyphRun:
					text.WriteString(x.Text + " ")
					if x.Text == "Moderation:" {
						creditLines++
					}
				}
			}
		}
		if portraits != 1 {
			t.Errorf("%s: the moderator's portrait printed %d times, want once", kind, portraits)
		}
		if !strings.Contains(text.String(), "Henrike Vogelsang Moderation, Radio Nord") {
			t.Errorf("%s: no cell „Henrike Vogelsang / Moderation, Radio Nord“ in the text", kind)
		}
		if before, ok := strings.CutSuffix(strings.SplitN(text.String(), "Henrike Vogelsang", 2)[0], " "); !ok || !strings.Contains(before, "Nilüfer Demirtaş") {
			t.Errorf("%s: the moderator does not stand after the speaker", kind)
		}
		if creditLines != want { // the example's own moderated sections keep theirs
			t.Errorf("%s: %d credit lines „Moderation:“, want %d (the other sections')", kind, creditLines, want)
		}
		enlarged := false
		for _, w := range laid.Warnings {
			enlarged = enlarged || w.Kind == WarnEnlargedImage && strings.HasSuffix(w.Where, fmt.Sprintf("sections[%d].moderation[0].photo", k))
		}
		if !enlarged {
			t.Errorf("%s: the moderator's small photo is not reported at sections[%d].moderation[0].photo", kind, k)
		}
	}
}

// TestWorkshopPortraitsArePrinted: the example's workshops credit their
// speakers in a line each („Mit Name (Rolle) und …“); given a portrait
// for a speaker of one of them, that workshop sets its speakers in the
// speakers' grid, the portrait printed, and its credit line is gone.
func TestWorkshopPortraitsArePrinted(t *testing.T) {
	photo := &content.Image{File: "portraet.jpg", Format: "jpeg", WidthPx: 600, HeightPx: 800, Alt: "Porträt"}
	lines := map[bool]int{}
	for _, withPhoto := range []bool{false, true} {
		doc := exampleDocument(t)
		k := slices.IndexFunc(doc.Sections, func(s content.Section) bool { return s.Kind == content.Workshop && len(s.Speakers) > 1 })
		if k < 0 {
			t.Fatal("the example has no workshop of two speakers")
		}
		if withPhoto {
			doc.Sections[k].Speakers[0].Photo = photo
		}
		portraits := 0
		for _, p := range Compose(doc, DefaultTheme(), bound).Pages {
			for _, it := range p.Items {
				switch x := it.(type) {
				case *Picture:
					if x.Elem != nil && x.Elem.Alt() == "Porträt" {
						portraits++
					}
				case *typeset.GlyphRun:
					if x.Text == "Mit" || strings.HasPrefix(x.Text, "Mit ") {
						lines[withPhoto]++
					}
				}
			}
		}
		if want := map[bool]int{false: 0, true: 1}[withPhoto]; portraits != want {
			t.Errorf("portrait given %v: %d portraits printed, want %d", withPhoto, portraits, want)
		}
	}
	if lines[false] == 0 || lines[true] != lines[false]-1 {
		t.Errorf("credit lines „Mit …“: %d without the portrait, %d with it; want one fewer", lines[false], lines[true])
	}
}

// composedText is the text of the composed pages' glyph runs, a space
// after each.
func composedText(laid *Document) string {
	var b strings.Builder
	for _, p := range laid.Pages {
		for _, it := range p.Items {
			if g, ok := it.(*typeset.GlyphRun); ok {
				b.WriteString(g.Text + " ")
			}
		}
	}
	return b.String()
}
