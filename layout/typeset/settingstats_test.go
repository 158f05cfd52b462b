package typeset

import "testing"

// TestSettingStats: the summary counts justified lines only, weighs each
// line's space ratio by its spaces, reads percentiles from the histograms,
// measures glyph-scale changes within a paragraph only, and counts
// hyphenated runs and breaks by kind.
func TestSettingStats(t *testing.T) {
	line := func(scale, spaces int, ratio float64, left, right Scaled, hyphen bool, kind BreakKind) Line {
		return Line{Hyphenated: hyphen, Setting: LineSetting{Justified: true, GlyphScale: scale, Spaces: spaces,
			SpaceRatio: ratio, ProtrudeLeft: left, ProtrudeRight: right, InWord: hyphen, Break: kind}}
	}
	var s SettingStats
	s.AddParagraph([]Line{
		line(200, 9, 1.00, 0, Pt(2.4), true, Joint),
		line(-100, 9, 1.00, 0, 0, true, FirstPart),
		line(0, 1, 1.50, Pt(1), 0, false, 0),
		{Setting: LineSetting{Spaces: 3, SpaceRatio: 1}}, // the last line: not justified
	})
	s.AddParagraph([]Line{
		line(150, 10, 1.10, 0, Pt(2.4), true, Hyphenation),
		line(150, 10, 0.90, 0, 0, true, LaterPart),
		line(150, 10, 1.00, 0, 0, true, AfterHyphen),
		line(0, 1, 1.00, 0, 0, false, 0),
	})
	got := s.Summary()
	want := SettingSummary{
		Lines: 7, Spaces: 50,
		SpaceMedian: 1.00, SpaceP95: 1.10, SpaceMax: 1.50, SpaceMeanDistance: (0.5 + 10*0.1 + 10*0.1) / 50,
		ScaledShare: 100 * 5.0 / 7, ScaleP95: 2.00, ScaleMax: 2.00,
		JumpP95: 3.00, JumpMax: 3.00, // +2 % then −1 %: 3 %; never across paragraphs
		ProtrudedLines: 3, ProtrudedLeft: 1, ProtrudedRight: 2, ProtrusionMedian: 2.4, ProtrusionMax: 2.4,
		HyphenatedLines: 5, LongestRun: 3,
		AtJoint: 1, InFirstPart: 1, InLaterPart: 1, InSimple: 1, AfterHyphen: 1,
	}
	if d := got.SpaceMeanDistance - want.SpaceMeanDistance; d > 1e-9 || d < -1e-9 {
		t.Errorf("mean distance %v, want %v", got.SpaceMeanDistance, want.SpaceMeanDistance)
	}
	got.SpaceMeanDistance = want.SpaceMeanDistance
	if got != want {
		t.Errorf("summary\n got %+v\nwant %+v", got, want)
	}
	if (&SettingStats{}).Summary() != (SettingSummary{}) {
		t.Errorf("an empty document has figures")
	}
}

// TestSettingStatsTakeEveryBreakKind: a justified line may end at a break
// of any kind, the last resorts too (a double name at its hyphen, an
// address after its „www“); counting them must not run past the counts.
func TestSettingStatsTakeEveryBreakKind(t *testing.T) {
	var s SettingStats
	for k := range breakKinds {
		s.AddParagraph([]Line{{Setting: LineSetting{Justified: true, Spaces: 2, SpaceRatio: 1, InWord: true, Break: k}}})
	}
	if got := s.Summary().AfterHyphen; got != 1 {
		t.Errorf("%d lines after a written hyphen, want 1", got)
	}
}
