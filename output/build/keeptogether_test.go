package build

import (
	"brochure/output/pdftest"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// manyPresentations writes an event of 30 sections with bodies of one to
// seven paragraphs and none to three presentations each, lengths varied
// by a fixed sequence, so page breaks fall everywhere a section can break.
func manyPresentations(t *testing.T, theme string) string {
	dir := t.TempDir()
	var b strings.Builder
	if theme != "" {
		b.WriteString("theme = \"theme.toml\"\n")
		writeFile(t, filepath.Join(dir, "theme.toml"), []byte(theme))
	}
	b.WriteString("[document]\ntitle = \"Viele Präsentationen\"\ndate = 2025-05-20\n\n")
	sentence := "Die Teilnehmenden tauschten Erfahrungen aus der Beratung von Geflüchteten in ländlichen Regionen aus und berichteten von Wegen in Ausbildung und Arbeit. "
	seq := uint32(7)
	next := func(n uint32) int { seq = seq*1103515245 + 12345; return int(seq>>16) % int(n) }
	for s := 1; s <= 30; s++ {
		fmt.Fprintf(&b, "[[sections]]\nkind = \"talk\"\ntitle = \"Abschnitt %d\"\nbody = \"\"\"\n", s)
		for p := 0; p < 1+next(7); p++ {
			b.WriteString(strings.Repeat(sentence, 1+next(4)) + "\n\n")
		}
		b.WriteString("\"\"\"\n")
		for k := 1; k <= next(4); k++ {
			fmt.Fprintf(&b, "  [[sections.presentations]]\n  label = \"Präsentation %d.%d\"\n  url = \"https://example.org/praesentationen/abschnitt-%d/vortrag-%d.pdf\"\n", s, k, s, k)
		}
		b.WriteString("\n")
	}
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNoStrandedBlocksOrHeadings: on a document with many presentations,
// none ends a page (or column) with a section heading, and no page begins
// with a presentation block away from its section. Kept in the text
// (links = "here"), a presentation never begins a page: its section
// always began earlier. As floats (the default), one may stand at the
// top of the page or column after the one where its section's text ends
// — the section's heading or the next section's is in the frame before —
// but no further.
func TestNoStrandedBlocksOrHeadings(t *testing.T) {
	t.Parallel()
	for _, theme := range []string{"", "[page]\ncolumns = 2\n", "[floats]\nlinks = \"here\"\n", "[page]\ncolumns = 2\n[floats]\nlinks = \"here\"\n"} {
		pdf := writtenPDF(t, manyPresentations(t, theme), Print)
		twoColumns := strings.Contains(theme, "columns = 2")
		floats := !strings.Contains(theme, `links = "here"`)
		var doc pdftest.BBoxDoc
		if err := xml.Unmarshal([]byte(tool(t, "pdftotext", "-bbox-layout", pdf, "-")), &doc); err != nil {
			t.Fatal(err)
		}
		presentations, started := 0, 0
		var before []string // the frame before, its lines
		for pi, p := range doc.Pages {
			// Lines of the type area by column (left edge), top to bottom;
			// the page foot lies below 780 pt.
			columns := [2][]pdftest.BBoxLine{}
			for _, f := range p.Flows {
				for _, bl := range f.Blocks {
					for _, l := range bl.Lines {
						if l.YMin < 780 && len(l.Words) > 0 {
							col := 0
							if twoColumns && l.XMin > 297 {
								col = 1
							}
							columns[col] = append(columns[col], l)
						}
					}
				}
			}
			if isContentsPage(append(append([]pdftest.BBoxLine(nil), columns[0]...), columns[1]...)) {
				continue
			}
			for col, lines := range columns {
				if len(lines) == 0 {
					continue
				}
				sort.Slice(lines, func(a, b int) bool { return lines[a].YMin < lines[b].YMin })
				text := linesText(lines)
				first, last := text[0], text[len(text)-1]
				presentations += strings.Count(strings.Join(text, "\n"), "Präsentation ")
				var s, k int
				if _, err := fmt.Sscanf(first, "Präsentation %d.%d", &s, &k); err == nil && pi > 0 {
					near := floats && (started == s || hasLine(before, fmt.Sprintf("Abschnitt %d", s+1)))
					if !near {
						t.Errorf("theme %q: page %d column %d begins with a stranded block: %s", theme, pi+1, col+1, first)
					}
				}
				if strings.HasPrefix(last, "Abschnitt ") || last == "Vortrag" {
					t.Errorf("theme %q: page %d column %d ends with a heading: %s", theme, pi+1, col+1, last)
				}
				for _, l := range text {
					fmt.Sscanf(l, "Abschnitt %d", &started)
				}
				before = text
			}
		}
		if presentations < 30 {
			t.Errorf("theme %q: only %d presentation labels found; the test document is not what it should be", theme, presentations)
		}
	}
}

// hasLine reports whether one of lines is line.
func hasLine(lines []string, line string) bool {
	for _, l := range lines {
		if l == line {
			return true
		}
	}
	return false
}

func linesText(lines []pdftest.BBoxLine) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text()
	}
	return out
}

// isContentsPage tells a contents page by its many lines that are page
// numbers alone.
func isContentsPage(lines []pdftest.BBoxLine) bool {
	numbers := 0
	for _, l := range lines {
		if _, err := strconv.Atoi(l.Text()); err == nil {
			numbers++
		}
	}
	return numbers > len(lines)/4
}
