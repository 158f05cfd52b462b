package layout_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"brochure/content"
	"brochure/layout"
)

// TestCorpusIsVariedAndRepeatable: the generator makes the same files
// from the seed every time, every event is valid content, and together
// they have what the corpus promises — at least 30 events, one and two
// columns, unequal side margins, pictures of every aspect ratio with and
// without captions, none to eight link blocks a section, short and long
// sections, long headings, portraits and sections without, every section
// kind and programmes. Needs no readers, so it runs everywhere.
func TestCorpusIsVariedAndRepeatable(t *testing.T) {
	t.Parallel()
	// The shared corpus and one generated afresh.
	events := corpus(t)
	a, b := filepath.Dir(filepath.Dir(events[0].path)), t.TempDir()
	generateCorpus(t, b)
	files, _ := filepath.Glob(filepath.Join(a, "*", "*"))
	for _, f := range files {
		rel, _ := filepath.Rel(a, f)
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs of the generator", rel)
		}
	}
	if len(events) < 30 {
		t.Errorf("%d events, want at least 30", len(events))
	}
	v := corpusVariety{columns: map[int]bool{}, ratios: map[[2]int]bool{}, kinds: map[content.SectionKind]bool{}, minLinks: 99}
	for _, ev := range events {
		doc, err := content.Load(ev.path, content.Options{})
		if err != nil {
			t.Fatalf("%s is not valid content: %v", ev.name, err)
		}
		th, err := layout.NewTheme(doc.Theme)
		if err != nil {
			t.Fatalf("%s: theme: %v", ev.name, err)
		}
		v.columns[th.Columns] = true
		if th.MarginLeft == th.MarginRight {
			t.Errorf("%s: equal side margins", ev.name)
		}
		for _, s := range doc.Sections {
			v.addSection(t, ev.name, s)
		}
	}
	v.check(t)
}

// corpusVariety tallies what the corpus's events hold: their column
// counts, picture shapes, section kinds, link blocks a section, and how
// many sections and pictures are of each sort.
type corpusVariety struct {
	columns                                    map[int]bool
	ratios                                     map[[2]int]bool
	kinds                                      map[content.SectionKind]bool
	minLinks, maxLinks                         int
	short, long, withPortrait, withoutPortrait int
	captioned, uncaptioned, longHeadings       int
}

// addSection counts section s of the event named event; a picture without
// alt text is an error.
func (v *corpusVariety) addSection(t *testing.T, event string, s content.Section) {
	t.Helper()
	v.kinds[s.Kind] = true
	if s.Kind == content.Programme {
		return
	}
	n := len(sectionLinks(s))
	v.minLinks, v.maxLinks = min(v.minLinks, n), max(v.maxLinks, n)
	if len(blockTexts(s.Body)) > 2 {
		v.long++
	} else {
		v.short++
	}
	portrait := false
	for _, p := range s.Speakers {
		portrait = portrait || p.Photo != nil
	}
	if portrait {
		v.withPortrait++
	} else {
		v.withoutPortrait++
	}
	for _, img := range s.Images {
		v.ratios[reduce(img.WidthPx, img.HeightPx)] = true
		if img.Caption != "" {
			v.captioned++
		} else {
			v.uncaptioned++
		}
		if img.Alt == "" {
			t.Errorf("%s: %s has no alt text", event, img.File)
		}
	}
	if utf8.RuneCountInString(s.Title) > 60 {
		v.longHeadings++
	}
}

// check wants one and two columns, every picture shape, every section
// kind, sections with no link block and with eight or more, and at least
// five of each sort of section and picture.
func (v *corpusVariety) check(t *testing.T) {
	t.Helper()
	if !v.columns[1] || !v.columns[2] {
		t.Errorf("columns: %v, want 1 and 2", v.columns)
	}
	if len(v.ratios) < len(pictureRatios) {
		t.Errorf("aspect ratios %v, want all of %v", v.ratios, pictureRatios)
	}
	if v.minLinks != 0 || v.maxLinks < 8 {
		t.Errorf("link blocks a section from %d to %d, want 0 to 8", v.minLinks, v.maxLinks)
	}
	for _, k := range content.SectionKinds {
		if !v.kinds[k] {
			t.Errorf("no section of kind %s", k)
		}
	}
	for what, n := range map[string]int{"short sections": v.short, "long sections": v.long, "sections with portraits": v.withPortrait,
		"sections without": v.withoutPortrait, "captioned pictures": v.captioned, "pictures without caption": v.uncaptioned, "long headings": v.longHeadings} {
		if n < 5 {
			t.Errorf("only %d %s", n, what)
		}
	}
}

// reduce is the aspect ratio of a picture whose width has the generator's
// unique few pixels added: the nearest of pictureRatios.
func reduce(w, h int) [2]int {
	best, bestErr := [2]int{}, 1e9
	for _, r := range pictureRatios {
		if e := abs(float64(w)/float64(h) - float64(r[0])/float64(r[1])); e < bestErr {
			best, bestErr = r, e
		}
	}
	return best
}
