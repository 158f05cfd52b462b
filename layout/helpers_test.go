package layout

import (
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

// bound are the layout options of a bound (print) edition, as the build
// pipeline hands them to Compose for a theme that pads its pages.
var bound = Options{Bound: true}
