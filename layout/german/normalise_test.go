package german

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"brochure/assets"
)

// Visible stand-ins for the invisible characters in expectations.
const (
	NB  = "\u00A0" // no-break space
	NNB = "\u202F" // narrow no-break space
)

func TestNormalise(t *testing.T) {
	cases := []struct{ in, want string }{
		// Quotes: straight → German, by context.
		{`Sie sagte "Hallo".`, `Sie sagte „Hallo“.`},
		{`"Fremden"`, `„Fremden“`},
		{`("Klammer")`, `(„Klammer“)`},
		{`"Er sagte 'nein' dazu."`, `„Er sagte ‚nein‘ dazu.“`},
		{`Der Workshop "Weltoffenheit und gute Arbeit im Betrieb" wurde`, `Der Workshop „Weltoffenheit und gute Arbeit im Betrieb“ wurde`},
		{`"Ja!" - "Nein?"`, `„Ja!“` + NB + `– „Nein?“`},
		{`Wort/"Zitat"`, `Wort/„Zitat“`},
		// English typographic quotes become German ones.
		{`“Fremden”`, `„Fremden“`},
		{`Er sagte “ja”.`, `Er sagte „ja“.`},
		// A closing quote typed after a space closes the open one by
		// balance; it does not open a second.
		{`zu „Grußwort des Ministeriums für “ finden Sie`, `zu „Grußwort des Ministeriums für“ finden Sie`},
		{`zu "Grußwort für " finden`, `zu „Grußwort für“ finden`},
		{`„Titel “, „Zweiter “.`, `„Titel“, „Zweiter“.`},
		{`„a“ und " b"`, `„a“ und „b“`},
		{`Er sagte " und "Wort"`, `Er sagte „und „Wort“`},
		// A quote holds on to its words: no space inside it, so no line
		// begins with a closing quote; a space after a dash stays („- “).
		{`„ Anerkennungsgesetz “ gilt`, `„Anerkennungsgesetz“ gilt`},
		{`Listen („- “) und`, `Listen („- “) und`},
		// Single quotes balance as double ones do; an elided century is
		// an apostrophe.
		{`'Brücken bauen ' und 'Tschüss '`, `‚Brücken bauen‘ und ‚Tschüss‘`},
		{`die '90er Jahre`, `die ’90er Jahre`},
		// Apostrophes.
		{`geht's`, `geht’s`},
		{`Hans' Auto`, `Hans’ Auto`},
		{`wie geht´s`, `wie geht’s`},
		{`So 'n Zufall`, `So ’n Zufall`},
		{`'s ist spät`, `’s ist spät`},
		// Dashes: spaced hyphen → en dash kept with the word before it.
		{`Stadt - Land - Flucht`, `Stadt` + NB + `– Land` + NB + `– Flucht`},
		{`WIR - Netzwerke integrieren`, `WIR` + NB + `– Netzwerke integrieren`},
		{`Thema -- Rolle`, `Thema` + NB + `– Rolle`},
		{`Ende --- aus`, `Ende` + NB + `– aus`},
		{`Ende -- aus`, `Ende` + NB + `– aus`},
		{`von A-Z`, `von A–Z`},
		{`U-Bahn und ABC-Analyse`, `U-Bahn und ABC-Analyse`},
		// Ranges.
		{`9-17 Uhr`, `9–17` + NB + `Uhr`},
		{`9.30-11.00 Uhr`, `9.30–11.00` + NB + `Uhr`},
		{`1990-2000`, `1990–2000`},
		{`0271 236 020`, `0271` + NB + `236` + NB + `020`}, // a telephone number: bound, not regrouped
		{`Raum 2 und 125 Plätze`, `Raum` + NB + `2 und 125 Plätze`},
		{`S. 12-15`, `S.` + NB + `12–15`},
		// Ellipsis.
		{`und so weiter...`, `und so weiter…`},
		{`Wir ... fanden`, `Wir … fanden`},
		// Multi-part abbreviations.
		{`z.B. durch`, `z.` + NNB + `B. durch`},
		{`V.i.S.d.P.: Kai Weber`, `V.` + NNB + `i.` + NNB + `S.` + NNB + `d.` + NNB + `P.: Kai Weber`},
		{`z. B. durch`, `z.` + NNB + `B. durch`},
		{`d.h. also`, `d.` + NNB + `h. also`},
		{`u.a. Vereine`, `u.` + NNB + `a. Vereine`},
		{`Flüchtlingsrat e.V.`, `Flüchtlingsrat` + NB + `e.` + NNB + `V.`},
		{`Hoyerswerda e. V. finden`, `Hoyerswerda` + NB + `e.` + NNB + `V. finden`},
		// After a number, an abbreviation whose first part is a unit (s, m)
		// is one word, not the unit: as it is written, and once normalised.
		{`Seite 0 s.u.`, `Seite` + NB + `0 s.` + NNB + `u.`},
		{`ab 5 m. E. nicht`, `ab 5 m.` + NNB + `E. nicht`},
		{`i.d.R. nicht`, `i.` + NNB + `d.` + NNB + `R. nicht`},
		{`o.Ä.`, `o.` + NNB + `Ä.`},
		{`u.v.m.`, `u.` + NNB + `v.` + NNB + `m.`},
		// No-break spaces.
		{`Dr. Kristian Garthus-Niegel`, `Dr.` + NB + `Kristian Garthus-Niegel`},
		{`der Ausbildungsduldung (§ 60c AufenthG) und (§§ 27 ff.), „Dr. Ott“`, `der Ausbildungsduldung (§` + NB + `60c` + NB + `AufenthG) und (§§` + NB + `27 ff.), „Dr.` + NB + `Ott“`},
		{`Prof. Dr. Birgit Glorius`, `Prof.` + NB + `Dr.` + NB + `Birgit Glorius`},
		{`Teilnehmende im Forum 1 und im Fachforum 12.`, `Teilnehmende im Forum` + NB + `1 und im Fachforum` + NB + `12.`},
		{`Workshop B, Raum 204, Kapitel 3 und Teil 2`, `Workshop` + NB + `B, Raum` + NB + `204, Kapitel` + NB + `3 und Teil` + NB + `2`},
		{`Raum 2.14 (Haus C), „Plan B“ und (Raum 204)`, `Raum 2.14 (Haus` + NB + `C), „Plan` + NB + `B“ und (Raum` + NB + `204)`},
		{`barrierefrei über Aufzug B) und Haus C. Plan b, aufzug B, 2 B`, `barrierefrei über Aufzug` + NB + `B) und Haus` + NB + `C. Plan b, aufzug B, 2 B`},
		{`Forum 2024 und Gruppen 5 und forum 1`, `Forum 2024 und Gruppen 5 und forum 1`},
		{`AG 10000 und Raum 12 500`, `AG 10` + NNB + `000 und Raum 12` + NNB + `500`},
		{`Raum 12 und 500 Gäste`, `Raum` + NB + `12 und 500 Gäste`},
		{`Ein Traum 3 und Statistisch 1 von 5, am Tisch 3`, `Ein Traum 3 und Statistisch 1 von 5, am Tisch` + NB + `3`},
		{`unter der Lizenz CC BY-SA 4.0 zur Verfügung, CC BY 4.0 oder CC0 1.0.`, `unter der Lizenz CC` + NB + `BY-SA` + NB + `4.0 zur Verfügung, CC` + NB + `BY` + NB + `4.0 oder CC0` + NB + `1.0.`},
		{`Mo-Fr von 9-16 Uhr`, `Mo–Fr von 9–16` + NB + `Uhr`},
		{`Mo.-Fr. und Montag-Freitag`, `Mo.–Fr. und Montag–Freitag`},
		{`Do-it-yourself, Mo-Bahn`, `Do-it-yourself, Mo-Bahn`},
		{`von Dr. med. Anna Groß-Kühn`, `von Dr.` + NB + `med.` + NB + `Anna Groß-Kühn`},
		{`Dr. rer. nat. Jens Ott`, `Dr.` + NB + `rer.` + NB + `nat.` + NB + `Jens Ott`},
		{`Dipl.-Ing. (FH) Jens Öztürk`, `Dipl.-Ing.` + NB + `(FH)` + NB + `Jens Öztürk`},
		{`Nr. 5`, `Nr.` + NB + `5`},
		{`§ 60a AufenthG`, `§` + NB + `60a` + NB + `AufenthG`},
		{`um 9 Uhr`, `um 9` + NB + `Uhr`},
		{`50 % der`, `50` + NNB + `% der`},
		{`3 ‰ mehr`, `3` + NNB + `‰ mehr`},
		{`100 € pro`, `100` + NB + `€ pro`},
		{`12 km weit`, `12` + NB + `km weit`},
		{`am 26. Juni 2024`, `am 26.` + NB + `Juni 2024`},
		{`3 Mio. Euro`, `3` + NB + `Mio. Euro`},
		{`Netzwerk Ausbildung Nordost e.V.`, `Netzwerk Ausbildung Nordost` + NB + `e.` + NNB + `V.`},
		{`Sächsischer Flüchtlingsrat e. V.`, `Sächsischer Flüchtlingsrat` + NB + `e.` + NNB + `V.`},
		{`Berufsbildungszentrum Vorpommern gGmbH, Greifswald`, `Berufsbildungszentrum Vorpommern` + NB + `gGmbH, Greifswald`},
		{`des Europäischen Sozialfonds Plus (ESF Plus) gefördert`, `des Europäischen Sozialfonds` + NB + `Plus (ESF` + NB + `Plus) gefördert`},
		{`Plus und Minus, ESF und Plus`, `Plus und Minus, ESF und Plus`},
		{`gefördert durch den ESF Plus. Der „ESF Plus“ wirkt`, `gefördert durch den ESF` + NB + `Plus. Der „ESF` + NB + `Plus“ wirkt`},
		// Unicode composition: macOS decomposed umlauts.
		{"Geflu\u0308chtete", "Geflüchtete"},
		{"A\u0308rger u\u0308ber O\u0308de", "Ärger über Öde"},
		// Text that is already correct stays unchanged.
		{`„Fremden“`, `„Fremden“`},
		{`„Er sagte ‚nein‘.“`, `„Er sagte ‚nein‘.“`},
		{`Stadt` + NB + `– Land`, `Stadt` + NB + `– Land`},
		{`9–17` + NB + `Uhr`, `9–17` + NB + `Uhr`},
		{`z.` + NNB + `B.`, `z.` + NNB + `B.`},
		{`geht’s`, `geht’s`},
		{`weiter…`, `weiter…`},
		// Things that must not change.
		{`Sachsen-Anhalt-Thüringen`, `Sachsen-Anhalt-Thüringen`},
		{`Landes- oder Bundesprogramme`, `Landes- oder Bundesprogramme`},
		{`Mentor*innen und Mitarbeiter:innen`, `Mentor*innen und Mitarbeiter:innen`},
		{`am 2024-06-26 um`, `am 2024-06-26 um`},
		{`A4-Format`, `A4-Format`},
		{`26.06.2024`, `26.06.2024`},
		{`BLEIBdran+ und RESQUE forward`, `BLEIBdran+ und RESQUE forward`},
		{`gGmbH`, `gGmbH`},
		{`Zusammenarbeit mit Kommunal- und Arbeitsverwaltung.`, `Zusammenarbeit mit Kommunal- und Arbeitsverwaltung.`},
		{`Infrastruktur/Rechtsrahmen`, `Infrastruktur/Rechtsrahmen`},
		{`https://bleibdranplus.de/wp-content/x-y.pdf`, `https://bleibdranplus.de/wp-content/x-y.pdf`},
		{`Die Zahlen sprechen eine eindeutige Sprache:`, `Die Zahlen sprechen eine eindeutige Sprache:`},
		{`in den USA. Sie`, `in den USA. Sie`},
		{`Seite 5 Zeilen`, `Seite` + NB + `5 Zeilen`},
		{`Am 5. Tag`, `Am 5. Tag`},
	}
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	checkNormalised(t, cases)
}

