package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"brochure/assets"
	"brochure/layout"
	"brochure/output"
)

// BenchmarkBuildExample is the designer's rebuild: the whole example,
// content to PDF bytes, in a warm process.
func BenchmarkBuildExample(b *testing.B) {
	req := buildRequest{outputCondition: "FOGRA39"}
	for b.Loop() {
		res, err := buildDocument(req)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := res.PDF(); err != nil {
			b.Fatal(err)
		}
	}
}

// largeContent repeats the example's sections until the brochure has
// about the given number of pages (one set of the example's eleven
// sections fills some six pages), each repetition with its own titles.
func largeContent(pages int) []byte {
	src := string(assets.ExampleContent)
	start := strings.Index(src, "[[sections]]")
	end := strings.Index(src, "[funding]")
	sections := src[start:end]
	var b strings.Builder
	b.WriteString(src[:start])
	for i := 0; i < pages/6; i++ {
		b.WriteString(strings.ReplaceAll(sections, `title = "`, fmt.Sprintf(`title = "Teil %d: `, i+1)))
	}
	b.WriteString(src[end:])
	return []byte(b.String())
}

// BenchmarkBuild500Pages builds a generated document of some 500 pages.
func BenchmarkBuild500Pages(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, largeContent(500), 0o644); err != nil {
		b.Fatal(err)
	}
	req := buildRequest{contentPath: path, outputCondition: "FOGRA39"}
	var pages int
	for b.Loop() {
		res, err := buildDocument(req)
		if err != nil {
			b.Fatal(err)
		}
		pages = res.Pages()
	}
	b.ReportMetric(float64(pages), "pages")
}

// TestLargeDocumentGrowsLinearly builds 100 and 400 pages: four times the
// pages may take at most five times as long (no quadratic step hides in
// pagination, the contents or the final pass).
func TestLargeDocumentGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several hundred pages")
	}
	// CPU time of this process, not the clock: the suite runs other
	// packages' tests beside this one, and a loaded machine stretches the
	// clock, not the work.
	measure := func(pages int) (float64, int) {
		path := filepath.Join(t.TempDir(), "content.toml")
		os.WriteFile(path, largeContent(pages), 0o644)
		best := 0.0
		var n int
		for i := 0; i < 3; i++ {
			before := processCPU(t)
			res, err := buildDocument(buildRequest{contentPath: path, outputCondition: "FOGRA39"})
			if err != nil {
				t.Fatal(err)
			}
			n = res.Pages()
			if v := float64(processCPU(t) - before); best == 0 || v < best {
				best = v
			}
		}
		return best, n
	}
	small, smallPages := measure(100)
	large, largePages := measure(400)
	perPageSmall, perPageLarge := small/float64(smallPages), large/float64(largePages)
	t.Logf("%d pages: %.0f ms CPU (%.2f ms/page); %d pages: %.0f ms CPU (%.2f ms/page)", smallPages, small/1e6, perPageSmall/1e6, largePages, large/1e6, perPageLarge/1e6)
	if perPageLarge > 1.25*perPageSmall*1.3 {
		t.Errorf("time per page grows with the document: %.2f → %.2f ms/page", perPageSmall/1e6, perPageLarge/1e6)
	}
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEditOneParagraph times a rebuild after an edit of one
// paragraph, to the written PDF, as watch makes it: "carried" keeps font
// programs and set paragraphs from the build before (as watch and serve
// do), "fresh" builds from nothing. Each iteration toggles one word of
// the example's first paragraph (in the 500-page document, of its first
// copy).
func BenchmarkEditOneParagraph(b *testing.B) {
	for _, doc := range []struct {
		name string
		src  []byte
	}{{"example", assets.ExampleContent}, {"500pages", largeContent(500)}} {
		for _, carried := range []bool{false, true} {
			name := doc.name + "/fresh"
			if carried {
				name = doc.name + "/carried"
			}
			b.Run(name, func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "content.toml")
				versions := [2][]byte{doc.src, bytes.Replace(doc.src, []byte("Zahlen sprechen"), []byte("Zahlen reden"), 1)}
				req := buildRequest{contentPath: path, outputCondition: "FOGRA39"}
				if carried {
					req.fonts, req.streams, req.reuse = output.NewFontCache(keptFontPrograms, keptFontBytes), output.NewStreamCache(keptStreamBytes), new(layout.Reuse)
				}
				n := 0
				for b.Loop() {
					if err := os.WriteFile(path, versions[n%2], 0o644); err != nil {
						b.Fatal(err)
					}
					n++
					res, err := buildDocument(req)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := res.PDF(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
