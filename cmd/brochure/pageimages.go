package main

import (
	"fmt"
	"image/png"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"brochure/output/pageimage"
)

// pageSelection is the pages -pages names (1-based, in order, each once);
// nil means all.
type pageSelection []int

// parsePages reads a page list such as "1,3-4" for a document of n pages.
func parsePages(s string, n int) (pageSelection, error) {
	if s == "" {
		return nil, nil
	}
	seen := map[int]bool{}
	var out pageSelection
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err1 := strconv.Atoi(strings.TrimSpace(lo))
		b := a
		var err2 error
		if isRange {
			b, err2 = strconv.Atoi(strings.TrimSpace(hi))
		}
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return nil, usageError{fmt.Sprintf("-pages %q: expected page numbers and ranges such as 1,3-4", s)}
		}
		if b > n {
			return nil, inputError{fmt.Sprintf("-pages %q: the document has %d pages", s, n)}
		}
		for p := a; p <= b; p++ {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out, nil
}

// pageImagePath is where page n of a document goes: OUT.png → OUT-3.png.
func pageImagePath(out string, n int) string {
	ext := filepath.Ext(out)
	return fmt.Sprintf("%s-%d%s", strings.TrimSuffix(out, ext), n, ext)
}

// writePageImages writes the selected pages as SVG or PNG files, one per
// page, each written whole or not at all; it returns the files written.
func writePageImages(res *buildResult, format, out string, pages pageSelection, dpi float64) ([]string, error) {
	if pages == nil {
		for n := range res.layout.Pages {
			pages = append(pages, n+1)
		}
	}
	r := pageimage.NewRenderer()
	var written []string
	for _, n := range pages {
		page := res.layout.Pages[n-1]
		path := pageImagePath(out, n)
		err := writeFileAtomic(path, func(w io.Writer) error {
			if format == "svg" {
				return r.SVG(w, page, pageimage.SVGOptions{})
			}
			img, err := r.Raster(page, dpi)
			if err != nil {
				return err
			}
			return (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(w, img)
		})
		if err != nil {
			return written, err
		}
		written = append(written, path)
	}
	return written, nil
}
