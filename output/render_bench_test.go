package output

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
)

// BenchmarkRenderExample writes the example's print edition into memory,
// with its allocations (-benchmem): the writer's share of a build. The
// font-cache variant is a rebuild in watch or serve, whose unchanged font
// subsets come from the cache.
func BenchmarkRenderExample(b *testing.B) {
	laid := composed(b, assets.ExampleContent)
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

// BenchmarkRender500Pages writes the print edition of a document of some
// 500 pages (the example's sections repeated), reporting the process's
// processor time per write too (all threads: the compressing ones) and
// the pages, to divide time and allocations by. Fresh compresses every
// page; drawn finds every page's stream in a stream cache, leaving what
// the writer does besides compressing: drawing the pages' operators and
// finishing the file (fonts from a font cache, the structure tree, the
// objects).
func BenchmarkRender500Pages(b *testing.B) {
	src := string(assets.ExampleContent)
	start, end := strings.Index(src, "[[sections]]"), strings.Index(src, "[funding]")
	var large strings.Builder
	large.WriteString(src[:start])
	for i := range 500 / 6 {
		large.WriteString(strings.ReplaceAll(src[start:end], `title = "`, fmt.Sprintf(`title = "Teil %d: `, i+1)))
	}
	large.WriteString(src[end:])
	laid := composed(b, []byte(large.String()))
	prof, err := PrintProfile(DefaultOutputCondition, nil, false)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		fonts   *FontCache
		streams *StreamCache
	}{{"fresh", nil, nil}, {"drawn", NewFontCache(32, 16<<20), NewStreamCache(64 << 20)}} {
		b.Run(c.name, func(b *testing.B) {
			opts := Options{Profile: prof, Fonts: c.fonts, Streams: c.streams}
			if c.streams != nil {
				if _, err := Render(laid, opts); err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
			}
			before := processCPU()
			for b.Loop() {
				if _, err := Render(laid, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-before)/float64(b.N)/1e6, "cpu-ms/op")
			b.ReportMetric(float64(len(laid.Pages)), "pages")
		})
	}
}

// composed is the layout of the content src (in the example's directory).
func composed(b *testing.B, src []byte) *layout.Document {
	b.Helper()
	doc, err := content.Parse(assets.ExampleContentName, src, content.Options{Dir: "."})
	if err != nil {
		b.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		b.Fatal(err)
	}
	return layout.Compose(doc, th, layout.Options{Bound: true})
}

// processCPU is the processor time (user and system) the process has used.
func processCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
