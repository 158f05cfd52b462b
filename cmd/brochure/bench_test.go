package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"brochure/assets"
	"brochure/content"
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

// editMode is how BenchmarkEditOneParagraph rebuilds.
type editMode string

// The modes of BenchmarkEditOneParagraph.
const (
	// fresh builds from nothing.
	fresh editMode = "fresh"
	// carried keeps font programs, streams and set paragraphs from the
	// build before (as watch and serve do) and toggles between two
	// versions, so the caches may answer from the build before last.
	carried editMode = "carried"
	// carriedNew carries too, but every edit writes a word the process
	// has not seen before: the honest figure for a designer typing.
	carriedNew editMode = "carried-new"
)

// editedVersion is the content after the n-th edit: the first paragraph's
// "Zahlen sprechen" (in the 500-page document, its first copy's) turned
// into another phrase. In the carried-new mode every n gives a new word.
func editedVersion(src []byte, mode editMode, n int) []byte {
	if mode != carriedNew {
		if n%2 == 0 {
			return src
		}
		return bytes.Replace(src, []byte("Zahlen sprechen"), []byte("Zahlen reden"), 1)
	}
	word := []byte("Zahlen sprechen")
	for k := n; ; k /= 26 {
		word = append(word, byte('a'+k%26))
		if k < 26 {
			break
		}
	}
	return bytes.Replace(src, []byte("Zahlen sprechen"), word, 1)
}

// BenchmarkEditOneParagraph times a rebuild after an edit of one
// paragraph, to the written PDF, as watch makes it, in each editMode,
// with the collector set as watch's process sets it (asWatch: GOGC 400
// under the limit sized to the document, where the test binary runs Go's
// defaults) and, in the carried modes, collecting between rebuilds as
// watch does (rebuildCollector); it reports the process's processor time (user and system,
// all threads) per rebuild too, which another busy process on the
// machine disturbs less than the wall time.
func BenchmarkEditOneParagraph(b *testing.B) {
	asWatch(b)
	for _, doc := range []struct {
		name string
		src  []byte
	}{{"example", assets.ExampleContent}, {"500pages", largeContent(500)}} {
		for _, mode := range []editMode{fresh, carried, carriedNew} {
			b.Run(doc.name+"/"+string(mode), func(b *testing.B) {
				path := filepath.Join(b.TempDir(), "content.toml")
				req := buildRequest{contentPath: path, outputCondition: "FOGRA39"}
				if mode != fresh {
					req.fonts, req.streams, req.reuse = output.NewFontCache(keptFontPrograms, keptFontBytes), output.NewStreamCache(keptStreamBytes), new(layout.Reuse)
					req.content, req.collector = new(content.Carry), new(rebuildCollector)
				}
				n := 0
				rebuild := func() {
					if err := os.WriteFile(path, editedVersion(doc.src, mode, n), 0o644); err != nil {
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
					req.collector.rebuilt()
				}
				if mode != fresh {
					rebuild() // the build before the edit, as watch has made it
					b.ResetTimer()
				}
				before := processCPU()
				for b.Loop() {
					rebuild()
				}
				b.ReportMetric(float64(processCPU()-before)/float64(b.N)/1e6, "cpu-ms/op")
			})
		}
	}
}

// asWatch sets the collector as main sets it for build, check and watch
// (memory.go: GOGC 400, the soft limit sized to each document), until
// the benchmark ends.
func asWatch(b *testing.B) {
	was := tuning
	tuning = oneBuild
	gc := debug.SetGCPercent(400)
	b.Cleanup(func() {
		tuning = was
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

// processCPU is the processor time (user and system) the process has used.
func processCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
