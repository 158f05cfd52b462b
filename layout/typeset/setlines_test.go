package typeset

import (
	"strings"
	"testing"

	"brochure/fonts"
)

// TestSetLinesJoinsTheSyllablesOfAWord: words are split into boxes at
// every hyphenation point, but each line draws one glyph run per word
// (the hyphen of a broken word included), the runs' widths add up to the
// boxes', and a linked word keeps one link area as wide as its run.
func TestSetLinesJoinsTheSyllablesOfAWord(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	params := TeXParams
	params.Expansion = 20
	var hyph everyThird
	cases := []struct {
		name  string
		spans []Span
		width Scaled
	}{
		{"long compounds", plain("Arbeitsmarktintegration Bundesagentur Arbeitsverwaltung Integrationsstrukturen " +
			"Unterstützungsangebote Migrationshintergrund Lebensunterhaltssicherung Verständnis"), Pt(150)},
		{"a link", []Span{{Text: "Siehe "}, {Text: "Arbeitsmarktintegration", URL: "https://example.org/"}, {Text: " dort."}}, Pt(400)},
	}
	for _, c := range cases {
		p := NewParagraph(c.spans, body, hyph)
		pieces := 0
		for _, n := range p.Nodes {
			if n.Kind == BoxNode {
				pieces++
			}
		}
		vlist, lines := SetParagraph(p, 0, c.width, Justified, params)
		var words []string
		runs := 0
		for li, v := range vlist {
			if v.Kind != VBox {
				continue
			}
			var prev *GlyphRun
			for i, it := range v.Items {
				g, ok := it.(*GlyphRun)
				if !ok {
					if l, ok := it.(*LinkArea); ok {
						if i == 0 || prev == nil || l.X != prev.X || l.W != prev.Width {
							t.Errorf("%s: link area at %v wide %v does not cover its run %+v", c.name, l.X, l.W, prev)
						}
					}
					continue
				}
				runs++
				if prev != nil && prev.X+prev.Width >= g.X {
					t.Errorf("%s: line %d: runs %q and %q touch: they should have been one", c.name, li, prev.Text, g.Text)
				}
				if n := len([]rune(g.Text)); g.Kern() != nil && len(g.Kern()) != n {
					t.Errorf("%s: run %q has %d kerning entries for %d characters", c.name, g.Text, len(g.Kern()), n)
				}
				words = append(words, g.Text)
				prev = g
			}
		}
		if runs >= pieces {
			t.Errorf("%s: %d runs for %d boxes: syllables not joined", c.name, runs, pieces)
		}
		joined := strings.Join(words, " ")
		joined = strings.ReplaceAll(joined, "- ", "")
		want := strings.Join(strings.Fields(spansText(c.spans)), " ")
		if joined != want {
			t.Errorf("%s: runs read %q, want %q", c.name, joined, want)
		}
		if c.name == "long compounds" && !hasHyphenatedLine(lines) {
			t.Errorf("%s: no line ends in a hyphen at %v; the test needs one", c.name, c.width)
		}
	}
}

