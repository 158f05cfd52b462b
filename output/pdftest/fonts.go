package pdftest

import (
	"strings"
	"testing"
)

// FontRow is a row of pdffonts' table: a font with its columns.
type FontRow struct {
	Name, Type, Encoding, Embedded, Subset, Unicode string
}

// Fonts reads the fonts of a PDF with pdffonts.
func Fonts(t testing.TB, pdf string) []FontRow {
	t.Helper()
	out := Tool(t, "pdffonts", pdf)
	var rows []FontRow
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if i < 2 {
			continue // header and ruler
		}
		f := strings.Fields(line)
		if len(f) < 7 {
			t.Fatalf("unexpected pdffonts line %q", line)
		}
		// name, type (may be two words), encoding, emb, sub, uni, object, id
		n := len(f)
		rows = append(rows, FontRow{Name: f[0], Type: strings.Join(f[1:n-6], " "), Encoding: f[n-6],
			Embedded: f[n-5], Subset: f[n-4], Unicode: f[n-3]})
	}
	return rows
}
