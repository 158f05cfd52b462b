package german

import (
	"strings"
	"testing"
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
		{`S. 12-15`, `S.` + NB + `12–15`},
		// Ellipsis.
		{`und so weiter...`, `und so weiter…`},
		{`Wir ... fanden`, `Wir … fanden`},
		// Multi-part abbreviations.
		{`z.B. durch`, `z.` + NNB + `B. durch`},
		{`z. B. durch`, `z.` + NNB + `B. durch`},
		{`d.h. also`, `d.` + NNB + `h. also`},
		{`u.a. Vereine`, `u.` + NNB + `a. Vereine`},
		{`Flüchtlingsrat e.V.`, `Flüchtlingsrat` + NB + `e.` + NNB + `V.`},
		{`Hoyerswerda e. V. finden`, `Hoyerswerda` + NB + `e.` + NNB + `V. finden`},
		{`i.d.R. nicht`, `i.` + NNB + `d.` + NNB + `R. nicht`},
		{`o.Ä.`, `o.` + NNB + `Ä.`},
		{`u.v.m.`, `u.` + NNB + `v.` + NNB + `m.`},
		// No-break spaces.
		{`Dr. Kristian Garthus-Niegel`, `Dr.` + NB + `Kristian Garthus-Niegel`},
		{`Prof. Dr. Birgit Glorius`, `Prof.` + NB + `Dr.` + NB + `Birgit Glorius`},
		{`Nr. 5`, `Nr.` + NB + `5`},
		{`§ 60a AufenthG`, `§` + NB + `60a AufenthG`},
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
		{`Seite 5 Zeilen`, `Seite 5 Zeilen`},
		{`Am 5. Tag`, `Am 5. Tag`},
	}
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
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
