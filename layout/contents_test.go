package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestContentsWarnOnceOnTheirPage: the table of contents is set once
// (counted, then drawn with its page numbers), so a title too long for
// its line is reported once for the contents, on the contents page where
// it stands, not a second time for a copy that was only counted (which
// no page holds).
func TestContentsWarnOnceOnTheirPage(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections[1].Title = strings.Repeat("Zukunftsperspektiven", 6) // one word, wider than any measure
	laid := Compose(doc, DefaultTheme(), Options{})
	var onContents, unplaced int
	for _, w := range laid.Warnings {
		if w.Kind != WarnOverfull || !strings.Contains(w.Where, "sections[1].title") {
			continue
		}
		switch {
		case w.Page == 0:
			unplaced++
		case laid.Pages[w.Page-1].Kind == ContentsPage:
			onContents++
		}
	}
	if onContents != 1 || unplaced != 0 {
		t.Errorf("the overlong title is reported %d times on the contents page and %d times on no page; want once and never", onContents, unplaced)
	}
}

// TestShortBodyHasNoContentsPage: a body of one page gets no contents
// page (every entry would point at the page facing it); the theme's
// contents_from_pages decides from how many pages it is made, and a
// longer body keeps it.
func TestShortBodyHasNoContentsPage(t *testing.T) {
	short := exampleDocument(t)
	short.Sections = short.Sections[:2]
	for i := range short.Sections {
		s := &short.Sections[i]
		s.Body = s.Body[:min(len(s.Body), 1)]
		s.Items = s.Items[:min(len(s.Items), 2)]
		s.Speakers, s.Moderation, s.Presentations, s.Links, s.Images = nil, nil, nil, nil, nil
	}
	for _, c := range []struct {
		name     string
		long     bool
		from     int
		contents bool
	}{
		{"one page of body", false, 2, false},
		{"one page of body, contents from one page", false, 1, true},
		{"the example", true, 2, true},
	} {
		doc := short
		if c.long {
			doc = exampleDocument(t)
		}
		th := DefaultTheme()
		th.ContentsFromPages = c.from
		for _, bound := range []bool{false, true} {
			laid := Compose(doc, th, Options{Bound: bound})
			got := false
			for _, p := range laid.Pages {
				got = got || p.Kind == ContentsPage
			}
			if got != c.contents {
				t.Errorf("%s (bound %v): a contents page is %v, want %v (%d pages)", c.name, bound, got, c.contents, len(laid.Pages))
			}
		}
	}
}

// TestContentsPageJudgedOnTheBrokenBody: whether the body is long
// enough for a contents page is judged before it is broken, its pictures
// at their full height; the prober's half-day workshop (testdata/
// shortworkshop: two inputs with a photo each) counted three pages so,
// but its pictures, set a little smaller, stand on two. Its print edition
// then took a contents page and three „Notizen“ pages for it: eight pages
// for two of text. Composed again without it, it stands on four.
func TestContentsPageJudgedOnTheBrokenBody(t *testing.T) {
	doc, th := testdataEvent(t, "shortworkshop")
	if th.ContentsFromPages != 3 {
		t.Fatalf("the workshop's theme makes the contents page from %d pages, want the built-in 3", th.ContentsFromPages)
	}
	opts := Options{Bound: true}
	if once := composeOnce(doc, th, opts); once.PagesOf(ContentsPage) == 0 {
		t.Fatalf("premise: judged before breaking, the workshop's body should count as long enough for a contents page (%d pages)", len(once.Pages))
	}
	laid := Compose(doc, th, opts)
	if n := laid.PagesOf(ContentsPage); n != 0 {
		t.Errorf("a body of %d pages has %d contents pages; want none (from %d)", laid.PagesOf(BodyPage), n, th.ContentsFromPages)
	}
	if len(laid.Pages) != 4 {
		t.Errorf("the workshop's print edition has %d pages, want 4: cover, two of body, back cover", len(laid.Pages))
	}
}

// TestContentsTitleEndsWithTwoWords: a contents title that wraps does
// not leave one word alone on its last line, before the leaders and the
// page number. The example's, the conference's and the specialist day's
// titles, set as the contents sets them (once six of them ended so).
func TestContentsTitleEndsWithTwoWords(t *testing.T) {
	th := DefaultTheme()
	var titles []string
	for _, s := range exampleDocument(t).Sections {
		titles = append(titles, s.Title)
	}
	conference, _ := testdataEvent(t, "conference")
	for _, s := range conference.Sections {
		titles = append(titles, s.Title)
	}
	titles = append(titles, "Lohnkostenzuschüsse nach § 16e und § 16i SGB II im Vergleich: Zielgruppen, Förderhöhe, Förderdauer und die Frage der Anschlussperspektive",
		"Soziale Teilhabe als Daueraufgabe – braucht es einen verlässlichen Sozialen Arbeitsmarkt?")
	c := testComposer(t, th)
	c.doc.Sections = make([]content.Section, len(titles))
	for i, title := range titles {
		c.doc.Sections[i].Title = title
	}
	wrapped := 0
	for i, e := range c.setContents().entries {
		lines := map[typeset.Scaled]string{}
		var last typeset.Scaled
		for _, it := range e.items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Size == th.TOCEntry.Size {
				lines[g.Y] += g.Text + " "
				last = max(last, g.Y)
			}
		}
		if len(lines) < 2 {
			continue
		}
		wrapped++
		if words := strings.Fields(lines[last]); len(words) < 2 {
			t.Errorf("%q ends with a lone word: %q", titles[i], lines[last])
		}
	}
	if wrapped < 5 {
		t.Fatalf("%d titles wrapped, want the test's five at least", wrapped)
	}
}

// TestContentsPageFromThreePagesOfBody: the built-in theme makes the
// contents page from a body of three pages. The example cut to its first
// sections, one more at a time, gives bodies of one, two and three pages
// or more; bound, a body of two pages has none (cover, two of body and the
// back cover fill four pages, where a contents page would add four, three
// of them blank), one of three or more has it.
func TestContentsPageFromThreePagesOfBody(t *testing.T) {
	th := DefaultTheme()
	if th.ContentsFromPages != 3 {
		t.Fatalf("the built-in theme makes the contents page from %d pages of body, want 3", th.ContentsFromPages)
	}
	full := exampleDocument(t)
	seen := map[int]bool{}
	for k := 1; k <= len(full.Sections); k++ {
		doc := *full
		doc.Sections = full.Sections[:k]
		laid := Compose(&doc, th, Options{Bound: true})
		body, contents := 0, false
		for _, p := range laid.Pages {
			if p.Kind == BodyPage {
				body++
			}
			contents = contents || p.Kind == ContentsPage
		}
		seen[min(body, 3)] = true
		if want := body >= 3; contents != want {
			t.Errorf("%d sections, %d pages of body: a contents page is %v, want %v", k, body, contents, want)
		}
		if body == 2 && len(laid.Pages) != 4 {
			t.Errorf("%d sections, two pages of body: %d pages, want 4", k, len(laid.Pages))
		}
	}
	if !seen[2] || !seen[3] {
		t.Errorf("the cut examples gave bodies of %v pages; the test needs two and three", seen)
	}
}
