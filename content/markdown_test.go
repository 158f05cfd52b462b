package content

import (
	"reflect"
	"strings"
	"testing"
)

// TestLanguageSpans: <span lang="…"> marks a passage's language, nested
// and around emphasis; any other HTML and an unclosed span are refused with
// what to write instead.
func TestLanguageSpans(t *testing.T) {
	blocks, errs := parseMarkdown(`Sie sagte: <span lang="en">*We can* do it</span>, und <span lang="fr-CA">c'est <span lang="en">fine</span></span>.`)
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []Inline{
		{Text: "Sie sagte: "},
		{Text: "We can", Style: Italic, Lang: "en"},
		{Text: " do it", Lang: "en"},
		{Text: ", und "},
		{Text: "c'est ", Lang: "fr-CA"},
		{Text: "fine", Lang: "en"},
		{Text: "."},
	}
	if got := blocks[0].Inlines; !reflect.DeepEqual(got, want) {
		t.Errorf("inlines:\n got %+v\nwant %+v", got, want)
	}
	for _, c := range []struct{ src, want string }{
		{`<b>fett</b>`, `only <span lang="en">…</span> marks a passage`},
		{`<span lang="x!">a</span>`, `HTML is not supported`},
		{"<span lang=\"en\">open\n\nnext", `<span lang="en"> is not closed`},
	} {
		_, errs := parseMarkdown(c.src)
		if len(errs) == 0 || !strings.Contains(errs[0].Msg, c.want) {
			t.Errorf("%q: errors %v, want %q", c.src, errs, c.want)
		}
	}
}

// TestASCIIURL: what links and QR codes carry is 7-bit ASCII — the IDNA
// form of the host (RFC 3492's own examples and a German one) and the
// path, query and fragment percent-encoded — and spaces of any kind in an
// address are refused.
func TestASCIIURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://bücher.example/straße?q=Ü#Ä", "https://xn--bcher-kva.example/stra%C3%9Fe?q=%C3%9C#%C3%84"},
		{"https://münchen.de:8080/", "https://xn--mnchen-3ya.de:8080/"},
		{"https://example.org/a%20b", "https://example.org/a%20b"},
	} {
		if got := asciiURL(c.in); got != c.want {
			t.Errorf("%s: %s, want %s", c.in, got, c.want)
		}
	}
	if got := punycode("ü"); got != "tda" {
		t.Errorf("punycode(ü) = %q, want tda", got)
	}
	for _, bad := range []string{"https://example.org/a\u00a0b", "https://example.org/\u3000x", "https://example.org/\u200bx"} {
		if checkURL(bad) == "" {
			t.Errorf("%q accepted", bad)
		}
	}
}
