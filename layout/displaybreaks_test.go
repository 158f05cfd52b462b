package layout

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// testComposer is a composer with the built-in theme and the German
// hyphenator, for setting pieces of a page on their own.
func testComposer(t testing.TB, th Theme) *composer {
	t.Helper()
	return &composer{doc: &content.Document{Sections: make([]content.Section, 1)}, th: th, hyph: german.NewHyphenator(german.GermanPatterns(), nil),
		root: &typeset.StructElement{Role: typeset.RoleDocument}}
}

// textComposer is testComposer with the built-in German typography, as
// running text is set.
func textComposer(t testing.TB, th Theme) *composer {
	t.Helper()
	c := testComposer(t, th)
	c.typo = german.DefaultTypography()
	return c
}

// displayLines sets spans by the display-break rule and returns the text
// of each line, with the hyphen a break draws.
func displayLines(c *composer, spans []typeset.Span, st typeset.TextStyle, width typeset.Scaled, balance bool) []string {
	_, p, _, lines := c.setDisplay(c.normalised(spans), st, 0, width, balance)
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = ln.Text(p.Nodes)
	}
	return out
}

// TestDisplayBreaks sets headings and names by the display-break rule in
// measures chosen from their own words, so the cases hold whatever the
// fonts' widths: a long compound breaks at its joint, a hyphenated
// heading that fits as balanced lines breaks at a space, only a single
// word wider than the measure is hyphenated, and names never are.
func TestDisplayBreaks(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	h := th.Heading
	w := func(s string) typeset.Scaled { return c.measure(plain(s), h) }
	name := []typeset.Span{{Text: "Wiesenthal-Oberkirchner", Keep: true}}
	long := []typeset.Span{{Text: "Wiesenthaloberkirchner", Keep: true}}
	credit := []typeset.Span{{Text: "Mit "}, {Text: "Marija Kovačević", Name: true}, {Text: " und "}, {Text: "Sabine Oetjen-Hagedorn", Name: true}}
	cases := []struct {
		name    string
		spans   []typeset.Span
		st      typeset.TextStyle
		width   typeset.Scaled
		balance bool
		want    []string
	}{
		{"joint before a short syllable", plain("Begleitforschungsergebnisse: OER und OEP"), h,
			w("Begleitforschungsergebnisse:") - typeset.Pt(2), true,
			[]string{"Begleitforschungs-", "ergebnisse: OER und OEP"}},
		{"balanced at a space, not the hyphen", plain("Neue OER-Qualitätskriterien"), h,
			w("Neue OER-Qualitätskriterien") - typeset.Pt(2), true,
			[]string{"Neue", "OER-Qualitätskriterien"}},
		{"a single word wider than the measure", plain("Donaudampfschifffahrtsgesellschaftskapitän"), h,
			w("Donaudampfschifffahrtsgesellschaft"), true,
			nil}, // checked below: hyphenated, fragments of four letters or more
		{"a piece before a soft hyphen wider than the measure breaks at a joint", plain("Arbeitsmarktintegrationsförderungsprogramm\u00adevaluation"), h,
			w("Arbeitsmarktintegrationsförderungs"), true,
			[]string{"Arbeitsmarktintegrations-", "förderungsprogrammevaluation"}},
		{"a piece before the author's hyphen wider than the measure breaks at a joint", plain("Arbeitsmarktintegrationsförderungsprogramm-Evaluation"), h,
			w("Arbeitsmarktintegrationsförderungs"), true,
			[]string{"Arbeitsmarktintegrations-", "förderungsprogramm-Evaluation"}},
		{"fits: unchanged", plain("Begrüßung und Einführung"), h, w("Begrüßung und Einführung"), true,
			[]string{"Begrüßung und Einführung"}},
		{"a name breaks only at its own hyphen", name, th.SpeakerName,
			c.measure(name, th.SpeakerName) * 3 / 4, false,
			[]string{"Wiesenthal-", "Oberkirchner"}},
		{"a name without a hyphen is never broken", long, th.SpeakerName,
			c.measure(long, th.SpeakerName) * 3 / 4, false,
			[]string{"Wiesenthaloberkirchner"}}, {"a name moves whole to the next line", append(plain("Moderation: "), typeset.Span{Text: "Prof. Dr. Viera Pirker", Name: true}), th.SpeakerName,
			c.measure(plain("Moderation: Prof. Dr. Viera"), th.SpeakerName), false,
			[]string{"Moderation:", "Prof. Dr. Viera Pirker"}},
		{"a name wider than the measure breaks between first name and surname, not at its hyphen", []typeset.Span{{Text: "Dr. Kristian Garthus-Niegel", Name: true}}, th.SpeakerName,
			c.measure(plain("Dr. Kristian Garthus-Niegel"), th.SpeakerName) - typeset.Pt(2), false,
			[]string{"Dr. Kristian", "Garthus-Niegel"}},
		{"a double first name stays whole", []typeset.Span{{Text: "Hans-Christoph Oberländer", Name: true}}, th.SpeakerName,
			c.measure(plain("Christoph Oberländer"), th.SpeakerName), false,
			[]string{"Hans-Christoph", "Oberländer"}},
		{"a title stays with the first name, one the normaliser does not bind too", []typeset.Span{{Text: "Univ.-Prof. Hans-Christoph Oberländer-Lüdenscheidt", Name: true}}, th.SpeakerName,
			c.measure(plain("Univ.-Prof. Hans-"), th.SpeakerName) + typeset.Pt(1), false,
			[]string{"Univ.-Prof. Hans-", "Christoph", "Oberländer-", "Lüdenscheidt"}},
		{"a title stays with the first name without the normaliser's no-break spaces", []typeset.Span{{Text: "Dr. Hans-Christoph Oberländer-Lüdenscheidt", Name: true}}, th.SpeakerName,
			c.measure(plain("Hans-Christoph"), th.SpeakerName) + typeset.Pt(1), false,
			[]string{"Dr. Hans-", "Christoph", "Oberländer-", "Lüdenscheidt"}},
		{"a surname's particle stays with the surname", []typeset.Span{{Text: "Maria Cristina dos Santos Oliveira", Name: true}}, th.SpeakerName,
			c.measure(plain("Maria Cristina dos"), th.SpeakerName) + typeset.Pt(1), false,
			[]string{"Maria Cristina", "dos Santos", "Oliveira"}},
		{"a double surname wider than the measure breaks at its hyphen, the first name whole", []typeset.Span{{Text: "Bernd-Joachim Kühnemann-Oguntoye", Name: true}}, th.SpeakerName,
			c.measure(plain("Joachim Kühnemann-"), th.SpeakerName), false,
			[]string{"Bernd-Joachim", "Kühnemann-", "Oguntoye"}},
		{"a double name that fits a line is not divided in a credit line", credit, th.SpeakerName,
			c.measure(plain("Mit Marija Kovačević und Sabine Oetjen-"), th.SpeakerName), false,
			[]string{"Mit Marija Kovačević und", "Sabine Oetjen-Hagedorn"}},
		{"a name's function breaks off before its title, the person's name stays whole", []typeset.Span{{Text: "Staatssekretärin Dr. Ruth Baumgarten", Name: true}}, th.SpeakerName,
			c.measure(plain("Staatssekretärin Dr. Ruth"), th.SpeakerName), false,
			[]string{"Staatssekretärin", "Dr. Ruth Baumgarten"}},
		{"a name wider than the measure breaks at its spaces, never hyphenated", []typeset.Span{{Text: "Prof. Dr. Maximiliane Sophie von Hohenzollern-Sigmaringen", Name: true}}, th.SpeakerName,
			c.measure(plain("Prof. Dr. Maximiliane Sophie von"), th.SpeakerName), false,
			[]string{"Prof. Dr. Maximiliane Sophie", "von Hohenzollern-Sigmaringen"}}, // the particle with its name, not at the line's end
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := displayLines(c, tc.spans, tc.st, tc.width, tc.balance)
			if tc.want == nil {
				for i, l := range got {
					if strings.HasSuffix(l, "-") {
						word := strings.Fields(l)[len(strings.Fields(l))-1]
						next := strings.Fields(got[i+1])[0]
						if letters([]rune(word)) < minDisplayFragment || letters([]rune(next)) < minDisplayFragment {
							t.Errorf("fragment shorter than %d letters: %q", minDisplayFragment, got)
						}
						return
					}
				}
				t.Fatalf("want a hyphenated word, got %q", got)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCreditLineKeepsNamesWhole: a credit line of many speakers, several
// with double names, set in measures from a third of the column to all of
// it, breaks between the names and inside none (no line ends on a name's
// hyphen), and no line is overfull: every name here fits a line of its
// own even in the narrowest measure.
func TestCreditLineKeepsNamesWhole(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	credit := []typeset.Span{{Text: "Mit "}, {Text: "Marija Kovačević", Name: true}, {Text: " und "}, {Text: "Sabine Oetjen-Hagedorn", Name: true}}
	names := []string{"Marija Kovačević", "Sabine Oetjen-Hagedorn", "Dr. Friederike Albrecht-Nowak",
		"Jan-Ole Petersen", "Katrin Hoffmann-Nguyen", "Leyla Şahin", "Thomas Kowalczyk-Brandt"}
	spans := plain("Mit ")
	for k, n := range names {
		switch {
		case k == len(names)-1:
			spans = append(spans, typeset.Span{Text: " und "})
		case k > 0:
			spans = append(spans, typeset.Span{Text: " (Projektleitung), "})
		}
		spans = append(spans, typeset.Span{Text: n, Name: true})
	}
	st := th.SpeakerName
	widest := typeset.Scaled(0)
	for _, n := range names {
		widest = max(widest, c.measure(plain(n), st))
	}
	for width := max(th.ColumnWidth()/3, widest); width <= th.ColumnWidth(); width += typeset.Pt(5) {
		_, p, _, lines := c.setDisplay(c.normalised(spans), st, 0, width, false)
		for i, ln := range lines {
			text := ln.Text(p.Nodes)
			if ln.Overfull > 0 {
				t.Errorf("in %.0f pt: line %d overfull: %q", width.Points(), i+1, text)
			}
			if i < len(lines)-1 && strings.HasSuffix(text, "-") {
				t.Errorf("in %.0f pt: line %d divides a name: %q", width.Points(), i+1, text)
			}
		}
	}
	// A word wider than the measure elsewhere in the line takes the later
	// stages' breaks; the name, which fits, still does not.
	wide := append(slices.Clone(credit), typeset.Span{Text: " (Donaudampfschifffahrtsgesellschaftskapitänin)"})
	width := c.measure(plain("Mit Marija Kovačević und Sabine Oetjen-"), st)
	if got := displayLines(c, wide, st, width, false); !strings.HasPrefix(strings.Join(got, "|"), "Mit Marija Kovačević und|Sabine Oetjen-Hagedorn") {
		t.Errorf("a name beside a word wider than the measure: %q, want it whole on the second line", got)
	}
}

// TestDisplayHyphenatorBreaks checks the breaks each stage allows, word by
// word: none inside a word at the first stage, only joints and the
// author's hyphens and slashes at the second, and never a hyphenated
// fragment of fewer than four letters; a name only at its own hyphen.
func TestDisplayHyphenatorBreaks(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	words := []string{"Begleitforschungsergebnisse", "Arbeitsmarktintegration", "Fachkräfteeinwanderung",
		"Qualitätskriterien", "Lehrerinnen", "Ergebnisse", "Bildungsangebote", "OER-Qualitätskriterien"}
	for _, word := range words {
		w := []rune(word)
		for stage := wordsOnly; stage <= anyBreak; stage++ {
			h := displayHyphenator{base: c.hyph, stage: stage}
			for _, b := range h.Breaks(word, false) {
				switch {
				case stage < jointsFirst:
					t.Errorf("%s: a break at stage %d, before words break: %d", word, stage, b.Pos)
				case b.Kind.Hyphenated() && !(letters(w[:b.Pos]) >= 4 && letters(w[b.Pos:]) >= 4):
					t.Errorf("%s: stage %d breaks %s-%s", word, stage, string(w[:b.Pos]), string(w[b.Pos:]))
				case stage == jointsFirst && b.Kind != typeset.Joint && b.Kind != typeset.AfterHyphen:
					t.Errorf("%s: stage %d breaks inside a stem: %s-%s", word, stage, string(w[:b.Pos]), string(w[b.Pos:]))
				}
			}
			if stage == anyBreak && len(h.Breaks(word, false)) == 0 {
				t.Errorf("%s: no break at the last stage", word)
			}
			want := len(typeset.ExplicitBreaks(w))
			if stage < jointsFirst {
				want = 0
			}
			if got := h.Breaks(word, true); len(got) != want {
				t.Errorf("%s as a name: breaks %v", word, got)
			}
		}
	}
}

// TestBrokenNameWarned: a name that fits a line of its own but is broken
// between its words (the display-break rule's last resort, beside a word
// no stage fits) is reported as a broken name at its key; a name wider
// than the measure, which breaks at its spaces as a typesetter divides
// it, a name that moves whole to the next line, or kept text that is no
// name, is not.
func TestBrokenNameWarned(t *testing.T) {
	th := DefaultTheme()
	long := []typeset.Span{{Text: "Prof. Dr. Maximiliane Sophie von Hohenzollern-Sigmaringen", Name: true}}
	moved := append(plain("Moderation: "), typeset.Span{Text: "Prof. Dr. Viera Pirker", Name: true})
	beside := []typeset.Span{{Text: "Wiesenthaloberkirchnerkapitänin", Keep: true}, {Text: " und "}, {Text: "Prof. Dr. Viera Pirker", Name: true}}
	m := testComposer(t, th) // measures the widths
	for _, tc := range []struct {
		spans []typeset.Span
		width typeset.Scaled
		want  int
	}{
		{beside, typeset.MM(35), 1},
		{long, m.measure(plain("Prof. Dr. Maximiliane Sophie von"), th.SpeakerName), 0},
		{long, m.measure(long, th.SpeakerName), 0},
		{moved, m.measure(plain("Moderation: Prof. Dr. Viera"), th.SpeakerName), 0},
		// A function broken off before the title leaves the name whole.
		{[]typeset.Span{{Text: "Staatssekretärin Dr. Ruth Baumgarten", Name: true}}, m.measure(plain("Staatssekretärin Dr. Ruth"), th.SpeakerName), 0},
		// Kept text that is no name (a contents entry) breaks at its
		// spaces without a word.
		{[]typeset.Span{{Text: "Auswirkungen auf die Arbeitsmarktintegration von Geflüchteten", Keep: true}}, m.measure(plain("Auswirkungen auf die"), th.SpeakerName), 0},
	} {
		c := testComposer(t, th)
		c.displayText(tc.spans, th.SpeakerName, 0, tc.width, "sections[0].speakers[0]")
		got := 0
		for _, w := range c.warnings {
			if w.Kind == WarnHyphenatedName {
				got++
				if !strings.Contains(w.Msg, "„und Prof. Dr. Viera“") || w.Where != "sections[0].speakers[0]" {
					t.Errorf("warning %q at %q", w.Msg, w.Where)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%v in %.1f mm: %d broken-name warnings %v, want %d", tc.spans, tc.width.MM(), got, c.warnings, tc.want)
		}
	}
}

// TestOnlyWideWordsBreak sets headings in which some words are wider
// than the measure and others are not, in measures chosen from their own
// words: only the wide words break, at a compound joint where they have
// one, never leaving fewer than four letters on a side; a word that fits
// a line of its own is never broken, not even at the author's hyphen,
// unless the hyphen is what makes it wider than the measure.
func TestOnlyWideWordsBreak(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	w := func(s string) typeset.Scaled { return c.measure(plain(s), th.Heading) }
	cases := []struct {
		name  string
		text  string
		width typeset.Scaled
		// ends are the last words of the lines that end in a hyphen, in
		// order; whole are words no line may break.
		ends   []string
		whole  []string
		ragged bool // set ragged right, not balanced
	}{
		{"one wide word among fitting compounds", "Landesarbeitsmarktpolitik und Beschäftigungsduldung: Kinderbetreuungsmöglichkeiten",
			w("Kinderbetreuungsmöglichkeiten") - typeset.Pt(2),
			[]string{"Kinderbetreuungs-"}, []string{"Landesarbeitsmarktpolitik", "Beschäftigungsduldung:"}, false},
		{"the wide word first", "Begleitforschungsergebnisse: Berufsorientierung",
			w("Begleitforschungsergebnisse:") - typeset.Pt(2),
			[]string{"Begleitforschungs-"}, []string{"Berufsorientierung"}, false},
		{"a wide word among fitting ones with hyphens and slashes", "OER-/Qualitätskriterien, Begleitforschungsergebnisse: Anerkennungsverfahren ausländischer Berufsqualifikationen",
			w("Begleitforschungsergebnisse:") - typeset.Pt(2),
			[]string{"Begleitforschungs-"}, []string{"OER-/Qualitätskriterien,", "Anerkennungsverfahren", "Berufsqualifikationen"}, false},
		{"a wide word beside one with the author's hyphen", "Begleitforschungsergebnisse: OER-Qualitätskriterien",
			w("Begleitforschungsergebnisse:") - typeset.Pt(2),
			[]string{"Begleitforschungs-"}, []string{"OER-Qualitätskriterien"}, false},
		{"words joined by a no-break space count as one", "Landesarbeitsmarktpolitik\u00a0Kinderbetreuung",
			w("Landesarbeitsmarktpolitik Kinder-") + typeset.Pt(1), // wider than the measure together, not alone
			[]string{"Landesarbeitsmarkt-"}, nil, true},
		{"fits as balanced lines: never hyphenated", "Landesarbeitsmarktpolitik und Beschäftigungsduldung",
			w("Landesarbeitsmarktpolitik und") + typeset.Pt(1),
			nil, []string{"Landesarbeitsmarktpolitik", "Beschäftigungsduldung"}, false},
		{"an author's hyphen in a word that fits is no break", "Neue OER-Qualitätskriterien für Bildungsangebote",
			w("OER-Qualitätskriterien für"),
			nil, []string{"OER-Qualitätskriterien", "Bildungsangebote"}, false},
		{"a word just fitting with its hyphen is whole", "Arbeitsmarkt-Integration",
			w("Arbeitsmarkt-Integration"),
			nil, []string{"Arbeitsmarkt-Integration"}, false},
		{"a word wider by less than its hyphen breaks there", "Arbeitsmarkt-Integration",
			w("Arbeitsmarkt-Integration") - typeset.Pt(1),
			[]string{"Arbeitsmarkt-"}, nil, false},
		{"no fragment under four letters", "Qualifikationen",
			w("Qualifikatio-") + typeset.Pt(1),
			[]string{"Qualifika-"}, nil, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := displayLines(c, plain(tc.text), th.Heading, tc.width, !tc.ragged)
			var ends []string
			for i, l := range got {
				f := strings.Fields(l)
				if len(f) == 0 || !strings.HasSuffix(l, "-") || i == len(got)-1 {
					continue
				}
				ends = append(ends, f[len(f)-1])
				next := strings.Fields(got[i+1])[0]
				if letters([]rune(f[len(f)-1])) < minDisplayFragment || letters([]rune(next)) < minDisplayFragment {
					t.Errorf("a fragment shorter than %d letters: %q", minDisplayFragment, got)
				}
			}
			if strings.Join(ends, "|") != strings.Join(tc.ends, "|") {
				t.Errorf("lines %q end in %q, want %q", got, ends, tc.ends)
			}
			for _, word := range tc.whole {
				if !slices.ContainsFunc(got, func(l string) bool { return slices.Contains(strings.Fields(l), word) }) {
					t.Errorf("%q is broken: %q", word, got)
				}
			}
		})
	}
}

// TestCarriedDisplayTextIsSetAsFresh: display text carried between builds
// (Options.Reuse) is set as a fresh build sets it, whether the same text
// in the same style and measure comes balanced (a heading) or not (a
// label), in either order.
func TestCarriedDisplayTextIsSetAsFresh(t *testing.T) {
	th := DefaultTheme()
	spans := []typeset.Span{{Text: "Begleitforschung zur Integration Geflüchteter in den regionalen Arbeitsmarkt"}}
	st := th.Heading
	width := typeset.OfEm(st.Family.Face(st.Style).Measure("Begleitforschung zur Integration Geflüchteter"), st.Size)
	fresh := map[bool][]string{}
	for _, balance := range []bool{true, false} {
		fresh[balance] = displayLines(testComposer(t, th), spans, st, width, balance)
	}
	if slices.Equal(fresh[true], fresh[false]) {
		t.Fatalf("the text breaks alike balanced or not (%q): the test proves nothing", fresh[true])
	}
	for _, order := range [][]bool{{true, false}, {false, true}} {
		c := testComposer(t, th)
		c.opts.Reuse = new(Reuse)
		for _, balance := range order {
			if got := displayLines(c, spans, st, width, balance); !slices.Equal(got, fresh[balance]) {
				t.Errorf("carried, balanced %v after %v: %q, fresh %q", balance, order[0], got, fresh[balance])
			}
		}
	}
}

// TestCarriedDisplayTextKeysProtrusion: display text carried between
// builds is kept by its style's margin protrusion too: the same text in
// the same style and measure, with and without a protrusion table, is
// set as a fresh build sets each, in either order.
func TestCarriedDisplayTextKeysProtrusion(t *testing.T) {
	th := DefaultTheme()
	th.Break.Protrude = true
	spans := []typeset.Span{{Text: "„Begleitforschung“ zur Integration, Geflüchtete in den Arbeitsmarkt."}}
	plainStyle := th.Heading
	plainStyle.Protrusion = nil
	hanging := plainStyle
	hanging.Protrusion = &typeset.Protrusion{Left: map[rune]int{'„': 1000, 'B': 500, 'G': 500, 'A': 500}, Right: map[rune]int{'“': 1000, ',': 1000, '.': 1000}}
	width := typeset.OfEm(plainStyle.Family.Face(plainStyle.Style).Measure("„Begleitforschung“ zur Integration,"), plainStyle.Size)
	set := func(c *composer, st typeset.TextStyle) string {
		_, _, v, _ := c.setDisplay(c.normalised(spans), st, 0, width, false)
		var b strings.Builder
		for _, n := range v {
			for _, it := range n.Items {
				if r, ok := it.(*typeset.GlyphRun); ok {
					fmt.Fprintf(&b, "%d,%d %q %d; ", r.X, r.Y, r.Text, r.HScale)
				}
			}
		}
		return b.String()
	}
	fresh := map[bool]string{false: set(testComposer(t, th), plainStyle), true: set(testComposer(t, th), hanging)}
	if fresh[false] == fresh[true] {
		t.Fatal("the protrusion table changes nothing: the test proves nothing")
	}
	for _, order := range [][]bool{{true, false}, {false, true}} {
		c := testComposer(t, th)
		c.opts.Reuse = new(Reuse)
		for _, hang := range order {
			st := plainStyle
			if hang {
				st = hanging
			}
			if got := set(c, st); got != fresh[hang] {
				t.Errorf("carried, with protrusion %v after %v: set otherwise than fresh", hang, order[0])
			}
		}
	}
}

// TestCarriedDisplayTextKeysTypography: display text carried between
// builds is kept by its spans as written, so the typography rules that
// normalise them are part of its key: the same text under other rules is
// set as a fresh build sets it, in either order.
func TestCarriedDisplayTextKeysTypography(t *testing.T) {
	th := DefaultTheme()
	spans := []typeset.Span{{Text: `"Zukunft" - z.B. 9-17 Uhr...`}}
	width := typeset.MM(150)
	rules := map[bool]german.Typography{true: german.DefaultTypography(), false: {}}
	fresh := map[bool]string{}
	for on, typo := range rules {
		c := testComposer(t, th)
		c.typo = typo
		fresh[on] = strings.Join(displayLines(c, spans, th.Heading, width, false), "|")
	}
	if fresh[true] == fresh[false] {
		t.Fatalf("the rules change nothing (%q): the test proves nothing", fresh[true])
	}
	hyph := testComposer(t, th).hyph // as Reuse keeps it between builds
	for _, order := range [][]bool{{true, false}, {false, true}} {
		reuse := new(Reuse)
		for _, on := range order {
			c := testComposer(t, th)
			c.typo, c.hyph, c.opts.Reuse = rules[on], hyph, reuse
			_, p, _, lines := c.setDisplay(spans, th.Heading, 0, width, false)
			got := make([]string, len(lines))
			for i, ln := range lines {
				got[i] = ln.Text(p.Nodes)
			}
			if strings.Join(got, "|") != fresh[on] {
				t.Errorf("carried, rules on %v after %v: %q, fresh %q", on, order[0], got, fresh[on])
			}
		}
	}
}

// TestDisplayJointsWin: a heading whose compound is wider than the
// measure breaks it at its joints (Arbeitsmarkt- / integrationsmaßnahmen-
// / verordnung), not inside a stem (integrationsmaßnah- / menverordnung),
// in every measure from 72 to 120 mm at 17 pt, the prober's heading with
// its author's exception. Below 72 mm the joints would take a line more
// and a third hyphen in a row, and a stem break is taken. A joint lost
// twice: to the justified text's tolerance, which ruled out the shorter
// line a joint leaves, and to the balancing, which narrowed the lines
// until the joint no longer fitted.
func TestDisplayJointsWin(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	c.hyph = german.NewHyphenator(german.GermanPatterns(), []string{"Ar-beits-markt-in-te-gra-ti-ons-maß-nah-men-ver-ord-nung"})
	h := th.Heading
	h.Size, h.Leading = typeset.Pt(17), typeset.Pt(20)
	heading := plain("Die Arbeitsmarktintegrationsmaßnahmenverordnung im Überblick: Anspruchsvoraussetzungen, Verfahrensschritte und Übergangsregelungen")
	joints := 0
	for w := typeset.MM(72); w <= typeset.MM(120); w += typeset.MM(0.5) {
		_, p, _, lines := c.setDisplay(c.normalised(heading), h, 0, w, true)
		for _, ln := range lines {
			n := p.Nodes[ln.End]
			text := ln.Text(p.Nodes)
			if n.Kind != typeset.PenaltyNode || !n.WordBreak || strings.Contains(text, "Anspruchs") {
				continue
			}
			if n.Break != typeset.Joint {
				t.Errorf("at %.1f mm the heading's compound breaks inside a stem: %q", w.Points()/72*25.4, text)
			}
			joints++
		}
	}
	if joints == 0 {
		t.Error("the compound never broke: the test measures nothing")
	}
	want := []string{"Die Arbeitsmarkt-", "integrationsmaßnahmen-", "verordnung im"}
	if got := displayLines(c, heading, h, typeset.MM(74.5), true); !slices.Equal(got[:min(3, len(got))], want) {
		t.Errorf("in the prober's 74.5 mm column: got %q, want it to begin %q", got, want)
	}
}

// TestDisplayLinesDoNotEndOnFunctionWords: a heading's line does not end
// on an article, a conjunction or a short preposition where another break
// is about as good. The example's titles, balanced in the heading style
// at the measure, once read „Gesetzliche Neuerungen und / ihre
// Auswirkungen auf die / …“, „Potenziale und Hürden der / …“ and „Wie
// können Kommunen die / …“. In widths from half the measure to all of
// it, most such line ends go: of 52 titles in two lines or more, 43 had
// one without the rule, 33 with the line-end penalty alone (counting
// possessives and demonstratives too), 10 with the phrase-break rule as
// well; the rest would need a line shorter than a third of the longest.
func TestDisplayLinesDoNotEndOnFunctionWords(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	without := testComposer(t, th)
	without.hyph = breaksOnly{c.hyph} // the language's function words unknown
	h := german.NewHyphenator(german.GermanPatterns(), nil)
	weakEnds := func(lines []string) int {
		n := 0
		for _, ln := range lines[:len(lines)-1] {
			if h.IsFunctionWord(lastWord(ln)) {
				n++
			}
		}
		return n
	}
	endsOnFunctionWord := func(lines []string) bool { return weakEnds(lines) > 0 }
	// The first title did not do without one such line end at the measure
	// before the phrase-break rule: in three lines, the ragged tolerance
	// ended one on „ihre“, „die“ or „von“ at every width.
	for title, most := range map[string]int{
		"Gesetzliche Neuerungen und ihre Auswirkungen auf die Arbeitsmarktintegration von Geflüchteten": 0,
		"Potenziale und Hürden der Arbeitsmarktintegration von Geflüchteten in ländlichen Räumen":       0,
		"Wie können Kommunen die Arbeitsmarktintegration von Geflüchteten unterstützen?":                0,
	} {
		if lines := displayLines(c, plain(title), th.Heading, th.TextWidth(), true); weakEnds(lines) > most {
			t.Errorf("%q at the measure: %q, want at most %d line ends on a function word", title, lines, most)
		}
	}
	doc := exampleDocument(t)
	set, bad, badWithout := 0, 0, 0
	for _, s := range doc.Sections {
		for width := th.TextWidth() / 2; width <= th.TextWidth(); width += th.TextWidth() / 12 {
			if lines := displayLines(c, plain(s.Title), th.Heading, width, true); len(lines) > 1 {
				set++
				if endsOnFunctionWord(lines) {
					bad++
				}
			}
			if lines := displayLines(without, plain(s.Title), th.Heading, width, true); len(lines) > 1 && endsOnFunctionWord(lines) {
				badWithout++
			}
		}
	}
	t.Logf("of %d titles set in two lines or more, %d end a line on a function word (%d without the rule)", set, bad, badWithout)
	if bad*3 > badWithout {
		t.Errorf("of %d titles set in two lines or more, %d end a line on a function word, %d without the rule: want two thirds fewer at least", set, bad, badWithout)
	}
}

// TestDisplayLinesDoNotEndOnDeterminers: a possessive or a demonstrative
// points at the next line as an article does, so a balanced heading
// does not end a line on one where another break is about as good:
// „Die Kommunen und / ihre Rolle bei der / …“, not „Die Kommunen und
// ihre / Rolle …“; „… für unsere Region / bedeutet haben“, not „… für
// unsere / Region bedeutet haben“ (widths where the shorter word list
// gave those).
func TestDisplayLinesDoNotEndOnDeterminers(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	for _, tc := range []struct {
		title string
		width typeset.Scaled
		want  []string
	}{
		{"Die Kommunen und ihre Rolle bei der Integration Geflüchteter", typeset.MM(78),
			[]string{"Die Kommunen und", "ihre Rolle bei der", "Integration Geflüchteter"}},
		{"Was diese Projekte für unsere Region bedeutet haben", typeset.MM(113),
			[]string{"Was diese Projekte für unsere Region", "bedeutet haben"}},
	} {
		if got := displayLines(c, plain(tc.title), th.Heading, tc.width, true); !slices.Equal(got, tc.want) {
			t.Errorf("%q in %.0f mm: %q, want %q", tc.title, tc.width.Points()/typeset.MM(1).Points(), got, tc.want)
		}
	}
}

// breaksOnly is a hyphenator that tells nothing but its breaks.
type breaksOnly struct{ typeset.Hyphenator }

// TestLoneLastWordOutweighsAFunctionWord: a balanced title keeps a line
// ending on a function word where avoiding it would leave one word alone
// on its last line — „Gute Arbeit im / ländlichen Raum“, not „Gute
// Arbeit im ländlichen / Raum“ (a cover title of the prober's series) —
// at the cover title's size and width; the phrase-break rule then moves
// the function word to the line it belongs to: „Gute Arbeit / im
// ländlichen Raum“.
func TestLoneLastWordOutweighsAFunctionWord(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	title := plain("Gute Arbeit im ländlichen Raum")
	width := th.PageWidth - 2*typeset.MM(25)
	d := c.newPreparedDisplay(title, th.CoverTitle)
	p, lines, stage := d.breakStageAt(width)
	_, balanced := balancedWidth(&c.lines, p, width, d.stageParams(stage), lines)
	var got []string
	for _, ln := range balanced {
		got = append(got, ln.Text(p.Nodes))
	}
	if want := []string{"Gute Arbeit im", "ländlichen Raum"}; !slices.Equal(got, want) {
		t.Errorf("balanced: lines %q, want %q", got, want)
	}
	if got, want := displayLines(c, title, th.CoverTitle, width, true), []string{"Gute Arbeit", "im ländlichen Raum"}; !slices.Equal(got, want) {
		t.Errorf("set: lines %q, want %q", got, want)
	}
}

// TestDisplayAddressHostStaysWhole: in display text (a caption, a link
// block's address) as in running text, an address breaks at a last
// resort — after its host's „www“, before a dot inside the host — only
// in a part wider than the line: where „www.…de/“ fits a line, the
// address breaks after its „://“ and the host stands whole. A caption
// of 70 and 80 mm set „https://www“ / „.bundesarbeitsgemeinschaft…de/“.
func TestDisplayAddressHostStaysWhole(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	for _, u := range []string{"https://www.bundesarbeitsgemeinschaftrehabilitation.de/publikationen/handbuch",
		"https://www.integrationsbeauftragtebundesregierung.de/", "www.fachkraeftesicherungnordostdeutschland.de/angebote"} {
		host := strings.TrimPrefix(u, "https://")
		host = host[:strings.Index(host, "/")+1]
		if c.measure(plain(host), th.Caption) > typeset.MM(70) {
			t.Fatalf("the test's premise: %s fits 70 mm", host)
		}
		for _, w := range []float64{70, 80} {
			spans := []typeset.Span{{Text: "Mehr unter "}, {Text: u, URL: u, Address: true}, {Text: " im Netz."}}
			lines := displayLines(c, spans, th.Caption, typeset.MM(w), false)
			if got := strings.Join(lines, " | "); !strings.Contains(got, host) {
				t.Errorf("%.0f mm: %q, the host %s not whole on a line", w, got, host)
			}
		}
	}
}

// TestNameBreaksAfterItsTitles: a name too wide for its measure breaks
// between first name and surname, its titles bound to the first name (a
// no-break space after Dr. and Prof.), then also between its block of
// titles and the person's name where the titles with the first name do
// not fit a line, and inside a double surname only where nothing else
// fits; a name of a single title keeps it.
func TestNameBreaksAfterItsTitles(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	st := th.SpeakerName
	w := func(s string) typeset.Scaled { return c.measure(c.normalised(plain(s)), st) }
	const long = "Prof. Dr. Dr. h. c. Hildegard Sommerfeld-Brandenburg"
	name := []typeset.Span{{Text: long, Name: true}}
	cases := []struct {
		width typeset.Scaled
		want  []string
	}{
		{w(long) - typeset.Pt(2), []string{"Prof. Dr. Dr. h. c. Hildegard", "Sommerfeld-Brandenburg"}},
		{w("Hildegard Sommerfeld-Brandenburg") - typeset.Pt(1), []string{"Prof. Dr. Dr. h. c. Hildegard", "Sommerfeld-Brandenburg"}},
		{max(w("Prof. Dr. Dr. h. c."), w("Sommerfeld-Brandenburg")) + typeset.Pt(1), []string{"Prof. Dr. Dr. h. c.", "Hildegard", "Sommerfeld-Brandenburg"}},
	}
	for _, cs := range cases {
		got := displayLines(c, name, st, cs.width, false)
		for i := range got {
			got[i] = strings.NewReplacer("\u00A0", " ", "\u202F", " ").Replace(got[i])
		}
		if !slices.Equal(got, cs.want) {
			t.Errorf("%s in %.1f pt: got %q, want %q", long, cs.width.Points(), got, cs.want)
		}
	}
	// In a list of names, a titled name that fits the measure stays whole
	// though a wider one breaks after its titles.
	list := []typeset.Span{{Text: long, Name: true}, {Text: ", "}, {Text: "Prof. Dr. Ines Falkenrath", Name: true}}
	for width := max(w("Prof. Dr. Ines Falkenrath,"), w("Hildegard Sommerfeld-Brandenburg,")) + typeset.Pt(1); width < w(long); width += typeset.Pt(4) {
		for _, ln := range displayLines(c, list, st, width, false) {
			if ln = strings.NewReplacer("\u00A0", " ", "\u202F", " ").Replace(ln); strings.HasSuffix(ln, "Prof. Dr.") {
				t.Errorf("in %.1f pt: a line ends %q, the name after it fitting a line", width.Points(), ln)
			}
		}
	}
	// Titles of other forms count too: a university's, a private
	// lecturer's, an engineering doctorate.
	for _, n := range []string{"Univ.-Prof. Dr. med. Emre Karataş", "PD Dr. phil. Jana Okonkwo-Schubert", "Dr.-Ing. Dipl.-Inf. Lena Hoff"} {
		if k := titleBlockEnd(c.normalised(plain(n))[0].Text); k == 0 {
			t.Errorf("%s: no break after its titles", n)
		}
	}
	for _, n := range []string{"Dr. Ruth Baumgarten", "Prof. Dr. Sommerfeld-Brandenburg"} {
		if k := titleBlockEnd(c.normalised(plain(n))[0].Text); k != 0 {
			t.Errorf("%s: a break after its titles at %d; want none", n, k)
		}
	}
}

// TestAuthorsHyphenInANameIsNoFault: a double surname wider than its
// line breaks after the hyphen its author wrote (Hohenthal-/
// Schwarzenberg), which the display-break rule allows; that is not
// reported as a hyphenated name, which only a hyphen the break adds is
// (the message read „Hohenthal--“ before).
func TestAuthorsHyphenInANameIsNoFault(t *testing.T) {
	th := DefaultTheme()
	name := []typeset.Span{{Text: "Dr. Annegret Freifrau von Hohenthal-Schwarzenberg", Name: true}}
	c := testComposer(t, th)
	width := c.measure(plain("Hohenthal-Schwarzenber"), th.SpeakerName)
	got := displayLines(c, name, th.SpeakerName, width, false)
	if !slices.Contains(got, "von Hohenthal-") && !slices.Contains(got, "Hohenthal-") {
		t.Fatalf("lines %q, want one ending after the author's hyphen", got)
	}
	c.displayText(name, th.SpeakerName, 0, width, "sections[0].speakers[1]")
	for _, w := range c.warnings {
		if w.Kind == WarnHyphenatedName {
			t.Errorf("reported: %s", w.Msg)
		}
	}
}

// TestNameStagesBuiltOnce: at the stages where a name wider than the
// measure breaks at its spaces and after its titles (the second to the
// fifth), text without a name is built once and is the same in every
// width, and text with one is built for each width as the width decides.
// Each is what building the stage's text for the width gives.
func TestNameStagesBuiltOnce(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	st := th.SpeakerName
	texts := map[string][]typeset.Span{
		"role":       plain("Referentin für Arbeitsmarktintegration, Landkreis Ostprignitz-Ruppin"),
		"name":       {{Text: "Marija Kovačević", Name: true}},
		"one title":  {{Text: "Dr. Ruth Baumgarten", Name: true}},
		"titled":     {{Text: "Prof. Dr. Dr. h. c. Hildegard Sommerfeld-Brandenburg", Name: true}},
		"titled too": append(plain("Mit "), typeset.Span{Text: "Prof. Dr. Viera Pirker-Sommerfeld", Name: true}),
	}
	for name, spans := range texts {
		d := c.newPreparedDisplay(spans, st)
		wide := c.measure(d.spans, st)
		for _, stage := range []displayStage{wideNameSpaces, titleSpaces, jointsFirst, anyBreak} {
			var first *typeset.Node
			for _, w := range []typeset.Scaled{wide / 3, wide / 2, wide - 1, wide + typeset.MM(10)} {
				got := d.stageParagraph(stage, w).Nodes
				want := c.displayParagraph(d.spans, st, stage, nil, func(sp typeset.Span) bool {
					return c.measure([]typeset.Span{sp}, st) > w
				}).Nodes
				if stage >= jointsFirst {
					want = onlyWideWordsBreak(typeset.WholeAddressParts(want, w), w)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s, stage %d, width %d: the stage's text is not what building it for the width gives", name, stage, w)
				}
				if hasName(d.spans) || stage >= jointsFirst {
					continue
				}
				if first == nil {
					first = &got[0]
				} else if first != &got[0] {
					t.Errorf("%s, stage %d: built again for width %d", name, stage, w)
				}
			}
		}
	}
	if !hasName(texts["name"]) || !hasName(texts["titled too"]) || hasName(texts["role"]) {
		t.Error("hasName: want text with a name, and only such text")
	}
}
