package layout

import (
	"path/filepath"
	"testing"

	"brochure/assets"
	"brochure/content"
)

// exampleDocument is the embedded example content, validated.
func exampleDocument(tb testing.TB) *content.Document {
	tb.Helper()
	doc, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// testdataEvent is an event kept in testdata/<name> (content.toml and
// theme.toml), validated, with its theme.
func testdataEvent(tb testing.TB, name string) (*content.Document, Theme) {
	tb.Helper()
	return eventIn(tb, filepath.Join("testdata", name))
}

// eventIn is the event in folder dir (content.toml and theme.toml),
// validated, with its theme.
func eventIn(tb testing.TB, dir string) (*content.Document, Theme) {
	tb.Helper()
	doc, err := content.Load(filepath.Join(dir, "content.toml"), content.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ct, err := content.LoadTheme(filepath.Join(dir, "theme.toml"), false)
	if err != nil {
		tb.Fatal(err)
	}
	th, err := NewTheme(ct)
	if err != nil {
		tb.Fatal(err)
	}
	return doc, th
}

// bound are the layout options of a bound (print) edition, as the build
// pipeline hands them to Compose for a theme that pads its pages.
var bound = Options{Bound: true}
