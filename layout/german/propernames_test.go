package german

import (
	"slices"
	"testing"
)

// TestProperNames: the place after a postcode and the name after a
// title are found as the normaliser writes them, and nothing else that a
// no-break space binds (a unit, a month, a legal form, a lower-case word,
// a postcode that starts no place line).
func TestProperNames(t *testing.T) {
	n := func(s string) string { return NewNormaliser(DefaultTypography()).Normalise(s) }
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Karl-Liebknecht-Straße 45, 04107 Leipzig. Telefon 0341 123", []string{"Leipzig."}},
		{"04109 Leipzig", []string{"Leipzig"}},
		{"Es sprach Prof. Dr. Yusuf Karaca über Dr. Müller-Lüdenscheidt.", []string{"Dr.", "Yusuf", "Müller-Lüdenscheidt."}},
		{"Treffpunkt: St. Pauli", []string{"Pauli"}},
		{"um 9 Uhr am 26. Juni, 50 % der Netzwerk e. V. Mitglieder", nil},
		{"seit 12345 Jahren", nil},            // a number, not a postcode at a place line
		{"Dr. med. Weber", []string{"Weber"}}, // „med.“ is part of the degree, not a name; the name after it is
		{"S. 12 und § 5 Abs. 2", nil},         // numbers after titles
	} {
		s := n(tc.in)
		var got []string
		for _, r := range ProperNames(s) {
			got = append(got, s[r[0]:r[1]])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("ProperNames(%q) = %q, want %q", s, got, tc.want)
		}
	}
}
