package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestNoticeAloneGoesToTheFoot: a page that holds the funding notice
// alone from the top of its type area (noticeAlone) is set at the foot
// (atFoot), its bookmarks and anchors with it; a page where the notice
// follows other content is not alone.
func TestNoticeAloneGoesToTheFoot(t *testing.T) {
	c := &composer{th: DefaultTheme()}
	mark := &Mark{Kind: MarkFundingNote}
	rule := &typeset.Rule{H: typeset.Pt(1)}
	pb := typeset.PageBody{Items: []typeset.Item{rule, mark}, Used: typeset.Pt(80), Anchors: map[int]typeset.Scaled{7: 0},
		Outline: []typeset.OutlineEntry{{Title: "Förderung", Y: 0}}}
	if !noticeAlone(pb) {
		t.Fatal("a page beginning with the notice is not taken as the notice alone")
	}
	pb = c.atFoot(pb)
	want := c.th.TextHeight() - typeset.Pt(80)
	if mark.Y != want || rule.Y != want || pb.Anchors[7] != want || pb.Outline[0].Y != want || pb.Used != c.th.TextHeight() {
		t.Errorf("after atFoot: mark at %v, rule at %v, anchor at %v, bookmark at %v, used %v; want all at %v and used the type area's %v",
			mark.Y.Points(), rule.Y.Points(), pb.Anchors[7].Points(), pb.Outline[0].Y.Points(), pb.Used.Points(), want.Points(), c.th.TextHeight().Points())
	}
	below := &Mark{Kind: MarkFundingNote, Y: typeset.Pt(300)}
	if noticeAlone(typeset.PageBody{Items: []typeset.Item{&typeset.GlyphRun{Text: "Text"}, below}}) {
		t.Error("a notice below other content is taken as alone")
	}
}
