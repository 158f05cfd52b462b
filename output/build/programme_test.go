package build

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/output/pdftest"
)

// programmeOfTwoDays is a programme over two days, the second named on
// its first item, with three forums at the same time on the first.
const programmeOfTwoDays = `[document]
title = "Gemeinsam ankommen"
date = 2025-09-18
date_end = 2025-09-19

[[sections]]
kind = "programme"
title = "Programm"

  [[sections.items]]
  time = "09:30"
  title = "Ankommen"

  [[sections.items]]
  time = "10:00-11:30"
  title = "Forum A: Anerkennung"

  [[sections.items]]
  time = "10:00-11:30"
  title = "Forum B: Sprache im Betrieb"

  [[sections.items]]
  time = "10:00-11:30"
  title = "Forum C: Wege in Arbeit"

  [[sections.items]]
  day = 2025-09-19
  time = "09:00"
  title = "Impuls: Wirkung zeigen"
`

// TestProgrammeDaysAndParallelItemsInThePDF: read by qpdf, the screen
// edition of a programme over two days has a sub-heading (H3) and a
// table a day, and every table is regular: each body row's cells, with
// the rows a cell above spans, fill the header's columns; the forums'
// shared time is one cell with /RowSpan 3. pdftotext reads the days'
// titles and the time once.
func TestProgrammeDaysAndParallelItemsInThePDF(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "content.toml")
	if err := os.WriteFile(path, []byte(programmeOfTwoDays), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := writtenPDF(t, path, Screen)
	var doc struct {
		QPDF []json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json=2", "--json-key=qpdf", pdf)), &doc); err != nil {
		t.Fatal(err)
	}
	var objects map[string]struct {
		Value any `json:"value"`
	}
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		t.Fatal(err)
	}
	tree := structTree{objects: map[string]map[string]any{}}
	for ref, o := range objects {
		if d, ok := o.Value.(map[string]any); ok {
			tree.objects[strings.TrimPrefix(ref, "obj:")] = d
		}
	}
	tables, headings, spans := 0, 0, []int{}
	for _, e := range tree.objects {
		switch e["/S"] {
		case "/H3":
			headings++
		case "/Table":
			tables++
			spans = append(spans, tree.checkRegular(t, e)...)
		}
	}
	if tables != 2 || headings != 2 || len(spans) != 1 || spans[0] != 3 {
		t.Errorf("%d tables, %d sub-headings, row spans %v; want 2, 2 and one span of 3", tables, headings, spans)
	}
	text := strings.Join(strings.Fields(strings.Join(pdftest.PageTexts(t, pdf), " ")), " ")
	for _, want := range []string{"Donnerstag, 18. September", "Freitag, 19. September"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext does not read %q", want)
		}
	}
	if n := strings.Count(text, "10:00–11:30"); n != 1 {
		t.Errorf("pdftotext reads the forums' time %d times, want once", n)
	}
}

// structTree is a PDF's structure elements as qpdf's JSON gives them,
// by object reference ("12 0 R").
type structTree struct {
	objects map[string]map[string]any
}

// kids are an element's child elements with role in roles (marked
// content and annotations left out).
func (s structTree) kids(e map[string]any, roles ...string) []map[string]any {
	var k []any
	switch v := e["/K"].(type) {
	case []any:
		k = v
	default:
		k = []any{v}
	}
	var out []map[string]any
	for _, x := range k {
		ref, _ := x.(string)
		d := s.objects[ref]
		for _, r := range roles {
			if d != nil && d["/S"] == r {
				out = append(out, d)
			}
		}
	}
	return out
}

// checkRegular reports rows of a table whose cells do not fill its
// header's columns, and returns the row spans of its cells.
func (s structTree) checkRegular(t *testing.T, table map[string]any) []int {
	var spans []int
	var rows [][]map[string]any
	for _, part := range s.kids(table, "/THead", "/TBody") {
		for _, tr := range s.kids(part, "/TR") {
			rows = append(rows, s.kids(tr, "/TH", "/TD"))
		}
	}
	if len(rows) == 0 {
		t.Errorf("a table without rows")
		return nil
	}
	columns := len(rows[0])
	var covering []int // rows each earlier cell still covers
	for r, cells := range rows {
		filled := 0
		for k := range covering {
			if covering[k] > 0 {
				filled++
				covering[k]--
			}
		}
		for _, c := range cells {
			span := rowSpan(c["/A"])
			if span > 1 {
				spans = append(spans, span)
				covering = append(covering, span-1)
			}
			filled++
		}
		if filled != columns {
			t.Errorf("table row %d fills %d of %d columns", r+1, filled, columns)
		}
	}
	return spans
}

// rowSpan reads /RowSpan from a cell's attributes (a dictionary or an
// array of them); 1 when it has none.
func rowSpan(a any) int {
	list, ok := a.([]any)
	if !ok {
		list = []any{a}
	}
	for _, x := range list {
		if d, ok := x.(map[string]any); ok {
			if n, ok := d["/RowSpan"].(float64); ok {
				return int(n)
			}
		}
	}
	return 1
}
