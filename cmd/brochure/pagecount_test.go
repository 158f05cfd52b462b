package main

import (
	"strconv"
	"strings"
	"testing"
)

// pageCount reads a PDF's page count with pdfinfo.
func pageCount(t *testing.T, pdf string) int {
	t.Helper()
	for _, line := range strings.Split(tool(t, "pdfinfo", pdf), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo gives no page count for %s", pdf)
	return 0
}
