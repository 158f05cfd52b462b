package content

import (
	"strings"
	"testing"
)

// TestContentFileOfAnotherKind: a PDF, a photo or a word processor's file
// given as the content file is named for what it is, with what to give
// instead, rather than reported as invalid UTF-8 somewhere inside it.
func TestContentFileOfAnotherKind(t *testing.T) {
	for data, want := range map[string]string{
		"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n":       "a PDF document",
		"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR": "a PNG picture",
		"\xff\xd8\xff\xe0\x00\x10JFIF":        "a JPEG picture",
		"PK\x03\x04\x14\x00\x06\x00":          "a ZIP archive",
		"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":    "an old Office document",
	} {
		_, err := Parse("inhalt.toml", []byte(data), Options{})
		if err == nil || !strings.Contains(err.Error(), "file is "+want) || !strings.Contains(err.Error(), "content.toml") {
			t.Errorf("%q: %v, want it named %s with what to give instead", data[:4], err, want)
		}
	}
	if _, err := Parse("inhalt.toml", []byte("# %PDF-1.7 in a comment\n"), Options{}); err != nil && strings.Contains(err.Error(), "PDF document") {
		t.Errorf("a TOML file mentioning %%PDF- is taken for a PDF: %v", err)
	}
}
