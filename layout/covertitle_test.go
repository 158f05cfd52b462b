package layout

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"brochure/layout/german"
	"brochure/layout/typeset"
)

// senseTitles are long event titles and subtitles (60 to 140
// characters) as organisers write them, with the lines a designer sets
// them in where that is decided (want, "/" between lines; "" where only
// the rules are checked).
var senseTitles = []struct{ title, want string }{
	{"Gemeinsam für gute Arbeit: Perspektiven der Fachkräftesicherung in ländlichen Regionen",
		"Gemeinsam für gute Arbeit:/Perspektiven/der Fachkräftesicherung/in ländlichen Regionen"},
	{"Zwischen Ankommen und Bleiben – Wege in Ausbildung und Beschäftigung für junge Geflüchtete", ""},
	{"Teilhabe am Arbeitsmarkt für Menschen mit Behinderungen in Mecklenburg-Vorpommern",
		"Teilhabe am Arbeitsmarkt/für Menschen/mit Behinderungen/in Mecklenburg-Vorpommern"},
	{"Digitalisierung in der Pflege: Chancen, Risiken und Erfahrungen aus der Praxis", ""},
	{"Armut hat viele Gesichter. Soziale Ausgrenzung erkennen, benennen und gemeinsam überwinden", ""},
	{"Von der Schule in den Beruf: Übergänge gestalten mit der Jugendberufsagentur",
		"Von der Schule in den Beruf:/Übergänge gestalten/mit der Jugendberufsagentur"},
	{"Vielfalt als Stärke – interkulturelle Öffnung von Verwaltungen und Unternehmen im ländlichen Raum", ""},
	{"Gute Arbeit für alle? Beschäftigungsbedingungen von Migrantinnen und Migranten in der Fleischindustrie",
		"Gute Arbeit für alle?/Beschäftigungsbedingungen/von Migrantinnen/und Migranten/in der Fleischindustrie"},
	{"Langzeitarbeitslosigkeit überwinden: Was wirkt bei der Integration in den Arbeitsmarkt?", ""},
	{"Netzwerke stärken, Zugänge schaffen: Erfahrungen aus zehn Jahren Integrationsarbeit in Sachsen",
		"Netzwerke stärken,/Zugänge schaffen:/Erfahrungen aus zehn Jahren/Integrationsarbeit in Sachsen"},
	{"Frauen in Führung – Gleichstellung in kleinen und mittleren Unternehmen der Region voranbringen", ""},
	{"Klimawandel und Arbeitswelt: Wie der ökologische Umbau die Qualifizierung von Beschäftigten verändert",
		"Klimawandel und Arbeitswelt:/Wie der ökologische Umbau/die Qualifizierung/von Beschäftigten verändert"},
	{"Die Zukunft der Ausbildung im Handwerk zwischen Fachkräftemangel, Digitalisierung und demografischem Wandel",
		"Die Zukunft der Ausbildung/im Handwerk/zwischen Fachkräftemangel,/Digitalisierung/und demografischem Wandel"},
	{"Ankommen, Ausbilden, Arbeiten: Die Arbeitsmarktintegration von Geflüchteten aus der Ukraine in Thüringen", ""},
	{"Alleinerziehende in Beschäftigung bringen – Kinderbetreuung, Teilzeitausbildung und flexible Arbeitszeitmodelle",
		"Alleinerziehende/in Beschäftigung bringen –/Kinderbetreuung,/Teilzeitausbildung/und flexible Arbeitszeitmodelle"},
	{"Soziale Innovation im Quartier. Wie Kommunen, Wohlfahrtsverbände und Unternehmen gemeinsam die Nachbarschaft stärken",
		"Soziale Innovation im Quartier./Wie Kommunen,/Wohlfahrtsverbände/und Unternehmen gemeinsam/die Nachbarschaft stärken"},
	{"Rente mit 63, Fachkräfte mit 67? Ältere Beschäftigte im Betrieb halten und ihre Erfahrung für die Einarbeitung nutzen",
		"Rente mit 63,/Fachkräfte mit 67?/Ältere Beschäftigte im Betrieb/halten und ihre Erfahrung/für die Einarbeitung nutzen"},
	{"Gesundheit am Arbeitsplatz für Beschäftigte in der Gebäudereinigung und im Hotel- und Gaststättengewerbe", ""},
	// An adjective inside a name stays with its noun (it read „Landesverbands
	// Soziale / Arbeit“).
	{"Jahrestagung 2025 des Landesverbands Soziale Arbeit Sachsen-Anhalt",
		"Jahrestagung 2025/des Landesverbands/Soziale Arbeit/Sachsen-Anhalt"},
}

