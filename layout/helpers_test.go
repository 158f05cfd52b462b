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
