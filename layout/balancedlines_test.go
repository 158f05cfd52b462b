package layout

import (
	"reflect"
	"testing"

	"brochure/layout/typeset"
)

// TestBalancedLinesAsBrokenAgain: balanced display text keeps the lines
// its width search found (balancedSearch; the phrase choice after it,
// evenestPhrases, sets lines of its own in the full width) (the last probe that fitted, or the lines in the
// full width) instead of breaking the text once more in the width chosen;
// they must be exactly what breaking it again there gives (with the
// phrase-break rule's parameters where that rule's setting was taken). The example's
// section titles and speaker names are set in widths from a third of the
// measure to all of it.
func TestBalancedLinesAsBrokenAgain(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	doc := exampleDocument(t)
	var texts []string
	for _, s := range doc.Sections {
		texts = append(texts, s.Title)
		for _, p := range s.Speakers {
			texts = append(texts, p.Name+", "+p.Role)
		}
	}
	measure := th.TextWidth()
	narrowed := 0
	for _, text := range texts {
		for _, st := range []typeset.TextStyle{th.Heading, th.SpeakerName} {
			for width := measure / 3; width <= measure; width += measure / 17 {
				d := c.newPreparedDisplay(plain(text), st)
				p0, lines0, stage := d.breakStageAt(width)
				if anyOverfull(lines0) {
					continue
				}
				p, lines, w := balancedSearch(&c.lines, p0, lines0, width, d.stageParams(stage), c.hyph)
				params := d.params
				if phraseBroken(p) {
					params = phraseParams(params) // the phrase-break rule's breaking
				}
				again := c.lines.Break(p.Nodes, func(int) typeset.Scaled { return w }, params)
				if !reflect.DeepEqual(lines, again) {
					t.Errorf("%q in %v: the search's lines in %v are %+v, broken again %+v", text, width, w, lines, again)
				}
				if w < width {
					narrowed++
				}
			}
		}
	}
	if narrowed == 0 {
		t.Error("no text was balanced into a narrower width: nothing was checked")
	}
}

// phraseBroken reports whether p is the phrase-break rule's copy of a
// paragraph: its function-word line ends cost phraseEndPenalty.
func phraseBroken(p *typeset.Paragraph) bool {
	for _, n := range p.Nodes {
		if n.Kind == typeset.GlueNode && n.Penalty == phraseEndPenalty {
			return true
		}
	}
	return false
}
