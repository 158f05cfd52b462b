package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/german"
	"brochure/layout/typeset"
)

// TestProperNamesAreNotHyphenated: a place after its postcode and a name
// after a title are never hyphenated in body text, in any measure from a
// narrow column to a wide one (they may move whole to the next line),
// while the words around them still are, and a double name still breaks
// at its own hyphen where nothing else fits (A20). The conference's
// contact line once broke „04107 Leip-/zig“.
func TestProperNamesAreNotHyphenated(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	text := "Verbund Beratung Digital, c/o Landesnetzwerk Migration Sachsen e.V., Karl-Liebknecht-Straße 45, 04107 Leipzig. " +
		"Es sprachen Prof. Dr. Konstantin Wierzbicki über Bildungsgerechtigkeit und Dr. Friederike Althaus über Integrationsmaßnahmen, 04109 Frankfurt, " +
		"und Dr. Schwanenflügel-Osterhagen über Fachkräftesicherung."
	names := []string{"Leipzig", "Konstantin", "Friederike", "Frankfurt", "Schwanenflügel", "Osterhagen"}
	others, atNameHyphen := 0, 0
	for w := typeset.MM(30); w <= typeset.MM(120); w += typeset.MM(0.5) {
		normal := c.normalised(plain(text))
		p := typeset.NewParagraph(normal, th.Body, c.hyph)
		for _, ln := range c.lines.BreakParagraph(p, w, typeset.Justified, th.Break) {
			if strings.HasSuffix(ln.Text(p.Nodes), "Schwanenflügel-") {
				atNameHyphen++
			}
			if !ln.Hyphenated {
				continue
			}
			end := ln.Text(p.Nodes)
			end = end[strings.LastIndexAny(end, " \u00a0")+1:]
			for _, n := range names {
				if strings.HasPrefix(n, strings.TrimSuffix(end, "-")) {
					t.Errorf("at %.1f mm a line ends %q: the proper name %s is hyphenated", w.Points()/72*25.4, end, n)
				}
			}
			others++
		}
	}
	if others == 0 {
		t.Error("no line in any measure ended hyphenated: the test sets nothing it could catch")
	}
	// A double name still breaks at its own hyphen where nothing else
	// fits (A20).
	if atNameHyphen == 0 {
		t.Error("the double name after Dr. never broke at its hyphen, in any measure")
	}
	t.Logf("the double name broke at its hyphen in %d measures", atNameHyphen)
}

// TestBodyJointsWin: in justified body text a compound breaks at its
// joint before a prefixed head (Maßnahmen-|verordnung, Rechts-|verordnung)
// far more often than after the prefix (Maßnahmenver-|ordnung), which it
// takes only where the joint would leave a line the breaker rules out
// (or a last line of one short word: typeset.BreakParams.ShortLastDemerits
// took 4 more, 17 to 48). Counted over measures from 60 to 120 mm: with
// the joint found after the prefix, as before, the prefix won one break
// in three (23 to 42).
func TestBodyJointsWin(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	body := "Die Landesregierung erließ eine Maßnahmenverordnung und später eine Landesverordnung; beide stützen sich auf " +
		"die Rechtsverordnung des Bundes und auf die Arbeitsmarktintegrationsmaßnahmenverordnung, die seit Januar gilt " +
		"und deren Durchführungsverordnung noch fehlt."
	atJoint, afterPrefix := 0, 0
	for w := typeset.MM(60); w <= typeset.MM(120); w += typeset.MM(0.5) {
		p := typeset.NewParagraph(c.normalised(plain(body)), th.Body, c.hyph)
		for _, ln := range c.lines.BreakParagraph(p, w, typeset.Justified, th.Break) {
			words := strings.Fields(ln.Text(p.Nodes))
			switch last := words[len(words)-1]; {
			case strings.HasSuffix(last, "ver-"):
				afterPrefix++
			case strings.HasSuffix(last, "men-"), strings.HasSuffix(last, "des-"), strings.HasSuffix(last, "rechts-"), strings.HasSuffix(last, "rungs-"):
				atJoint++
			}
		}
	}
	t.Logf("%d breaks at the joint, %d after the prefix", atJoint, afterPrefix)
	if 2*afterPrefix >= atJoint {
		t.Errorf("%d breaks after the prefix „ver“ against %d at the joint before it: the joint does not win", afterPrefix, atJoint)
	}
}