// TestCoverTitlesBreakBySense: long cover titles are broken as a
// designer breaks them, read from the cover's display list: after a
// colon, dash or question, before a preposition, never on an article,
// preposition or conjunction, never between an adjective and its noun
// (Gemeinsam für gute / Arbeit), never inside a word, with no lone short
// word last; the lines a designer chose are checked as such. Before,
// balancing to the narrowest width set „Gemeinsam für gute / Arbeit:
// Perspektiven“, „Teilhabe am Arbeitsmarkt / für Menschen / mit
// Behinderungen in / Mecklenburg-Vorpommern“, „Gute Arbeit für alle? /
// Beschäftigungs- / bedingungen“ and „Ankommen, Ausbilden, / Arbeiten:
// Die / Arbeitsmarktintegration“.
func TestCoverTitlesBreakBySense(t *testing.T) {
	th := DefaultTheme()
	fw := german.NewHyphenator(german.GermanPatterns(), nil)
	for _, tc := range senseTitles {
		doc := exampleDocument(t)
		doc.Meta.Title = tc.title
		lines := coverTitleLines(Compose(doc, th, bound).Pages[0], th)
		got := strings.Join(lines, "/")
		if strings.ReplaceAll(got, "/", " ") != tc.title {
			t.Errorf("%q: the cover reads %q", tc.title, got)
			continue
		}
		if tc.want != "" && got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.title, got, tc.want)
		}
		for i, ln := range lines[:len(lines)-1] {
			words := strings.Fields(ln)
			last := words[len(words)-1]
			if fw.IsFunctionWord(last) {
				t.Errorf("%q: line %d ends on „%s“: %q", tc.title, i+1, last, got)
			}
			if strings.HasSuffix(last, "-") && !strings.Contains(tc.title, last+" ") {
				t.Errorf("%q: line %d ends inside a word: %q", tc.title, i+1, got)
			}
		}
		if n := len(lines); n > 1 && !strings.Contains(lines[n-1], " ") && 3*len([]rune(lines[n-1])) < len([]rune(lines[n-2])) {
			t.Errorf("%q: a lone short word last: %q", tc.title, got)
		}
	}
}

// TestCoverSubtitleBreaksBySense: the subtitle under the cover's title is
// broken by the same rules: „Personalforum / für kleine und mittlere
// Unternehmen“, not „Personalforum für kleine / und mittlere Unternehmen“
// (two adjectives of one noun parted), nor „für Bildung / und Arbeit“
// (two nouns read as one), and a date stays whole, its
// day's full stop no sentence's end („… vom 12. März / 2025 in Leipzig“
// was set while it counted as one). A subtitle of a few lines keeps to
// four fifths of the cover's measure.
func TestCoverSubtitleBreaksBySense(t *testing.T) {
	th := DefaultTheme()
	for _, c := range []struct{ subtitle, want string }{
		{"Personalforum für kleine und mittlere Unternehmen", "Personalforum/für kleine und mittlere Unternehmen"},
		{"Dokumentation der Fachtagung vom 12. März 2025 in Leipzig", "Dokumentation der Fachtagung/vom 12. März 2025 in Leipzig"},
		{"Fachtag des Landesnetzwerks für Bildung und Arbeit in Sachsen-Anhalt", "Fachtag des Landesnetzwerks/für Bildung und Arbeit in Sachsen-Anhalt"},
	} {
		checkCoverSubtitle(t, th, c.subtitle, c.want, coverMeasure(th)*4/5)
	}
}

