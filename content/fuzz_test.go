package content

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"brochure/assets"
)

// FuzzParse: any bytes give either a document or diagnostics — never a
// panic, never another kind of error — and every diagnostic names the
// file.
func FuzzParse(f *testing.F) {
	f.Add(assets.ExampleContent)
	files, _ := filepath.Glob("../cmd/brochure/testdata/invalid/*.toml")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte("[document]\ntitle = \"x\"\ndate = 2024-06-26\n[[sections]]\nkind = \"talk\"\ntitle = \"t\"\nbody = \"\"\"\n> „Zitat“\n- a\n- b\n\"\"\"\n"))
	dir := f.TempDir() // asset paths resolve against an empty folder
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse("fuzz.toml", data, Options{Dir: dir})
		if err == nil {
			if doc == nil || len(doc.Sections) == 0 || doc.Theme == nil {
				t.Fatalf("accepted a document without sections or theme")
			}
			return
		}
		var ds Diagnostics
		if !errors.As(err, &ds) || len(ds) == 0 {
			t.Fatalf("error of type %T: %v", err, err)
		}
		for _, d := range ds {
			if !strings.HasPrefix(d.String(), "fuzz.toml") || d.Msg == "" {
				t.Fatalf("diagnostic without file or message: %q", d.String())
			}
		}
	})
}

// FuzzMarkdown: the Markdown subset never panics and returns valid text.
func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{"**fett** und *kursiv*", "- a\n- b\n\n> Zitat", "[Link](https://example.org)", "<https://x.de>",
		"Mentor*innen und Lehrer*innen", "# Titel", "    Code", "***", "a  \nb", "<b>html</b>", "![bild](x.png)", "`code`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		blocks, errs := parseMarkdown(src, true)
		var walk func([]Block)
		walk = func(bs []Block) {
			for _, b := range bs {
				for _, in := range b.Inlines {
					if !utf8.ValidString(in.Text) && utf8.ValidString(src) {
						t.Fatalf("invalid UTF-8 from valid input: %q", in.Text)
					}
				}
				walk(b.Children)
			}
		}
		walk(blocks)
		for _, e := range errs {
			if e.Msg == "" || e.Line < 0 {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}
