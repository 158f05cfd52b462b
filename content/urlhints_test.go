package content

import (
	"strings"
	"testing"
)

// TestLinkURLWithoutScheme: an e-mail address given as a link's url is
// said to be one and sent to the body text, where it becomes a link that
// opens an e-mail; a web address without https:// is shown with it.
func TestLinkURLWithoutScheme(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"info@netzwerk-test.de", `"info@netzwerk-test.de" is an e-mail address, not a web address; write it in the section's body text`},
		{"www.netzwerk-test.de", `(https://www.netzwerk-test.de)`},
		{"netzwerk-test.de", `expected it to start with https://`},
	} {
		src := baseContent + "\n  [[sections.links]]\n  label = \"Netzwerk\"\n  url = \"" + tc.url + "\"\n"
		_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
		if err == nil || !strings.Contains(err.Error(), "sections[0].links[0].url: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("url = %q: %v, want %s", tc.url, err, tc.want)
		}
	}
}