// TestLongCoverSubtitleTakesTheTitlesMeasure: the prober's subtitle of
// 140 letters (e26b), its long compounds two of which no line of four
// fifths of the cover's measure holds, stood there in five short lines
// („Was Kommunen, Jobcenter / und Beratungsstellen aus fünf Jahren /
// Beschäftigungsförderung / für Langzeitarbeitslose / mit
// Fluchthintergrund lernen können“); it takes the title's measure and
// three lines broken by sense, within the measure.
func TestLongCoverSubtitleTakesTheTitlesMeasure(t *testing.T) {
	th := DefaultTheme()
	checkCoverSubtitle(t, th,
		"Was Kommunen, Jobcenter und Beratungsstellen aus fünf Jahren Beschäftigungsförderung für Langzeitarbeitslose mit Fluchthintergrund lernen können",
		"Was Kommunen, Jobcenter und Beratungsstellen/aus fünf Jahren Beschäftigungsförderung/für Langzeitarbeitslose mit Fluchthintergrund lernen können",
		coverMeasure(th))
}

// coverMeasure is the width of the cover's field: 25 mm in from each side.
func coverMeasure(th Theme) typeset.Scaled { return th.PageWidth - typeset.MM(50) }

// checkCoverSubtitle composes the example with subtitle and checks that
// the cover sets it in the lines want („/“ between them), none running
// past measure from the field's left edge.
func checkCoverSubtitle(t *testing.T, th Theme, subtitle, want string, measure typeset.Scaled) {
	t.Helper()
	doc := exampleDocument(t)
	doc.Meta.Subtitle = subtitle
	cover := Compose(doc, th, bound).Pages[0]
	if got := strings.Join(coverLinesAt(cover, th, th.CoverSubtitle.Size), "/"); got != want {
		t.Errorf("the subtitle reads %q, want %q", got, want)
	}
	right := typeset.MM(25) + measure
	for _, it := range cover.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y < th.CoverField && g.Size == th.CoverSubtitle.Size && g.X+g.Width > right {
			t.Errorf("%q: „%s“ runs to %.1f mm, past %.1f mm", subtitle, g.Text, (g.X + g.Width).MM(), right.MM())
		}
	}
}

// coverLinesAt are the lines of the cover's field set at size, by
// baseline, in reading order.
func coverLinesAt(cover Page, th Theme, size typeset.Scaled) []string {
	var runs []*typeset.GlyphRun
	for _, it := range cover.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y < th.CoverField && g.Size == size {
			runs = append(runs, g)
		}
	}
	slices.SortStableFunc(runs, func(a, b *typeset.GlyphRun) int { return cmp.Or(cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X)) })
	var lines []string
	var y typeset.Scaled = -1
	for _, g := range runs {
		if g.Y != y {
			lines, y = append(lines, g.Text), g.Y
		} else {
			lines[len(lines)-1] += " " + g.Text
		}
	}
	return lines
}

