package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestGluedLinesAreRefused: a line-ending backslash in a multi-line text
// that glues two words (TOML removes it with the line break) is refused at
// the backslash, under the text's key, with the words it would glue; one
// after a space, right after the opening """, before the closing """, an
// escaped one, one in a literal text, one in a comment and one that joins
// the parts of a web address pass; a """ in a comment, or three single
// quotes in one after a value, opens no text; an address at a sentence's
// end glued to the next sentence is refused.
func TestGluedLinesAreRefused(t *testing.T) {
	head := "[document]\ntitle = \"T\"\n\n[[sections]]\ntitle = \"S\"\n"
	for _, tc := range []struct {
		body string
		want string // "" for none, else the position and the glued words
	}{
		{"body = \"\"\"\nEs kamen 38 Menschen.\\\nEinige Menschen haben eine Behinderung.\n\"\"\"\n", "7:22 „Menschen.Einige“"},
		{"body = \"\"\"\nEs kamen 38 Menschen.\\  \n\n   Einige kamen.\n\"\"\"\n", "7:22 „Menschen.Einige“"},
		{"body = \"\"\"\nEs kamen 38 Menschen \\\nund einige kamen.\n\"\"\"\n", ""},
		{"body = \"\"\"\\\nEs kamen 38 Menschen.\n\"\"\"\n", ""},
		{"body = \"\"\"\nEs kamen 38 Menschen.\\\n\"\"\"\n", ""},
		{"body = \"\"\"\nDer Pfad C:\\\\\nist lang.\n\"\"\"\n", ""},
		{"body = '''\nEs kamen 38 Menschen.\\\nEinige kamen.\n'''\n", ""},
		{"body = \"\"\"\nMehr unter https://www.netzwerk.de/projekte/\\\nintegration/bericht-2025.pdf lesen.\n\"\"\"\n", ""},
		{"# body = \"\"\"\n# Es kamen 38 Menschen.\\\n# Einige blieben.\nbody = \"\"\"\nEs kamen.\n\"\"\"\n", ""},
		{"# ein Kommentar mit \"\"\"\nbody = \"\"\"\nEs kamen 38 Menschen.\\\nEinige kamen.\n\"\"\"\n", "8:22 „Menschen.Einige“"},
		{"kind = \"talk\" # Beispiel '''\nbody = \"\"\"\nEs kamen 38 Menschen.\\\nEinige kamen.\n\"\"\"\n", "8:22 „Menschen.Einige“"},
		{"body = \"\"\"\nSchreiben Sie an info@verein.de.\\\nWir antworten.\n\"\"\"\n", "7:33 „info@verein.de.Wir“"},
	} {
		diags := gluedLines("content.toml", head+tc.body)
		switch {
		case tc.want == "" && len(diags) > 0:
			t.Errorf("%q: refused: %v", tc.body, diags)
		case tc.want == "":
		case len(diags) != 1:
			t.Errorf("%q: %d diagnostics, want one: %v", tc.body, len(diags), diags)
		default:
			d := diags[0]
			pos, words, _ := strings.Cut(tc.want, " ")
			if got := fmt.Sprintf("%d:%d", d.Pos.Line, d.Pos.Col); got != pos || d.Path != "sections[0].body" || !strings.Contains(d.Msg, words) {
				t.Errorf("%q: %s %s: %s; want %s, sections[0].body and %s", tc.body, got, d.Path, d.Msg, pos, words)
			}
		}
	}
}
