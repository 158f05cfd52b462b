package layout

import (
	"slices"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestPhraseBreaks: a balanced heading whose line would end on a function
// word only because the line before it would be short moves the break
// before the function word (probe18 e1's „Grußwort des /
// Bundesministeriums“, „Fachkräftesicherung als / Gemeinschaftsaufgabe“,
// the conference's cover title).
func TestPhraseBreaks(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	w := func(s string, st typeset.TextStyle) typeset.Scaled { return c.measure(plain(s), st) }
	h := th.Heading
	for _, tc := range []struct {
		title string
		st    typeset.TextStyle
		width typeset.Scaled
		want  []string
	}{
		{"Grußwort des Bundesministeriums für Arbeit und Soziales", h, w("Grußwort des Bundesministeriums", h) - typeset.Pt(1),
			[]string{"Grußwort", "des Bundesministeriums", "für Arbeit und Soziales"}},
		{"Fachkräftesicherung als Gemeinschaftsaufgabe", h, w("Fachkräftesicherung als Gemeinschafts", h),
			[]string{"Fachkräftesicherung", "als Gemeinschaftsaufgabe"}},
		{"Digitale Teilhabe in der Migrationsberatung", th.CoverTitle, th.PageWidth - 2*typeset.MM(25),
			[]string{"Digitale Teilhabe", "in der Migrationsberatung"}},
	} {
		if got := displayLines(c, plain(tc.title), tc.st, tc.width, true); !slices.Equal(got, tc.want) {
			t.Errorf("%q in %.0f pt: %q, want %q", tc.title, tc.width.Points(), got, tc.want)
		}
	}
}

// TestShortLine: a line other than the last shorter than a third of the
// longest is short; the last line may be.
func TestShortLine(t *testing.T) {
	box := func(w int) typeset.Node { return typeset.Node{Kind: typeset.BoxNode, Width: typeset.Pt(float64(w))} }
	glue := typeset.Node{Kind: typeset.GlueNode, Width: typeset.Pt(3)}
	nodes := []typeset.Node{box(30), glue, box(100), glue, box(20), glue, box(40)}
	for _, tc := range []struct {
		lines []typeset.Line
		short bool
	}{
		{[]typeset.Line{{Start: 0, End: 1}, {Start: 2, End: 7}}, true},                     // 30 against 166
		{[]typeset.Line{{Start: 0, End: 3}, {Start: 4, End: 7}}, false},                    // 133, then 63
		{[]typeset.Line{{Start: 0, End: 3}, {Start: 4, End: 5}, {Start: 6, End: 7}}, true}, // 20 against 133
		{[]typeset.Line{{Start: 0, End: 5}, {Start: 6, End: 7}}, false},                    // the last, 40, may be short
	} {
		if got := shortLine(nodes, tc.lines); got != tc.short {
			t.Errorf("lines %v: short %v, want %v", tc.lines, got, tc.short)
		}
	}
}

// TestWholeLastPhraseOverALoneWord: a heading whose balanced lines leave
// one word alone on the last („Wie können Kommunen / die
// Arbeitsmarktintegration von Geflüchteten / unterstützen?“), where
// neither balancing nor the phrase rule finds better, is set in the
// narrower lines that close phrases and end on no function word.
func TestWholeLastPhraseOverALoneWord(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	v := c.balancedText(plain("Wie können Kommunen die Arbeitsmarktintegration von Geflüchteten unterstützen?"), c.th.Heading, 0, c.th.ColumnWidth(), "")
	var lines []string
	for _, n := range v {
		var words []string
		for _, it := range n.Items {
			if g, ok := it.(*typeset.GlyphRun); ok {
				words = append(words, g.Text)
			}
		}
		if len(words) > 0 {
			lines = append(lines, strings.Join(words, " "))
		}
	}
	want := "Wie können Kommunen | die Arbeitsmarktintegration | von Geflüchteten unterstützen?"
	if got := strings.Join(lines, " | "); got != want {
		t.Errorf("%s, want %s", got, want)
	}
}

// TestHeadingKeepsNamedAdjectiveWithItsNoun: a balanced heading parts a
// name's capitalised adjective from its noun („Landesverband Soziale /
// Arbeit“, „Netzwerk Berufliche / Bildung“) in at most three settings of
// ten, in measures from half the text width to all of it; without the
// rule (isNamedAdjective in attributesBound) nearly half of them did
// (31 of 65).
func TestHeadingKeepsNamedAdjectiveWithItsNoun(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	titles := []string{"Perspektiven für den Landesverband Soziale Arbeit in Sachsen-Anhalt und Thüringen",
		"Zehn Jahre Netzwerk Berufliche Bildung in der Region Ostthüringen", "Grußwort der Landesarbeitsgemeinschaft Soziale Brennpunkte",
		"Bericht aus dem Arbeitskreis Digitale Teilhabe und Medienkompetenz", "Das Bündnis Soziale Gerechtigkeit im Gespräch mit der Landesregierung"}
	split, set := 0, 0
	for _, title := range titles {
		for width := th.TextWidth() / 2; width <= th.TextWidth(); width += th.TextWidth() / 24 {
			d := c.newPreparedDisplay(plain(title), th.Heading)
			p0, lines0, stage := d.breakStageAt(width)
			p, lines, _ := balancedSearch(&c.lines, p0, lines0, width, d.stageParams(stage), c.hyph)
			set++
			for _, ln := range lines[:len(lines)-1] {
				if isNamedAdjective(lastWord(ln.Text(p.Nodes))) {
					split++
				}
			}
		}
	}
	t.Logf("of %d settings, %d part a name's adjective from its noun", set, split)
	if split*10 > set*3 {
		t.Errorf("of %d settings, %d part a name's adjective from its noun: want three in ten at most", set, split)
	}
}

// TestHeadingKeepsAdjectiveWithItsNoun: a balanced heading ends a line
// between an attributive adjective and its noun („im demografischen /
// Wandel“, „in ländlichen / Räumen“) far less often than without the
// rule, in measures from half the text width to all of it: only where
// its lines allow no other break of as many lines.
func TestHeadingKeepsAdjectiveWithItsNoun(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	titles := map[string]string{
		"Arbeitsmarktintegration im demografischen Wandel: Was wir aus zehn Jahren Netzwerkarbeit für die Fachkräftesicherung von morgen lernen können": "demografischen",
		"Arbeitsmarktintegration in ländlichen Räumen aus wissenschaftlicher Perspektive":                                                               "ländlichen",
		"Beratung von Geflüchteten in ländlichen Räumen und kleinen Städten":                                                                            "ländlichen",
	}
	split := func(h typeset.Hyphenator) (n, set int) {
		for title, adjective := range titles {
			for width := th.TextWidth() / 2; width <= th.TextWidth(); width += th.TextWidth() / 24 {
				d := c.newPreparedDisplay(plain(title), th.Heading)
				p0, lines0, stage := d.breakStageAt(width)
				p, lines, _ := balancedSearch(&c.lines, p0, lines0, width, d.stageParams(stage), h)
				set++
				for _, ln := range lines[:len(lines)-1] {
					if lastWord(ln.Text(p.Nodes)) == adjective {
						n++
					}
				}
			}
		}
		return n, set
	}
	with, set := split(c.hyph)
	without, _ := split(nil) // the rule needs the language's function words
	t.Logf("of %d settings, %d split an adjective from its noun (%d without the rule)", set, with, without)
	if without == 0 || with*2 > without {
		t.Errorf("of %d settings, %d split an adjective from its noun, %d without the rule: want half as many at most", set, with, without)
	}
}