// TestCoverTitleKeepsCoordinatedAdjectivesWithTheirNoun: two adjectives
// joined by „und“ before their noun (kleine und mittlere Unternehmen,
// öffentliche und freie Träger, Digitale und analoge Angebote at the
// title's start) are one phrase: the cover title breaks before it, set
// smaller where only that keeps it whole (down to coverTitleWhole
// percent), never inside it. Before, at the theme's 34 pt, „Wie kommt KI
// in kleine / und mittlere Unternehmen?“ was set, and at 40 pt
// „Digitale / und analoge Angebote“.
func TestCoverTitleKeepsCoordinatedAdjectivesWithTheirNoun(t *testing.T) {
	for _, tc := range []struct {
		title, want string
		size        float64 // the theme's cover title size, pt
	}{
		{"Wie kommt KI in kleine und mittlere Unternehmen?", "Wie kommt KI/in kleine und mittlere Unternehmen?", 34},
		{"Beratung für kleine und mittlere Unternehmen", "Beratung/für kleine und mittlere Unternehmen", 34},
		{"Netzwerk für öffentliche und freie Träger", "Netzwerk/für öffentliche und freie Träger", 36},
		{"Digitale und analoge Angebote in der Jugendarbeit", "Digitale und analoge Angebote/in der Jugendarbeit", 40},
		{"Kooperation öffentlicher und freier Träger in der Jugendhilfe", "Kooperation/öffentlicher und freier Träger/in der Jugendhilfe", 34},
	} {
		th := DefaultTheme()
		th.CoverTitle.Size, th.CoverTitle.Leading = typeset.Pt(tc.size), typeset.Pt(tc.size*38/34)
		doc := exampleDocument(t)
		doc.Meta.Title = tc.title
		cover := Compose(doc, th, bound).Pages[0]
		if got := strings.Join(coverTitleLines(cover, th), "/"); got != tc.want {
			t.Errorf("%q at %.0f pt: the cover reads %q, want %q", tc.title, tc.size, got, tc.want)
		}
		if size := coverTitleSize(cover, th); size < th.CoverTitle.Size*coverTitleWhole/100 {
			t.Errorf("%q: set at %.1f pt, under %d %% of %.0f pt", tc.title, size.Points(), coverTitleWhole, tc.size)
		}
	}
	// A title that keeps its phrases whole at its size, or up to a tenth
	// smaller, is not set smaller still to even its lines.
	th := DefaultTheme()
	for _, title := range append([]string{"Pflege und soziale Arbeit im ländlichen Raum"}, senseTitleTexts()...) {
		doc := exampleDocument(t)
		doc.Meta.Title = title
		if size := coverTitleSize(Compose(doc, th, bound).Pages[0], th); size < th.CoverTitle.Size*coverTitleShrink/100 {
			t.Errorf("%q: set at %.1f pt, under %d %% of the theme's size", title, size.Points(), coverTitleShrink)
		}
	}
}

// TestSmallerTitleOnlyWhenClean: a title is set more than a tenth
// smaller to keep a phrase whole only where that setting has no other
// fault (senseBreaks.clean). The reviewer's conference title kept
// „ländlichen und städtischen Regionen“ whole at 75 %, running its
// first clause on („Zukunft: Wege / in gute Beschäftigung …“) and
// leaving „Sachsens“ alone; it stays at its size, a line ending at the
// colon.
func TestSmallerTitleOnlyWhenClean(t *testing.T) {
	doc, th := testdataEvent(t, "longtitle")
	cover := Compose(doc, th, bound).Pages[0]
	lines := coverTitleLines(cover, th)
	if size := coverTitleSize(cover, th); size < th.CoverTitle.Size*coverTitleShrink/100 || len(lines) == 0 || !strings.HasSuffix(lines[0], "Zukunft:") {
		t.Errorf("set at %.1f pt of %.1f: %q, want a line ending at „Zukunft:“ at least %d %% of the size", size.Points(), th.CoverTitle.Size.Points(), lines, coverTitleShrink)
	}
}

// senseTitleTexts are the titles of senseTitles.
func senseTitleTexts() []string {
	var out []string
	for _, tc := range senseTitles {
		out = append(out, tc.title)
	}
	return out
}

// coverTitleSize is the size the cover's title is set at: the largest on
// the field.
func coverTitleSize(cover Page, th Theme) typeset.Scaled {
	var size typeset.Scaled
	for _, it := range cover.Items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.Y < th.CoverField {
			size = max(size, g.Size)
		}
	}
	return size
}

// TestNamedAdjectives: the capitalised adjectives of names are told from
// the nouns a title writes beside them, so „Soziale / Arbeit“ is not
// parted.
func TestNamedAdjectives(t *testing.T) {
	for w, want := range map[string]bool{
		"Soziale": true, "Europäische": true, "Berufliche": true, "Digitalen": true, "Sozialpädagogischer": true,
		"Kreative": false, "Nachhaltiges": true, "Arbeit": false, "Schule": false, "Gruppe": false, "Sachsen": false,
		"Sprache": false, "Kollegen": false, "soziale": false, "SOZIALE": false, "Fläche": false, "Wege": false,
		"Perspektiven": false, "Initiativen": false, "Alternativen": false, "Archiven": false, "Modelle": false, "Stellen": false,
		"Beratungsstellen": false, "Quellen": false, "Potenziale": false, "Rituale": false, "Aktuelle": true, "Kulturellen": true,
	} {
		if got := isNamedAdjective(w); got != want {
			t.Errorf("isNamedAdjective(%q) = %v, want %v", w, got, want)
		}
	}
}
