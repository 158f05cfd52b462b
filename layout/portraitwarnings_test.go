package layout

import (
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestUnprintedPortraitsAreSaid: a portrait given for a moderator of any
// kind, which the moderation's credit line leaves unprinted, is warned
// about at its photo key (unprinted-portrait); a talk's or a workshop's
// speaker's portrait, which the speakers' grid prints, is not.
func TestUnprintedPortraitsAreSaid(t *testing.T) {
	photo := &content.Image{File: "portraet.jpg", Format: "jpeg", WidthPx: 600, HeightPx: 800}
	for _, c := range []struct {
		kind                content.SectionKind
		speaker, moderator  bool
		wantSpeaker, wantMo bool
	}{
		{content.Workshop, true, false, false, false},
		{content.Workshop, false, true, false, true},
		{content.Panel, false, true, false, true},
		{content.Talk, true, false, false, false},
	} {
		doc := exampleDocument(t)
		s := &doc.Sections[len(doc.Sections)-2]
		s.Kind = c.kind
		s.Speakers = []content.Person{{Name: "Nilüfer Demirtaş"}}
		s.Moderation = []content.Person{{Name: "Henrike Vogelsang"}}
		if c.speaker {
			s.Speakers[0].Photo = photo
		}
		if c.moderator {
			s.Moderation[0].Photo = photo
		}
		var speaker, moderator bool
		for _, w := range Compose(doc, DefaultTheme(), bound).Warnings {
			if w.Kind != WarnUnprintedPortrait {
				continue
			}
			speaker = speaker || strings.HasSuffix(w.Where, ".speakers[0].photo")
			moderator = moderator || strings.HasSuffix(w.Where, ".moderation[0].photo")
		}
		if speaker != c.wantSpeaker || moderator != c.wantMo {
			t.Errorf("%s: warned at the speaker's photo %v, the moderator's %v; want %v, %v", c.kind, speaker, moderator, c.wantSpeaker, c.wantMo)
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
