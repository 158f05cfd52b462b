package output

import (
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
)

// BenchmarkRenderExample writes the example's print edition into memory,
// with its allocations (-benchmem): the writer's share of a build. The
// font-cache variant is a rebuild in watch or serve, whose unchanged font
// subsets come from the cache.
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
	for _, c := range []struct {
		name  string
		fonts *FontCache
	}{{"fresh", nil}, {"font-cache", NewFontCache(32, 16<<20)}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Render(laid, Options{Profile: prof, Fonts: c.fonts}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