// checkNormalised checks that each case's text normalises as wanted,
// and that normalising it again changes nothing.
func checkNormalised(t *testing.T, cases []struct{ in, want string }) {
	t.Helper()
	for _, c := range cases {
		got := NewNormaliser(DefaultTypography()).Normalise(c.in)
		if got != c.want {
			t.Errorf("Normalise(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if again := NewNormaliser(DefaultTypography()).Normalise(got); again != got {
			t.Errorf("not idempotent on %q: %q", got, again)
		}
	}
}

// TestNormaliseNumbersNamesAndLaws: ranges against what only looks like
// one (a telephone extension, a double name's abbreviation), numbers
// typed in groups, references to laws, dashes typed as such, degrees.
func TestNormaliseNumbersNamesAndLaws(t *testing.T) {
	checkNormalised(t, []struct{ in, want string }{
		{`09:30-11:00`, `09:30–11:00`},
		// Not ranges: telephone extensions and double names' abbreviations.
		{`Tel. 0271 23602-0`, `Tel.` + NB + `0271` + NB + `23602-0`},
		{`Telefon 02761 81-234`, `Telefon 02761` + NB + `81-234`},
		{`Ruf 030-1234`, `Ruf 030-1234`},
		{`Sport M-V und S-H`, `Sport M-V und S-H`},
		{`Namen A-K und L-Z`, `Namen A–K und L–Z`},
		// A number typed in groups keeps them together.
		{`mehr als 50 000 Anträge`, `mehr als 50` + NNB + `000 Anträge`},
		{`1 250 000 Euro`, `1` + NNB + `250` + NNB + `000` + NB + `Euro`},
		{`+49 271 236 020`, `+49` + NB + `271` + NB + `236` + NB + `020`},
		// A reference to a law stays on one line.
		{`nach § 43 IfSG und § 45a SGB II`, `nach §` + NB + `43` + NB + `IfSG und §` + NB + `45a` + NB + `SGB` + NB + `II`},
		{`Art. 3 GG gilt`, `Art.` + NB + `3` + NB + `GG gilt`},
		{`in 3 Orten`, `in 3 Orten`},
		{`Fluchterfahrung – Wege`, `Fluchterfahrung` + NB + `– Wege`},
		{`Ende — aus`, `Ende` + NB + `– aus`},
		{`Ende—aus`, `Ende—aus`},
		{`Sandra Voigt, M.A., und B.Sc.`, `Sandra Voigt, M.` + NNB + `A., und B.` + NNB + `Sc.`},
	})
}

// TestNormaliseAcrossSpans: quotes around emphasised text decide from the
// previous span's last character.
func TestNormaliseAcrossSpans(t *testing.T) {
	n := NewNormaliser(DefaultTypography())
	parts := []string{`Gegenüber "`, `Fremden`, `" und 'anderen'`}
	var got []string
	for _, p := range parts {
		got = append(got, n.Normalise(p))
	}
	if want := `Gegenüber „|Fremden|“ und ‚anderen‘`; strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestNormaliseRulesCanBeSwitchedOff(t *testing.T) {
	off := Typography{}
	in := "\"z.B.\" 9-17 Uhr - und... Dr. X"
	if got := NewNormaliser(off).Normalise(in); got != in {
		t.Errorf("with every rule off the text changed: %q", got)
	}
	guil := DefaultTypography()
	guil.Guillemets = true
	if got := NewNormaliser(guil).Normalise(`"a 'b' c"`); got != `»a ›b‹ c«` {
		t.Errorf("guillemets: got %q", got)
	}
	noQuotes := DefaultTypography()
	noQuotes.Quotes = false
	if got := NewNormaliser(noQuotes).Normalise(`"z.B."`); got != `"z.`+NNB+`B."` {
		t.Errorf("quotes off: got %q", got)
	}
}

// BenchmarkNormaliseExample normalises every line of the example's
// content (-benchmem: the normaliser's allocations).
func BenchmarkNormaliseExample(b *testing.B) {
	lines := strings.Split(string(assets.ExampleContent), "\n")
	for b.Loop() {
		n := NewNormaliser(DefaultTypography())
		for _, l := range lines {
			n.Normalise(l)
		}
	}
}

// TestNormaliseExampleUnchanged pins what the normaliser makes of the
// example's content, line by line, as a digest: a change of speed must
// not change a character.
func TestNormaliseExampleUnchanged(t *testing.T) {
	n := NewNormaliser(DefaultTypography())
	h := sha256.New()
	for _, l := range strings.Split(string(assets.ExampleContent)+normaliseCorpus, "\n") {
		h.Write([]byte(n.Normalise(l) + "\n"))
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != exampleNormalisedDigest {
		t.Fatalf("the example normalises differently: digest %s, was %s", got, exampleNormalisedDigest)
	}
}

// normaliseCorpus adds the cases the example lacks: abbreviations in
// every spacing, titles, units, days, legal forms.
const normaliseCorpus = `
z.B. z. B. z.\u202fB. u.a. u. a. i.d.R. i. d. R. o.Ä. u.v.m. s.o. s.u.a. d.h. Netzwerk e. V. und e.V. Bildungswerk gGmbH
Dr. Weber, Prof. Dr. Anna Schmidt, Nr. 5, S. 12, § 3 Abs. 2, 9 Uhr, 5 €, 75%, 1.000 Euro, 10000 Minuten, 26. Juni, 1.–3. März
"Er sagte 'nein' dazu..." - das ist -- wohl -- so; 1990-2000, A-Z, Mo-Fr, Januar-März, ab 12 km und 3 Std. am Tag
`

const exampleNormalisedDigest = "c441b7e77ff50117a82fe8290356353ad24a09d4e83434d92e90a05c80c96269"

// TestNFCInertCharacters: every character nfcInert passes without asking
// norm is one NFC keeps and that combines with nothing before it, so text
// of them only is in NFC.
func TestNFCInertCharacters(t *testing.T) {
	inert := 0
	for r := rune(0); r <= 0x2FFF; r++ {
		s := string(r)
		if !utf8.ValidRune(r) || !nfcInert(s) {
			continue
		}
		inert++
		if !norm.NFC.IsNormalString(s) || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("%U passes as inert but NFC may change it or join it to the character before", r)
		}
	}
	for _, s := range []string{"u\u0308", "\u2000", "\u0340", "\u1161"} {
		if nfcInert(s) {
			t.Errorf("%+q passes as inert", s)
		}
	}
	if inert < 0x300+0x63+0x21 {
		t.Errorf("only %d characters are inert", inert)
	}
}

// TestAbbreviationsStartWithOneLetter: matchAbbreviation looks no further
// than a word whose second character is a full stop, which holds as long
// as every abbreviation's first part is a single letter.
func TestAbbreviationsStartWithOneLetter(t *testing.T) {
	for _, a := range abbreviationForms {
		if len(a.parts[0]) != 1 {
			t.Errorf("%q starts with %q, not one letter", a.written, a.parts[0])
		}
	}
}

// TestNormaliseFileNumbers: a file number stays on one line, from its
// label to its last part, as a reference to a law does; the word after it,
// and a letter and number that follow no label, may break.
func TestNormaliseFileNumbers(t *testing.T) {
	n := NewNormaliser(DefaultTypography())
	for _, tc := range []struct{ in, want string }{
		{`Az. 12 A 345/26 vom Mai`, `Az.` + NB + `12` + NB + `A` + NB + `345/26 vom Mai`},
		{`Az. II 3 - 12345/2026 des Amtes`, `Az.` + NB + `II` + NB + `3` + NB + `–` + NB + `12345/2026 des Amtes`},
		{`(Az. 12 A) und`, `(Az.` + NB + `12` + NB + `A) und`},
		{`Drucksache 20/1234 des Bundestages`, `Drucksache` + NB + `20/1234 des Bundestages`},
		{`BT-Drs. 20/1234 und A 5`, `BT-Drs.` + NB + `20/1234 und A 5`},
		{`Gruppe A 12 Personen`, `Gruppe` + NB + `A 12 Personen`},
	} {
		if got := n.Normalise(tc.in); got != tc.want {
			t.Errorf("Normalise(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if again := n.Normalise(tc.want); again != tc.want {
			t.Errorf("Normalise(%q) = %q: a second pass changes it", tc.want, again)
		}
	}
}

// TestCodesBindOnlyWhereAsked: keepsTogether asks the rules of codes
// (bindsCode) only where mayBindCode says they may bind, which holds
// only while they bind nothing else: at every space of the example's
// content and the corpus, and after every word that leads a code (Tel.,
// CC, §, Az., a number, an IBAN's first group …) before words with
// lower-case letters that resemble its parts, none does.
func TestCodesBindOnlyWhereAsked(t *testing.T) {
	texts := strings.Split(string(assets.ExampleContent)+normaliseCorpus, "\n")
	leads := []string{"Tel.", "Tel.:", "Telefon", "Fax:", "☎", "CC", "BY", "BY-SA", "CC0", "§", "§ 45", "§ 45a", "Art. 3", "SGB",
		"Az.", "Az. II", "Drucksache", "DE12", "DE12 3456", "0381", "+49", "+49 381", "01067", "Forum", "Workshop", "Teil", "12", "3a", "II"}
	tails := []string{"by", "by-sa", "BY-nc", "ii", "Ii", "xii", "ifsg", "IfSG", "sgb", "abc", "Abc", "a", "b.", "x1", "e.V.", "km",
		"dresden", "Dresden", "ä", "ß", "0", "nc", "bY", "4.0", "A", "II", "DE12", "12/2026"}
	for _, lead := range leads {
		for _, tail := range tails {
			texts = append(texts, lead+" "+tail, "Die "+lead+" "+tail+" und")
		}
	}
	checked := 0
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if text[i] != ' ' {
				continue
			}
			out, rest := []byte(text[:i]), text[i+1:]
			before, after, k := wordsAround(out, rest)
			if len(before) == 0 || after == "" || mayBindCode(before, after) {
				continue
			}
			checked++
			if bindsCode(out[:len(out)-len(before)], before, after, rest[k:]) {
				t.Errorf("%q: a rule of codes binds %q to %q, which keepsTogether does not ask", text, before, after)
			}
		}
	}
	if checked < 1000 {
		t.Errorf("only %d spaces checked where the rules of codes are not asked", checked)
	}
}