// TestRaggedTextHyphenatesLittle: running text set ragged right in two
// columns (the conference and the second event) is set as a demanding
// typesetter sets it: a hyphen only where a line would otherwise be far
// too short, never two hyphenated lines in a row, and never fewer than
// three letters carried onto the next line. With three ems of stretch
// at the line ends the conference's paragraphs were broken at four
// distinct hyphens (zugäng-/lich, Forma-/te, Präsenz-/beratung, Anfor-/
// derungen), each paragraph coming again and again, and the second
// event's at four (sag-/te, übernom-/men …).
func TestRaggedTextHyphenatesLittle(t *testing.T) {
	events := []struct {
		doc *content.Document
		th  Theme
	}{}
	for _, dir := range []string{"testdata/conference", "../cmd/brochure/testdata/second-event"} {
		doc, th := eventIn(t, dir)
		events = append(events, struct {
			doc *content.Document
			th  Theme
		}{doc, th})
	}
	for _, ev := range events {
		if ev.th.BodyAlign != typeset.RaggedRight {
			t.Fatal("the test's premise: the events' body text is ragged")
		}
		c := testComposer(t, ev.th)
		c.typo = german.DefaultTypography()
		seen := map[string]bool{}
		lines, hyphens := 0, 0
		for _, s := range ev.doc.Sections {
			for _, b := range s.Body {
				if b.Kind != content.Paragraph || len(b.Inlines) == 0 {
					continue
				}
				spans := c.normalised(spansOf(b.Inlines))
				p := typeset.NewParagraph(spans, ev.th.Body, c.hyph)
				set := typeset.BreakParagraph(p, ev.th.ColumnWidth(), typeset.RaggedRight, ev.th.Break)
				for i, ln := range set {
					lines++
					if !ln.Hyphenated || p.Nodes[ln.End].Text == "" {
						continue
					}
					next := set[i+1].Text(p.Nodes)
					key := ln.Text(p.Nodes) + " / " + next
					if !seen[key] {
						hyphens++
						seen[key] = true
					}
					if i > 0 && set[i-1].Hyphenated {
						t.Errorf("two hyphenated lines in a row: %q / %q", set[i-1].Text(p.Nodes), key)
					}
					if tail, _, _ := strings.Cut(next, " "); letters([]rune(tail)) < 3 {
						t.Errorf("a hyphen carries fewer than three letters onto the next line: %q", key)
					}
				}
			}
		}
		if hyphens > 1 {
			t.Errorf("%d of %d lines end in a hyphen (distinct breaks), want at most one", hyphens, lines)
		}
	}
}

// TestRunningFootShortensAtAPhrase: a title too long for the running foot
// is shortened as an editor would: to the title before its subtitle
// (never „… Perspektiven der sozialen …“ mid-phrase), else to whole words
// and an ellipsis that do not end on a function word, and never inside a
// word while a whole word fits.
func TestRunningFootShortensAtAPhrase(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	st := th.Footer
	long := "Teilhabe am Arbeitsmarkt nach § 16i SGB II: Bilanz und Perspektiven der sozialen Arbeitsmarktförderung in Mecklenburg-Vorpommern"
	head := "Teilhabe am Arbeitsmarkt nach § 16i SGB II"
	width := c.measure(plain(head), st) + typeset.MM(25) // the title before its subtitle and more, not all
	if got := c.shortenToFit(long, st, width); got != head {
		t.Errorf("shortened to %q, want %q", got, head)
	}
	noPhrase := "Bilanz und Perspektiven der sozialen Arbeitsmarktförderung in den Landkreisen Mecklenburg-Vorpommerns"
	h := german.NewHyphenator(german.GermanPatterns(), nil)
	for w := typeset.MM(20); w < c.measure(plain(noPhrase), st); w += typeset.MM(5) {
		got := c.shortenToFit(noPhrase, st, w)
		cut, ok := strings.CutSuffix(got, " …")
		if !ok || !strings.HasPrefix(noPhrase, cut+" ") {
			t.Errorf("in %.0f mm: %q, want whole words and an ellipsis", w.MM(), got)
			continue
		}
		if fields := strings.Fields(cut); h.IsFunctionWord(fields[len(fields)-1]) {
			t.Errorf("in %.0f mm: %q ends on a function word", w.MM(), got)
		}
	}
}

