package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMultiDayEvent: an event over two days, entered as a range in time
// („24.-25. Februar 2026, 9-17 Uhr“) or as date_end, prints its days
// once, as a range with an en dash, on the cover (poppler reads it) and
// in the document's subject (pikepdf reads it).
func TestMultiDayEvent(t *testing.T) {
	for _, c := range []struct{ name, lines string }{
		{"range in time", "date = 2026-02-24\ntime = \"24.-25. Februar 2026, 9-17 Uhr\""},
		{"date_end", "date = 2026-02-24\ndate_end = 2026-02-25\ntime = \"9-17 Uhr\""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(string(exampleContent()), "date = 2024-06-26", c.lines, 1)
			path := filepath.Join(t.TempDir(), "content.toml")
			writeFile(t, path, []byte(src))
			pdf := buildPDF(t, path, "-edition", "screen")
			cover := strings.Join(strings.Fields(tool(t, "pdftotext", "-l", "1", pdf, "-")), " ")
			want := "24.–25. Februar 2026, 9–17 Uhr"
			if strings.Count(cover, want) != 1 || strings.Count(cover, "Februar") != 1 {
				t.Errorf("the cover reads %q, want %q once", cover, want)
			}
			out, err := exec.Command("/usr/bin/python3", "-c",
				"import pikepdf,sys; print(pikepdf.open(sys.argv[1]).docinfo['/Subject'])", pdf).Output()
			if err != nil {
				t.Fatal(err)
			}
			if subject := strings.Join(strings.Fields(string(out)), " "); !strings.HasSuffix(subject, ", "+want) {
				t.Errorf("the subject reads %q, want it to end in %q", subject, want)
			}
		})
	}
}
