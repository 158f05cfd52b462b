package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProgrammeTable: a programme of 12 items too long for one page is a
// table whose header row (ZEIT, PROGRAMMPUNKT in spaced capitals, read
// as written: „Zeit“, „Programmpunkt“) repeats on the page
// that continues it; no row is split across pages; times are normalised
// („9:00-9:45“ → „09:00–09:45“); venue and time of day are on the cover
// and in the metadata subject.
func TestProgrammeTable(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("[document]\ntitle = \"Gemeinsam ankommen\"\ndate = 2025-09-18\ntime = \"9-17 Uhr\"\nvenue = \"Kulturhaus Weimar\"\n\n")
	b.WriteString("[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n")
	for k := 0; k < 12; k++ {
		fmt.Fprintf(&b, "  [[sections.items]]\n  time = \"%d:00-%d:45\"\n  title = \"Punkt %d: Wege in Ausbildung und Beschäftigung für junge Geflüchtete in ländlichen Regionen\"\n"+
			"  speakers = [\"Christiane Welker\", \"Dr. Kristian Garthus-Niegel\", \"Diana Malolepszy\", \"Uwe Prochnow\", \"Mirjam Kruppa\"]\n  note = \"Raum %d\"\n", 8+k%10, 8+k%10, k+1, k+1)
	}
	path := filepath.Join(dir, "content.toml")
	writeFile(t, path, []byte(b.String()))
	pdf := buildPDF(t, path)
	n := pageCount(t, pdf)
	headers, rows := 0, 0
	for p := 1; p <= n; p++ {
		text := tool(t, "pdftotext", "-f", fmt.Sprint(p), "-l", fmt.Sprint(p), pdf, "-")
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
	all := tool(t, "pdftotext", pdf, "-")
	if !strings.Contains(all, "09:00–09:45") || strings.Contains(all, "9:00-9:45") {
		t.Errorf("times are not normalised to 09:00–09:45")
	}
	cover := tool(t, "pdftotext", "-l", "1", pdf, "-")
	if !strings.Contains(cover, "18. September 2025, 9–17 Uhr") || !strings.Contains(cover, "Kulturhaus Weimar") {
		t.Errorf("the cover lacks time and venue:\n%s", cover)
	}
	if info := tool(t, "pdfinfo", pdf); !strings.Contains(info, "Kulturhaus Weimar") {
		t.Errorf("the metadata subject lacks the venue:\n%s", info)
	}
}
