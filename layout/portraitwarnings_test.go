package layout

import (
	"strings"
	"testing"

	"brochure/content"
)

// TestUnprintedPortraitsAreSaid: a portrait given for a workshop's speaker
// or for a moderator of any kind, which their credit lines leave
// unprinted, is warned about at its photo key (unprinted-portrait); a
// talk's speaker's portrait, which its grid prints, is not.
func TestUnprintedPortraitsAreSaid(t *testing.T) {
	photo := &content.Image{File: "portraet.jpg", Format: "jpeg", WidthPx: 600, HeightPx: 800}
	for _, c := range []struct {
		kind                content.SectionKind
		speaker, moderator  bool
		wantSpeaker, wantMo bool
	}{
		{content.Workshop, true, false, true, false},
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
