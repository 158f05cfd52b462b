package german

import (
	"testing"
	"unicode/utf8"
)

// FuzzNormalise: the typographic normaliser never panics, keeps valid
// UTF-8 valid, and is idempotent on its own output.
func FuzzNormalise(f *testing.F) {
	for _, s := range []string{`Sie sagte "Hallo".`, `geht's`, `9-17 Uhr`, `z.B. d.h. u.a.`, `Dr. Name`, `Stadt - Land`, `...`,
		"Geflu\u0308chtete", `'s ist`, `„schon“`, `26. Juni`, `§ 5`, `2024-06-26`, `"a 'b' c"`,
		`24.-25. Februar`, `Mai-Juni`, `rund 12500 Menschen`, `75%`, `14:56 Minuten`, `01067 Dresden`,
		`Telefon 0381 12345 oder 12346`, `Fax 0381 12345-10 oder -11000`, `0381 12345 und 12346 oder 12347`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := NewNormaliser(DefaultTypography()).Normalise(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, out)
		}
		if again := NewNormaliser(DefaultTypography()).Normalise(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, again)
		}
	})
}
