package output

import (
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
)

// BenchmarkRenderExample writes the example's print edition into memory,
// with its allocations (-benchmem): the writer's share of a build.
func BenchmarkRenderExample(b *testing.B) {
	doc, err := content.Parse(assets.ExampleContentName, assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		b.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		b.Fatal(err)
	}
	laid := layout.Compose(doc, th, layout.Options{Bound: true})
	prof, err := PrintProfile(DefaultOutputCondition, nil, false)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Render(laid, Options{Profile: prof}); err != nil {
			b.Fatal(err)
		}
	}
}