// TestTwoLetterHeadsAreRare: justified text breaks a word after two
// letters („In-strumente“, „(Ge-schäftsführer“: the specialist day's
// fora) only where no other break leaves the paragraph about as good:
// the reader takes a two-letter head for a word of its own. Counted over
// measures from 60 to 140 mm: at the short head's old extra penalty (150)
// 36 of 313 hyphenated lines, at 600 18 of 303 (Ar-beitgeber, In-, Re-
// in the narrowest measures, where nothing else fits).
func TestTwoLetterHeadsAreRare(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	body := "Jens Wiedemann (Bundesagentur für Arbeit, Regionaldirektion Nord) stellte beide Instrumente gegenüber. " +
		"Auf dem Podium diskutierten Wissenschaft, Praxis und Politik. Thomas Brüning (Geschäftsführer des Jobcenters) " +
		"forderte eine Entfristung des Instruments; die Ergebnisse der Evaluation zeigen, dass Beschäftigte im Anschluss " +
		"eine Anstellung fanden, und die Geschäftsstelle unterstützt Arbeitgeber beim Antrag."
	short, hyphenated := 0, 0
	for w := typeset.MM(60); w <= typeset.MM(140); w += typeset.MM(0.5) {
		p := typeset.NewParagraph(c.normalised(plain(body)), th.Body, c.hyph)
		for _, ln := range c.lines.BreakParagraph(p, w, typeset.Justified, th.Break) {
			if !ln.Hyphenated {
				continue
			}
			hyphenated++
			text := ln.Text(p.Nodes)
			head := []rune(text[strings.LastIndexAny(text, " (\u00a0")+1:])
			if letters(head) <= 2 {
				short++
			}
		}
	}
	t.Logf("%d of %d hyphenated lines end on a head of two letters", short, hyphenated)
	if hyphenated == 0 || short*15 > hyphenated {
		t.Errorf("%d of %d hyphenated lines end on a head of two letters: want one in fifteen at most", short, hyphenated)
	}
}

