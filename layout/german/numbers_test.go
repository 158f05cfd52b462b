package german

import "testing"

// TestNumbers: ranges of days and months, thousands, per cent and units,
// each beside the cases that must stay as written (a year range, a
// postcode, a time, „§ 60c“, a one-letter hyphen word).
func TestNumbers(t *testing.T) {
	cases := []struct{ in, want string }{
		// Ranges of days and months take an en dash.
		{`24.-25. Februar 2026`, `24.–25.` + NB + `Februar 2026`},
		{`am 3.-5. Mai`, `am 3.–5.` + NB + `Mai`},
		{`vom 30.-31.12.`, `vom 30.–31.12.`},
		{`Mai-Juni`, `Mai–Juni`},
		{`(Januar-März 2026)`, `(Januar–März 2026)`},
		{`24.–25.` + NB + `Februar`, `24.–25.` + NB + `Februar`},
		// Thousands from five digits, with a narrow no-break space.
		{`Es kamen 12500 Menschen`, `Es kamen 12` + NNB + `500 Menschen`},
		{`rund 1250000 Euro`, `rund 1` + NNB + `250` + NNB + `000` + NB + `Euro`},
		{`12500,50 €`, `12` + NNB + `500,50` + NB + `€`},
		{`(12500)`, `(12` + NNB + `500)`},
		{`waren es 12500.`, `waren es 12` + NNB + `500.`},
		{`12` + NNB + `500`, `12` + NNB + `500`},
		// Per cent: a narrow no-break space before the sign.
		{`75% der`, `75` + NNB + `% der`},
		{`(75%)`, `(75` + NNB + `%)`},
		{`3,5‰`, `3,5` + NNB + `‰`},
		{`75` + NNB + `%`, `75` + NNB + `%`},
		// A number stays with its unit.
		{`14:56 Minuten`, `14:56` + NB + `Minuten`},
		{`um 16 Uhr`, `um 16` + NB + `Uhr`},
		{`3,5 km`, `3,5` + NB + `km`},
		{`2 Tage lang`, `2` + NB + `Tage lang`},
		{`10000 Minuten`, `10` + NNB + `000` + NB + `Minuten`}, // a quantity at the start, not a postcode
		// What must not change.
		{`2019-2025`, `2019–2025`}, // a year range: en dash, no grouping
		{`im Jahr 2026`, `im Jahr 2026`},
		{`01067 Dresden`, "01067\u00a0Dresden"}, // not grouped, and kept with its place
		{`Straße 5, 10115 Berlin`, "Straße 5, 10115\u00a0Berlin"},
		{`Es kamen 12345 Gäste`, "Es kamen 12\u202f345 Gäste"},
		// A postcode after a house number (an address run together), or
		// after „in“, stays as written.
		{`Bahnhofstraße 16 17489 Greifswald`, "Bahnhofstraße 16 17489\u00a0Greifswald"},
		{`Raum 12a 17489 Greifswald`, "Raum 12a 17489\u00a0Greifswald"},
		{`die Beratung in 17489 Greifswald`, "die Beratung in 17489\u00a0Greifswald"},
		{`Es kamen 12345 Gäste und 23456 Helfer`, "Es kamen 12\u202f345 Gäste und 23\u202f456 Helfer"},
		{`14:56`, `14:56`},
		{`9.30-11.00 Uhr`, `9.30–11.00` + NB + `Uhr`},
		{`§ 60c AufenthG`, `§` + NB + `60c` + NB + `AufenthG`},
		{`§ 12345`, `§` + NB + `12345`},
		{`Tel. 035112345`, `Tel.` + NB + `035112345`},
		// A telephone number stays on one line; its label may end the
		// line before it, an abbreviated one (Tel.) not.
		{`oder Telefon 03834 55 12 30.`, `oder Telefon 03834` + NB + `55` + NB + `12` + NB + `30.`},
		{`Fax: +49 381 123-45 und`, `Fax: +49` + NB + `381` + NB + `123-45 und`},
		{`Tel. 03834 55 12 30`, `Tel.` + NB + `03834` + NB + `55` + NB + `12` + NB + `30`},
		// A telephone number keeps the organiser's groups, never regrouped
		// in threes, and its spaces never break: after its label, or known
		// by its dialling code (DIN 5008: 0381 12345-67, +49 381 12345-67).
		{`unter Tel. 0381 12345 erreichbar`, `unter Tel.` + NB + `0381` + NB + `12345 erreichbar`},
		{`Telefon: 0381 12345`, `Telefon: 0381` + NB + `12345`},
		{`Tel.: 0381 234567`, `Tel.:` + NB + `0381` + NB + `234567`},
		{`Fax 0381 12345-99`, `Fax 0381` + NB + `12345-99`},
		{`Mobil 0171 1234567`, `Mobil 0171` + NB + `1234567`},
		{`die Hotline 0800 12345`, `die Hotline 0800` + NB + `12345`},
		{`☎ 0381 12346.`, `☎` + NB + `0381` + NB + `12346.`},
		{`unter 0381 98765 rund`, `unter 0381` + NB + `98765 rund`},
		{`wählen Sie +49 381 12345-67,`, `wählen Sie +49` + NB + `381` + NB + `12345-67,`},
		{`Telefon (0381) 12345-67`, `Telefon (0381)` + NB + `12345-67`},
		{`Telefon 12345`, `Telefon 12345`},
		// A number after a telephone number and „oder“, „und“, „/“ or
		// „bzw.“ is another line of it, or its extension: it keeps its
		// digits (it was grouped „12 346“). A count after other numbers
		// is grouped still.
		{`Telefon 0381 12345 oder 12346`, `Telefon 0381` + NB + `12345 oder 12346`},
		{`Tel. 0381 12345 / 12346.`, `Tel.` + NB + `0381` + NB + `12345 / 12346.`},
		{`0381 12345 und 12346 oder 12347`, `0381` + NB + `12345 und 12346 oder 12347`},
		{`Tel. 12345 bzw. 12346`, `Tel.` + NB + `12345 bzw. 12346`},
		{`Fax 0381 12345-10 oder -11000`, `Fax 0381` + NB + `12345-10 oder -11000`},
		{`2024 oder 12500 Gäste`, `2024 oder 12` + NNB + `500 Gäste`},
		{`Raum 12 oder 12500 Gäste`, `Raum` + NB + `12 oder 12` + NNB + `500 Gäste`},
		{`rund 12500 oder 13000 Menschen`, `rund 12` + NNB + `500 oder 13` + NNB + `000 Menschen`},
		// An IBAN keeps its groups of four, bound.
		{`IBAN DE12 3456 7890 1234 5678 90 bei`, `IBAN DE12` + NB + `3456` + NB + `7890` + NB + `1234` + NB + `5678` + NB + `90 bei`},
		{`IBAN: AT61 1904 3002 3457 3201.`, `IBAN: AT61` + NB + `1904` + NB + `3002` + NB + `3457` + NB + `3201.`},
		// A number's run ends at its punctuation: what follows is not its
		// group, nor bound to it.
		{`unter 0381 12345. 12500 Menschen`, `unter 0381` + NB + `12345. 12` + NNB + `500 Menschen`},
		{`IBAN DE12 3456 7890, 1234 Euro`, `IBAN DE12` + NB + `3456` + NB + `7890, 1234` + NB + `Euro`},
		// Not a dialling code: 00.
		{`Spalte 00 12500 Euro`, `Spalte 00 12` + NNB + `500` + NB + `Euro`},
		{`Raum 12 und 14`, `Raum` + NB + `12 und 14`},
		{`D-01067 Dresden`, `D-01067 Dresden`},
		{`ISBN 978-3-12345-678-9`, `ISBN 978-3-12345-678-9`},
		{`U-Bahn`, `U-Bahn`},
		{`E-Mail-Adresse`, `E-Mail-Adresse`},
		{`https://x.de/a%20b`, `https://x.de/a%20b`},
		{`https://x.de/12500`, `https://x.de/12500`},
		{`Code A12500`, `Code A12500`},
		{`26.06.2024`, `26.06.2024`},
		{`am 2024-06-26 um`, `am 2024-06-26 um`},
		{`Mailand-Juni`, `Mailand-Juni`},
		{`Mai-Jugend`, `Mai-Jugend`},
		{`Am 5. Tag`, `Am 5. Tag`},
		{`Ende 12.12500`, `Ende 12.12500`},
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

// TestNumbersRulesOff: the number rules belong to Ranges and
// NoBreakSpaces and stay off with them.
func TestNumbersRulesOff(t *testing.T) {
	in := `24.-25. Februar, Mai-Juni, 12500 und 75%`
	if got := NewNormaliser(Typography{}).Normalise(in); got != in {
		t.Errorf("with every rule off the text changed: %q", got)
	}
}
