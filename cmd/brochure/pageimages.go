package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"brochure/output/build"
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

// pageImagePath is where page n of a document of total pages goes:
// OUT.png → OUT-3.png, the number padded with zeros to the width of total
// (OUT-03.png of 12 pages), so that the files sort in page order.
func pageImagePath(out string, n, total int) string {
	ext := filepath.Ext(out)
	return fmt.Sprintf("%s-%0*d%s", strings.TrimSuffix(out, ext), len(strconv.Itoa(total)), n, ext)
}

// writePageImages writes the selected pages (nil: all) as SVG or PNG
// files, one per page, and returns the files written. Every name is
// decided, and every page's raster size checked against the budget,
// before anything is drawn; the files are written all or none, and none
// may be a file the build reads (outputfiles.go).
func writePageImages(res *build.Result, format, out string, pages pageSelection, dpi float64, inputs []string) ([]string, error) {
	if pages == nil {
		for n := range res.Layout.Pages {
			pages = append(pages, n+1)
		}
	}
	paths := make([]string, len(pages))
	for i, n := range pages {
		paths[i] = pageImagePath(out, n, len(res.Layout.Pages))
		if format == "png" {
			if _, _, err := pageimage.RasterSize(res.Layout.Pages[n-1], dpi); err != nil {
				return nil, inputError{fmt.Sprintf("-dpi %g: page %d: %v", dpi, n, err)}
			}
		}
	}
	if err := checkOutputs(paths, inputs); err != nil {
		return nil, err
	}
	r := pageimage.NewRenderer()
	err := writeFilesAtomic(paths, func(i int, w io.Writer) error {
		page := res.Layout.Pages[pages[i]-1]
		if format == "svg" {
			return r.SVG(w, page, pageimage.SVGOptions{})
		}
		img, err := r.Raster(page, dpi)
		var picture pageimage.PictureError
		if errors.As(err, &picture) {
			return err // it names the picture's key in the content, as the PDF edition's message does
		}
		if err != nil {
			return inputError{fmt.Sprintf("page %d: %v", pages[i], err)}
		}
		return pageimage.EncodePNG(w, img, dpi)
	})
	if err != nil {
		return nil, err
	}
	return paths, nil
}
