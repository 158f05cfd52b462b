package build

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/output/pdftest"
)

// TestMultiDayEvent: an event over two days, entered as a range in time
// („24.-25. Februar 2026, 9-17 Uhr“) or as date_end, prints its days
// once, as a range with an en dash, on the cover (poppler reads it) and
// in the document's subject (pikepdf reads it).
func TestMultiDayEvent(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ name, lines string }{
		{"range in time", "date = 2026-02-24\ntime = \"24.-25. Februar 2026, 9-17 Uhr\""},
		{"date_end", "date = 2026-02-24\ndate_end = 2026-02-25\ntime = \"9-17 Uhr\""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(string(assets.ExampleContent), "date = 2024-06-26", c.lines, 1)
			path := filepath.Join(t.TempDir(), "content.toml")
			if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			pdf := writtenPDF(t, path, Screen)
			cover := strings.Join(strings.Fields(tool(t, "pdftotext", "-l", "1", pdf, "-")), " ")
			want := "24.–25. Februar 2026, 9–17 Uhr"
			if strings.Count(cover, want) != 1 || strings.Count(cover, "Februar") != 1 {
				t.Errorf("the cover reads %q, want %q once", cover, want)
			}
			// pikepdf reads the subject in the interpreter the package's
			// tests keep: a fresh one took a third of a second to import it.
			run := pdftest.RunScript(t, "testdata/subject.py", [][]string{{pdf}})[0]
			if !run.OK {
				t.Fatalf("testdata/subject.py:\n%s", run.Output)
			}
			if subject := strings.Join(strings.Fields(run.Output), " "); !strings.HasSuffix(subject, ", "+want) {
				t.Errorf("the subject reads %q, want it to end in %q", subject, want)
			}
		})
	}
}

// TestProgrammeTable: a programme of 12 items too long for one page is a
// table whose header row (ZEIT, PROGRAMMPUNKT in spaced capitals, read
// as written: „Zeit“, „Programmpunkt“) repeats on the page
// that continues it; no row is split across pages; times are normalised
// („9:00-9:45“ → „09:00–09:45“); venue and time of day are on the cover
// and in the metadata subject.
func TestProgrammeTable(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("[document]\ntitle = \"Gemeinsam ankommen\"\ndate = 2025-09-18\ntime = \"9-17 Uhr\"\nvenue = \"Kulturhaus Weimar\"\n\n")
	b.WriteString("[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n")
	for k := 0; k < 12; k++ {
		fmt.Fprintf(&b, "  [[sections.items]]\n  time = \"%d:00-%d:45\"\n  title = \"Punkt %d: Wege in Ausbildung und Beschäftigung für junge Geflüchtete in ländlichen Regionen\"\n"+
			"  speakers = [\"Christiane Welker\", \"Dr. Kristian Garthus-Niegel\", \"Diana Malolepszy\", \"Uwe Prochnow\", \"Mirjam Kruppa\"]\n  note = \"Raum %d\"\n", 8+k%10, 8+k%10, k+1, k+1)
	}
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := writtenPDF(t, path, Print)
	n := pageCount(t, pdf)
	headers, rows := 0, 0
	texts := pdftest.PageTexts(t, pdf)
	if len(texts) != n {
		t.Fatalf("pdftotext read %d pages, pdfinfo counts %d", len(texts), n)
	}
	for p := 1; p <= n; p++ {
		text := texts[p-1]
		pageRows := regexp.MustCompile(`Punkt (\d+):`).FindAllStringSubmatch(text, -1)
		if len(pageRows) == 0 {
			continue
		}
		if !strings.Contains(text, "Zeit") || !strings.Contains(text, "Programmpunkt") {
			t.Errorf("page %d continues the programme without its header row", p)
		} else {
			headers++
		}
		for _, r := range pageRows {
			rows++
			if !strings.Contains(text, "Raum "+r[1]+"\n") {
				t.Errorf("page %d: row %s is split from its note", p, r[1])
			}
		}
	}
	if headers < 2 || rows != 12 {
		t.Errorf("programme over %d pages with a header, %d rows; want at least 2 pages and 12 rows", headers, rows)
	}
	// The whole text and the cover's, as pdftotext reads them (the pages'
	// texts, read once, above).
	all := strings.Join(texts, "\f")
	if !strings.Contains(all, "09:00–09:45") || strings.Contains(all, "9:00-9:45") {
		t.Errorf("times are not normalised to 09:00–09:45")
	}
	cover := texts[0]
	if !strings.Contains(cover, "18. September 2025, 9–17 Uhr") || !strings.Contains(cover, "Kulturhaus Weimar") {
		t.Errorf("the cover lacks time and venue:\n%s", cover)
	}
	if info := tool(t, "pdfinfo", pdf); !strings.Contains(info, "Kulturhaus Weimar") {
		t.Errorf("the metadata subject lacks the venue:\n%s", info)
	}
}