// TestNormalisedSpansReadOnAcross: a paragraph's spans are normalised as
// one text, so a quote after a word in bold or a web address closes, and
// a line broken by the author opens anew. A span was once normalised on
// its own, and the quote after „**Fremden**“ opened a second time.
func TestNormalisedSpansReadOnAcross(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	c.typo = german.DefaultTypography()
	cases := []struct {
		spans []typeset.Span
		want  string
	}{
		{[]typeset.Span{{Text: `gegenüber "`}, {Text: "Fremden", Style: fonts.Bold}, {Text: `" und 'so'`}}, "gegenüber „Fremden“ und ‚so‘"},
		{[]typeset.Span{{Text: `siehe "`}, {Text: "www.example.org/a-b"}, {Text: `".`}}, "siehe „www.example.org/a-b“."},
		{[]typeset.Span{{Text: `er sagte:`}, {Break: true}, {Text: `"Ja"`}}, "er sagte:„Ja“"},
	}
	for _, tc := range cases {
		var b strings.Builder
		for _, sp := range c.normalised(tc.spans) {
			b.WriteString(sp.Text)
		}
		if got := b.String(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

// addressParagraphs are contact and address paragraphs as organisers
// write them: street and house number, postcode and place (bound, the
// place never hyphenated), telephone numbers (their groups bound).
var addressParagraphs = []string{
	"Kontakt: Schuldnerberatung der Caritas Vorpommern, Bahnhofstraße 16, 17489 Greifswald, Telefon 03834 79 83 12",
	"Kontakt: Schuldnerberatung der Caritas Vorpommern, Bahnhofstraße 16, 17489 Greifswald, Telefon 03834 79 83 12, Sprechzeiten dienstags und donnerstags von 9 bis 12 Uhr sowie nach Vereinbarung.",
	"Ansprechpartnerin ist Anke Peters (Caritasverband für das Erzbistum Berlin e. V., Tübinger Straße 5, 10715 Berlin, Telefon 030 666 33-1000).",
	"Weitere Auskünfte gibt das Jobcenter Vorpommern-Greifswald, Am Gorzberg Haus 8, 17489 Greifswald, Telefon 03834 5651-0, oder die Migrationsberatung im Bürgerhaus Friedrichshain-Kreuzberg, Frankfurter Allee 35–37, 10247 Berlin.",
	"Die Beratungsstelle des Diakonischen Werkes Mecklenburg-Vorpommern in der Friedrich-Engels-Straße 12, 17033 Neubrandenburg, ist montags bis freitags erreichbar, Fax 0395 555 12 34, Mobiltelefon 0171 234 56 78.",
	"Anmeldung bei der Volkshochschule Südwestfalen, Kölner Straße 14a, 57072 Siegen, Telefon 0271 23602-0, oder im Bürgerbüro, Marktplatz 3, 57462 Olpe.",
}

// TestAddressLinesBreakWell: contact paragraphs, whose no-break spaces
// leave few places to break, are set without a line of a few words
// stretched across the measure, justified from a narrow column to a
// wide one and ragged: every line but the last holds at least two
// thirds of the measure in text (ragged: more than half). The prober's
// „Kontakt: Schuldnerberatung“ stood alone on a line of a 130 mm column,
// its one space stretched across the measure; over these paragraphs and
// measures 29 lines held less than two thirds, down to „Die“ alone in
// 105 mm: lines too loose for any tolerance all counted as badness
// 10000, and the breaker took the first it met.
func TestAddressLinesBreakWell(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	least := map[typeset.Align]float64{typeset.Justified: 2.0 / 3, typeset.RaggedRight: 0.55}
	for _, text := range addressParagraphs {
		for align, min := range least {
			for w := typeset.MM(55); w <= typeset.MM(135); w += typeset.MM(2.5) {
				p := typeset.NewParagraph(c.normalised(plain(text)), th.Body, c.hyph)
				lines := c.lines.BreakParagraph(p, w, align, th.Break)
				for i, ln := range lines[:len(lines)-1] {
					if fill := float64(naturalWidth(p.Nodes, ln)) / float64(w); fill < min {
						t.Errorf("%s, %.1f mm: line %d holds %.0f %% of the measure: %q", alignName(align), w.MM(), i+1, 100*fill, ln.Text(p.Nodes))
					}
				}
			}
		}
	}
}

// alignName names an alignment for messages.
func alignName(a typeset.Align) string {
	if a == typeset.RaggedRight {
		return "ragged"
	}
	return "justified"
}

// TestParagraphsSeldomEndOnAHyphenTail: a paragraph's last line that is
// only the rest of a word divided on the line before (zusam-/men.) is
// set only where the breaker finds no other setting within the
// tolerance. Counted over the example's paragraphs at measures from 60
// to 130 mm: 88 such last lines of 1,278 paragraphs before the theme
// priced them (finalTailDemerits), 65 after; the corpus's print editions
// went from 6 to 1.
func TestParagraphsSeldomEndOnAHyphenTail(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	doc := exampleDocument(t)
	count := func(params typeset.BreakParams) (tails, paragraphs int) {
		for _, s := range doc.Sections {
			for _, b := range s.Body {
				if b.Kind != content.Paragraph || len(b.Inlines) == 0 {
					continue
				}
				p := typeset.NewParagraph(c.normalised(spansOf(b.Inlines)), th.Body, c.hyph)
				for w := typeset.MM(60); w <= typeset.MM(130); w += typeset.MM(1) {
					set := c.lines.BreakParagraph(p, w, typeset.Justified, params)
					paragraphs++
					if n := len(set); n > 1 && set[n-2].Hyphenated && !strings.Contains(strings.TrimSpace(set[n-1].Text(p.Nodes)), " ") {
						tails++
					}
				}
			}
		}
		return tails, paragraphs
	}
	tails, paragraphs := count(th.Break)
	unpriced := th.Break
	unpriced.FinalTailDemerits = 0
	before, _ := count(unpriced)
	t.Logf("%d of %d paragraphs end on a hyphen's tail (%d without the theme's price)", tails, paragraphs, before)
	if 4*tails > 3*before {
		t.Errorf("%d of %d paragraphs end on a hyphen's tail, against %d where such a line costs nothing more: want at most three quarters", tails, paragraphs, before)
	}
}

// TestRaggedHyphenSparesOnlyAMuchShorterLine: in ragged running text a
// word is divided only where that spares a line much shorter than the
// measure: „Teilneh-/mer*innen“ is not taken to fill a line a few letters
// more when the word fits the next line whole, in every measure between
// the hyphenated line's and the unbroken one's; a long compound after
// two short words is still divided, the line before it being far too
// short otherwise.
func TestRaggedHyphenSparesOnlyAMuchShorterLine(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	st := th.Body
	w := func(s string) typeset.Scaled { return c.measure(c.normalised(plain(s)), st) }
	set := func(text string, width typeset.Scaled) []string {
		p := typeset.NewParagraph(c.normalised(plain(text)), st, c.hyph)
		var out []string
		for _, ln := range typeset.BreakParagraph(p, width, typeset.RaggedRight, th.Break) {
			out = append(out, ln.Text(p.Nodes))
		}
		return out
	}
	const item = "eine bessere Kinderbetreuung für Teilnehmer*innen mit Familie."
	lo, hi := w("eine bessere Kinderbetreuung für Teilneh-"), w("eine bessere Kinderbetreuung für Teilnehmer*innen")
	for width := lo; width < hi; width += typeset.Pt(1) {
		if got := set(item, width); len(got) != 2 || strings.HasSuffix(got[0], "-") {
			t.Errorf("in %.1f pt: %q; want „… für“ / „Teilnehmer*innen mit Familie.“", width.Points(), got)
		}
	}
	const compound = "Es geht um Arbeitsmarktintegrationsmaßnahmen und Netzwerke."
	width := w("Es geht um Arbeitsmarktintegrations-") + typeset.Pt(1)
	if got := set(compound, width); !strings.HasSuffix(got[0], "-") {
		t.Errorf("in %.1f pt: %q; want the compound divided, „Es geht um“ alone being far too short", width.Points(), got)
	}
}

// TestLooseLineNamesTheAddress: the warning of a loose line on which, or
// on the line after which, a web address begins names that address whole
// (it divides only at its slashes and dots: the line before it is the
// one left loose) and says how to mend it; a loose line away from any
// address keeps the word's reason. The prober's organiser was sent to
// „the word after it“ — „der“ — while the address two lines on was the
// cause.
func TestLooseLineNamesTheAddress(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	text := "Die Referentin verwies abschließend auf das Informationsportal der Bundesregierung unter " +
		"https://www.anerkennung-in-deutschland.de/html/de/pro/pflegefachfrau-pflegefachmann.php, das Verfahren " +
		"und Zuständigkeiten für jedes Bundesland erläutert. Die Teilnehmenden lobten die Übersicht sehr, " +
		"wünschten sich aber eine Fassung in leichter Sprache und mehr Beispiele aus der Praxis der Pflege."
	p, lines, at := brokenAt(c, text, typeset.MM(133), "https://")
	if at < 1 || at+2 >= len(lines) {
		t.Fatalf("the address begins on line %d of %d: the test needs lines before and after it", at+1, len(lines))
	}
	for _, i := range []int{at - 1, at} {
		cause := looseLineCause(p.Nodes, lines, i)
		if !strings.Contains(cause, "https://www.anerkennung-in-deutschland") || !strings.Contains(cause, "mann.php") || !strings.Contains(cause, "[[sections.links]]") {
			t.Errorf("line %d: %s", i+1, cause)
		}
	}
	if cause := looseLineCause(p.Nodes, lines, len(lines)-2); strings.Contains(cause, "address „") {
		t.Errorf("line %d, after the address: %s", len(lines)-1, cause)
	}
}

// TestLooseLineNamesTheEmailAddress: a loose line before an e-mail
// address names it as an e-mail address, which divides after its @ and
// its dots, and says to give it a line of its own: a link under
// [[sections.links]] would print a QR code for a mail address.
func TestLooseLineNamesTheEmailAddress(t *testing.T) {
	th := DefaultTheme()
	c := textComposer(t, th)
	text := "Wer Fragen zur Anmeldung hat oder Unterlagen in Leichter Sprache braucht, schreibt an " +
		"dolmetschpool-anmeldung@lebenshilfe-mecklenburg-vorpommern.de oder ruft die Geschäftsstelle an, " +
		"die montags bis donnerstags von 9 bis 15 Uhr erreichbar ist und gern weiterhilft."
	p, lines, at := brokenAt(c, text, typeset.MM(90), "@")
	if at < 1 {
		t.Fatalf("the address begins on line %d of %d: the test needs a line before it", at+1, len(lines))
	}
	cause := looseLineCause(p.Nodes, lines, at-1)
	if !strings.Contains(cause, "the e-mail address „dolmetschpool") || strings.Contains(cause, "web address") || strings.Contains(cause, "[[sections.links]]") {
		t.Errorf("line %d: %s", at, cause)
	}
}

// brokenAt sets text justified in width as a body paragraph and returns
// it, its lines and the first line holding mark (-1 for none).
func brokenAt(c *composer, text string, width typeset.Scaled, mark string) (*typeset.Paragraph, []typeset.Line, int) {
	th := c.th
	p := typeset.NewParagraph(c.normalised(plain(text)), th.Body, c.hyph)
	lines := c.lines.BreakParagraph(p, width, typeset.Justified, th.Break)
	for i, ln := range lines {
		if strings.Contains(ln.Text(p.Nodes), mark) {
			return p, lines, i
		}
	}
	return p, lines, -1
}
