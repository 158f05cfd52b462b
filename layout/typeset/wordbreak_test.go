package typeset

import (
	"strings"
	"testing"
)

// TestShortHeadPenalty: a hyphen after fewer than three letters costs
// extra, and so does one after three inside a compound's first part
// („Qua-litätssicherung“); longer heads, breaks after a hyphen the
// author wrote and breaks at a joint do not.
func TestShortHeadPenalty(t *testing.T) {
	cases := []struct {
		word string
		br   WordBreak
		want int
	}{
		{"Gesetz", WordBreak{Pos: 2, Kind: Hyphenation}, shortHeadPenalty2},
		{"bestimmt", WordBreak{Pos: 2, Kind: LaterPart}, shortHeadPenalty2},
		{"Qualitätssicherung", WordBreak{Pos: 3, Kind: FirstPart}, shortFirstPartHead3},
		{"Qualitätssicherung", WordBreak{Pos: 5, Kind: FirstPart}, 0},
		{"Qualitätssicherung", WordBreak{Pos: 10, Kind: Joint}, 0},
		{"Verfassung", WordBreak{Pos: 3, Kind: Hyphenation}, 0},
		{"Ei-Test", WordBreak{Pos: 3, Kind: AfterHyphen}, 0},
		{"Sachsen-Anhalt", WordBreak{Pos: 10, Kind: Hyphenation}, shortHeadPenalty2}, // „An-“ after the author's hyphen
	}
	for _, c := range cases {
		if got := shortHeadPenalty(c.br, []rune(c.word)); got != c.want {
			t.Errorf("%s, break at %d (%v): %d, want %d", c.word, c.br.Pos, c.br.Kind, got, c.want)
		}
	}
}

// TestIsAddress: what is a web address, in running text and in display
// text, with letters beyond ASCII before and after the marks it looks for.
func TestIsAddress(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"https://example.org/a b", true},
		{"siehe https://example.org", false},
		{"www.example.org", true},
		{"www.example.org/x y", false},
		{"example.org/pfad", true},
		{"a.b/c", true},
		{"/a.b", false},
		{"Straße 12. Weiter/so", false},
		{"ftp://x", true},
		{"x://", true},
		{"://", true},
		{"Mo. 9–17 Uhr", false},
		{"bleibdran.de/wp-content", true},
		{"info@iq-beratung-nrw.de", true},
		{"@netzwerk", false},
		{"Team@Home", false},
		{"Gesundheits\u00adversorgung: OER/Qualität", false},
		{"ä.ö/ü", true},
		{"https://ä.de/ö ü", true},
		{"www.", false},
		{"www.x", true},
		{"wwwx.de/a", true},
		{"äb.c/d", true},
		{".a/b", false},
		{"a/b.c", false},
		{"a:/", false},
		{"a://", true},
		{"x:/ /", false},
		{"ü://x", true},
	} {
		if got := IsAddress(c.text); got != c.want {
			t.Errorf("IsAddress(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAddressBreaksLeaveNoStub: a web address breaks after a slash or
// before a mark, but not between the digits of a date, and not so that
// its last line is a stub (a file's ending alone); an e-mail address
// after its „@“ and after a dot (|). Neither breaks at a hyphen of its
// own but as a last resort (¦, InAddressPoorly, before the hyphen, never
// between digits): „schuldnerberatung@caritas“ once ended a line at
// the cost of a hyphenation, and a reader could not tell whether the
// hyphen was the address's; without any such break, a long hyphenated
// host ran past its column, so a run of more than poorRun characters
// between good breaks gets them. A web host's „www“ is left alone only
// as a last resort too, and so is a dot inside the host: the host reads
// as one name (bundesagentur-fuer-arbeit.de/, not …arbeit / .de/). After
// the scheme's „://“ is a good break: the host then begins a line whole
// („https://“ / „www.bundesagentur-fuer-arbeit.de/“, not „https://www“ /
// „.bundesagentur…“). Nor does a file name break before its extension
// (linkliste / .xlsx?download=1), which then began a line as a slip.
func TestAddressBreaksLeaveNoStub(t *testing.T) {
	for _, c := range []struct{ address, want string }{
		{"https://example.org/forum/Forum1_Petrenko.pdf", "https://|example.org/|forum/|Forum1|_Petrenko.pdf"},
		{"https://example.org/2026-03-24.pdf", "https://|example.org/|2026-03-24.pdf"},
		{"https://example.org/a/b", "https://|example.org/a/b"},
		{"https://www.servicestelle-jugendberufsagenturen.de", "https://|www¦.servicestelle¦-jugendberufsagenturen.de"},
		{"www.example-verein.de/kontakt", "www.example-verein.de/kontakt"},
		{"https://www.bundesagentur-fuer-arbeit.de/karriere-und-weiterbildung/berufsorientierung-jugendliche",
			"https://|www¦.bundesagentur¦-fuer¦-arbeit¦.de/|karriere-und-weiterbildung/|berufsorientierung-jugendliche"},
		{"www.bundesarbeitsgemeinschaft-integration.de", "www¦.bundesarbeitsgemeinschaft¦-integration.de"},
		{"info@landesarbeitsgemeinschaft-schuldnerberatung-mecklenburg.de", "info@|landesarbeitsgemeinschaft¦-schuldnerberatung¦-mecklenburg.de"},
		{"bleibdranplus.de/wp-content/uploads/20240626_WIR-Fachtag_Praesentation-Connect.pdf", "bleibdranplus.de/|wp-content/|uploads/|20240626|_WIR-Fachtag|_Praesentation-Connect.pdf"},
		{"jobcenter-mk.integration@jobcenter-ge.de", "jobcenter-mk.|integration@|jobcenter-ge.de"},
		{"schuldnerberatung@caritas-vorpommern.de,", "schuldnerberatung@|caritas-vorpommern.de,"},
		{"max.muster-frau@beratung-nord.example.org).", "max.|muster-frau@|beratung-nord.|example.org)."},
		{"info@bund.de", "info@|bund.de"},
		{"mailto:info@example.org", "mailto:info@|example.org"},
		{"kontakt@v2.0.example.de", "kontakt@|v2.0.|example.de"},
		{"www.iq-sachsen-anhalt.de/doku/linkliste.xlsx?download=1", "www.iq-sachsen-anhalt.de/|doku/|linkliste.xlsx|?download=1"},
		{"www.bamf.de/SharedDocs/Beratung/handreichung-18.html?nn=282388", "www.bamf.de/|SharedDocs/|Beratung/|handreichung-18.html|?nn=282388"},
	} {
		w := []rune(c.address)
		var b strings.Builder
		last := 0
		for _, br := range AddressBreaks(w) {
			mark := "|"
			if br.Kind == InAddressPoorly {
				mark = "¦" // a last resort
			}
			b.WriteString(string(w[last:br.Pos]) + mark)
			last = br.Pos
		}
		b.WriteString(string(w[last:]))
		if b.String() != c.want {
			t.Errorf("%s breaks as %s, want %s", c.address, b.String(), c.want)
		}
	}
}

// TestIsWWW: isWWW answers as strings.EqualFold with "www" does, for the
// prefixes an address's breaks ask about.
func TestIsWWW(t *testing.T) {
	for _, s := range []string{"www", "WWW", "wWw", "ww", "wwww", "ẇww", "vvv", "", "w.w", "ｗｗｗ"} {
		if got, want := isWWW([]rune(s)), strings.EqualFold(s, "www"); got != want {
			t.Errorf("isWWW(%q) = %v, want %v", s, got, want)
		}
	}
}
