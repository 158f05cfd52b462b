package layout

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"brochure/assets"
	"brochure/content"
)

// fuzzThemeContent is a short document that uses every kind of block a
// theme styles: headings, a list, a quote, a speaker, a link with its QR
// code and the funding notice.
const fuzzThemeContent = `[document]
title = "Stadt – Land – Flucht"
date = 2024-06-26

[[sections]]
kind = "talk"
title = "Ausbildung und Beschäftigung"
body = """
Rund 120 Teilnehmende kamen zusammen, um über Wege in Ausbildung zu sprechen; die Ausbildungsbegleiter*innen berichteten.

- Ausbildungsduldung für die Dauer der Ausbildung
- Beschäftigungsduldung nach 30 Monaten

> Viele Betriebe wissen nicht, dass sie ein Recht auf Beratung haben.
"""

  [[sections.speakers]]
  name = "Dr. Merle Johannsen"
  role = "Fachanwältin"

  [[sections.links]]
  label = "Präsentation"
  url = "https://example.org/praesentation"

[funding]
statement = "Gefördert durch das Bundesministerium für Arbeit und Soziales und die Europäische Union."
eu_cofunded = true
`

// FuzzTheme: any bytes as a theme give either diagnostics naming the
// file, or a theme the layout accepts and composes a document with —
// never a panic, a hang, or a theme that fails later.
func FuzzTheme(f *testing.F) {
	f.Add(assets.DefaultTheme)
	if data, err := os.ReadFile("../cmd/brochure/testdata/second-event/theme.toml"); err == nil {
		f.Add(data)
	}
	for _, s := range []string{
		"[page]\ncolumns = 2\ncolumn_gap = \"4mm\"\n",
		"[roles.body]\nsize = \"4pt\"\nleading = \"4pt\"\n",
		"[roles.heading]\nsize = \"200pt\"\nleading = \"400pt\"\n",
		"[page]\nwidth = \"100mm\"\nheight = \"120mm\"\nmargin_left = \"10mm\"\nmargin_right = \"10mm\"\n",
		"[roles.body]\nleading = nan\n",
		"[spacing]\nlist_indent = \"50mm\"\nphoto_width = \"10mm\"\n",
		"[justification]\ntolerance = 0\npretolerance = -1\nexpansion = 50\n",
		"[roles.label]\ntracking = -100\n",
		"[cover]\nfield_height = \"0mm\"\n",
		"[page]\nmargin_inner = \"10mm\"\nmargin_outer = \"60mm\"\nrunning_head = true\ncolumns = 2\n",
		"[page]\nmargin_inner = \"10mm\"\nmargin_left = \"60mm\"\n",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir() // font files resolve against an empty folder
	doc, err := content.Parse("fuzz.toml", []byte(fuzzThemeContent), content.Options{Dir: dir})
	if err != nil {
		f.Fatal(err)
	}
	Prepare(doc)
	f.Fuzz(func(t *testing.T, data []byte) {
		// A watchdog: a theme that makes anything hang is a finding, kept
		// in testdata/fuzz like a crash.
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				panic(fmt.Sprintf("theme %q: no result within 10 s", data))
			}
		}()
		th, err := content.ParseTheme(filepath.Join(dir, "theme.toml"), data, dir, false)
		if err != nil {
			var ds content.Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 {
				t.Fatalf("error of type %T: %v", err, err)
			}
			for _, d := range ds {
				if !strings.HasPrefix(d.String(), filepath.Join(dir, "theme.toml")) || d.Msg == "" {
					t.Fatalf("diagnostic without file or message: %q", d.String())
				}
			}
			return
		}
		lt, err := NewTheme(th)
		if err != nil {
			t.Fatalf("an accepted theme fails in the layout: %v", err)
		}
		themed := *doc
		themed.Theme = th
		laid := Compose(&themed, lt, bound)
		if len(laid.Pages) == 0 {
			t.Fatalf("an accepted theme composed no pages")
		}
		for _, w := range laid.Warnings {
			if w.Kind == WarnNoQRCode {
				t.Fatalf("an accepted theme lost a QR code: %s", w.Msg)
			}
		}
	})
}