func spansText(spans []Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

func hasHyphenatedLine(lines []Line) bool {
	for _, l := range lines {
		if l.Hyphenated {
			return true
		}
	}
	return false
}

// TestSetLinesMarksWordSpaces: every run that ends a word before a space
// (on its line or at the line's end) is marked with the space after it,
// with the width the line gives that space inside a line; a run that
// ends inside a word (a hyphenated line end, a word split by emphasis)
// is not. Read in order, the runs and their spaces give the text back.
func TestSetLinesMarksWordSpaces(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	spans := append(plain("Arbeitsmarktintegration und Unterstützungsangebote für "), Span{Text: "Geflüch", Style: fonts.Bold},
		Span{Text: "tete in ländlichen Regionen, Lebensunterhaltssicherung und Verständnis."})
	p := NewParagraph(spans, body, everyThird{})
	vlist, lines := SetParagraph(p, 0, Pt(120), Justified, TeXParams)
	var text strings.Builder
	hyphenated := 0
	for li, v := range vlist {
		if v.Kind != VBox {
			continue
		}
		var runs []*GlyphRun
		for _, it := range v.Items {
			if g, ok := it.(*GlyphRun); ok {
				runs = append(runs, g)
			}
		}
		for i, g := range runs {
			if g.ActualText() != nil {
				text.WriteString(*g.ActualText())
				if *g.ActualText() != "" {
					hyphenated++
				}
			} else {
				text.WriteString(g.Text)
			}
			if g.SpaceAfter > 0 {
				text.WriteString(" ")
			}
			if i+1 < len(runs) && g.SpaceAfter > 0 && g.X+g.Width+g.SpaceAfter != runs[i+1].X {
				t.Errorf("line %d: space after %q is %v wide, the gap to %q %v", li, g.Text, g.SpaceAfter, runs[i+1].Text, runs[i+1].X-g.X-g.Width)
			}
		}
	}
	want := "Arbeitsmarktintegration und Unterstützungsangebote für Geflüchtete in ländlichen Regionen, Lebensunterhaltssicherung und Verständnis. "
	if got := text.String(); got != want {
		t.Errorf("read with the marked spaces:\n got %q\nwant %q", got, want)
	}
	if hyphenated == 0 || len(lines) < 4 {
		t.Errorf("%d lines, %d hyphenated: the case does not test line ends inside words", len(lines), hyphenated)
	}
}

// TestSetLinesSaysAWordDividedTwiceOnce: a compound longer than two
// lines (Arbeits- / marktintegrations- / maßnahmen) reads once and whole:
// its first piece says the whole word, the pieces after it say nothing,
// and every piece but the last is marked as ending in an inserted
// hyphen. (Said pairwise, the middle piece repeated „marktintegrations“.)
func TestSetLinesSaysAWordDividedTwiceOnce(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	const word = "Arbeitsmarktintegrationsmaßnahmenbegleitforschungsergebnisse"
	p := NewParagraph(plain("Die "+word+" liegen vor."), body, everyThird{})
	vlist, _ := SetParagraph(p, 0, Pt(90), RaggedRight, TeXParams)
	var text strings.Builder
	var pieces []*GlyphRun
	for _, v := range vlist {
		for _, it := range v.Items {
			g, ok := it.(*GlyphRun)
			if !ok {
				continue
			}
			if g.ActualText() != nil {
				text.WriteString(*g.ActualText())
			} else {
				text.WriteString(g.Text)
			}
			if g.SpaceAfter > 0 {
				text.WriteString(" ")
			}
			if strings.Contains(word, strings.TrimSuffix(g.Text, "-")) {
				pieces = append(pieces, g)
			}
		}
	}
	if got, want := text.String(), "Die "+word+" liegen vor. "; got != want {
		t.Errorf("read as the text layer would:\n got %q\nwant %q", got, want)
	}
	if len(pieces) < 3 {
		t.Fatalf("the word is set in %d pieces; the test needs at least three at this width", len(pieces))
	}
	for i, g := range pieces {
		if last := i == len(pieces)-1; g.HyphenInserted == last {
			t.Errorf("piece %d %q: HyphenInserted %v", i, g.Text, g.HyphenInserted)
		}
		if said := i == 0; g.ActualText() == nil {
			t.Errorf("piece %d %q has no actual text", i, g.Text)
		} else if (*g.ActualText() != "") != said {
			t.Errorf("piece %d %q says %q", i, g.Text, *g.ActualText())
		}
	}
}

// TestRaggedLinesKeepTheirSpacing: ragged-right lines are not squeezed
// to take one more word: their glyphs keep their width and their spaces
// at least 88 % of theirs, while justified lines of the same text may
// use both.
func TestRaggedLinesKeepTheirSpacing(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	text := "Die Beratungsstellen berichten, dass die Wartezeiten bei den Behörden gestiegen sind und viele " +
		"Ratsuchende mehrfach vorsprechen müssen, bevor ihr Anliegen bearbeitet wird; das Netzwerk bietet " +
		"deshalb gemeinsame Sprechstunden an, in denen Fachkräfte der Migrationsberatung, des Jobcenters und " +
		"der Ausländerbehörde zusammen beraten. Die Termine werden auf der Seite des Netzwerks angekündigt."
	params := TeXParams
	params.Expansion = 20
	for _, width := range []Scaled{Pt(140), Pt(170), Pt(200), Pt(230)} {
		p := NewParagraph(plain(text), body, nil)
		_, lines := SetParagraph(p, 0, width, RaggedRight, params)
		for i, ln := range lines {
			if ln.Setting.GlyphScale != 0 || ln.Setting.Spaces > 0 && ln.Setting.SpaceRatio < 0.88 {
				t.Errorf("width %.0f pt, line %d: glyphs %+d/10000, spaces at %.0f %%", width.Points(), i+1, ln.Setting.GlyphScale, 100*ln.Setting.SpaceRatio)
			}
		}
	}
}

// TestSetLinesOwnTheirRuns: the lines of a paragraph, built in a scratch
// that the next paragraph reuses, keep glyph runs of their own: setting
// another paragraph after them changes none of their items, and no two
// lines share a run.
func TestSetLinesOwnTheirRuns(t *testing.T) {
	body := TextStyle{Family: fonts.Serif(), Size: Pt(10.5), Leading: Pt(14.5)}
	var hyph everyThird
	first, _ := SetParagraph(NewParagraph(plain("Arbeitsmarktintegration Bundesagentur Arbeitsverwaltung Integrationsstrukturen "+
		"Unterstützungsangebote Migrationshintergrund"), body, hyph), 0, Pt(150), Justified, TeXParams)
	var before []GlyphRun
	seen := map[*GlyphRun]bool{}
	for _, v := range first {
		for _, it := range v.Items {
			if g, ok := it.(*GlyphRun); ok {
				if seen[g] {
					t.Errorf("run %q stands on two lines", g.Text)
				}
				seen[g] = true
				before = append(before, *g)
			}
		}
	}
	if len(before) < 4 {
		t.Fatalf("%d runs: want a paragraph of several lines", len(before))
	}
	SetParagraph(NewParagraph(plain("Lebensunterhaltssicherung Verständnis Schuldnerberatung Jugendberufsagentur Netzwerk"), body, hyph),
		Pt(20), Pt(120), Justified, TeXParams)
	k := 0
	for _, v := range first {
		for _, it := range v.Items {
			if g, ok := it.(*GlyphRun); ok {
				if *g != before[k] {
					t.Errorf("run %d was %q at %v, is %q at %v after the next paragraph was set", k, before[k].Text, before[k].X, g.Text, g.X)
				}
				k++
			}
		}
	}
}
