package build

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/testevent"
)

// themeVariants are the themes the random edits switch between: none (the
// built-in one) and a few that change the body text's size and leading,
// the columns and the accent colour.
var themeVariants = []string{
	"",
	"[roles.body]\nsize = \"10pt\"\nleading = \"14pt\"\n",
	"[roles.body]\nsize = \"11pt\"\nleading = \"15pt\"\n",
	"[page]\ncolumns = 2\n",
	"[page]\nmargin_left = \"30mm\"\nmargin_right = \"45mm\"\n",
	"[page]\nmargin_left = \"35mm\"\nmargin_right = \"35mm\"\n",
	"[fonts.text]\nbuiltin = \"sans\"\n",
	"[colours]\naccent = { cmyk = [0, 90, 80, 0], rgb = \"#D2232A\" }\n",
}

// editWords are what the random edits write into a text.
var editWords = []string{"Arbeitsmarktintegration", "und", "Fachkräfteeinwanderung", "z. B.", "„Zukunft“", "9–17 Uhr",
	"Qualifizierungsbegleitung", "Geflüchtete*r", "ÆØÅ", "Beschäftigungsduldung", "in", "12 500 €", "Begleitforschung"}

// editedEvent is the example's content as a list of lines, edited at
// random, with the theme it names and its hyphenation exceptions.
type editedEvent struct {
	lines      []string
	theme      string
	exceptions string // a top-level hyphenation = […] line, or ""
}

// bodyLines are the indices of the lines inside body texts ("""…""").
func (e *editedEvent) bodyLines() []int {
	var out []int
	in := false
	for i, l := range e.lines {
		switch {
		case strings.Contains(l, `"""`) && strings.Count(l, `"""`) == 1:
			in = !in
		case in && strings.TrimSpace(l) != "":
			out = append(out, i)
		}
	}
	return out
}

// sections are the first lines of the [[sections]] tables, and the line
// the funding table starts at.
func (e *editedEvent) sections() (starts []int, end int) {
	for i, l := range e.lines {
		switch strings.TrimSpace(l) {
		case "[[sections]]":
			starts = append(starts, i)
		case "[funding]":
			end = i
		}
	}
	return starts, end
}

// edit makes one random edit and says which.
func (e *editedEvent) edit(r *rand.Rand) string {
	body := e.bodyLines()
	starts, end := e.sections()
	switch k := r.IntN(17); {
	case k < 3 && len(body) > 0: // insert a word
		i := body[r.IntN(len(body))]
		words := strings.Fields(e.lines[i])
		at := r.IntN(len(words) + 1)
		words = append(words[:at], append([]string{editWords[r.IntN(len(editWords))]}, words[at:]...)...)
		e.lines[i] = strings.Join(words, " ")
		return fmt.Sprintf("insert a word in line %d", i+1)
	case k < 5 && len(body) > 0: // delete a word
		i := body[r.IntN(len(body))]
		words := strings.Fields(e.lines[i])
		if len(words) > 1 {
			at := r.IntN(len(words))
			words = append(words[:at], words[at+1:]...)
		}
		e.lines[i] = strings.Join(words, " ")
		return fmt.Sprintf("delete a word in line %d", i+1)
	case k < 7 && len(body) > 0: // change a word
		i := body[r.IntN(len(body))]
		words := strings.Fields(e.lines[i])
		words[r.IntN(len(words))] = editWords[r.IntN(len(editWords))]
		e.lines[i] = strings.Join(words, " ")
		return fmt.Sprintf("change a word in line %d", i+1)
	case k == 7 && len(starts) > 2: // remove a section
		j := r.IntN(len(starts))
		to := end
		if j+1 < len(starts) {
			to = starts[j+1]
		}
		e.lines = append(e.lines[:starts[j]], e.lines[to:]...)
		return fmt.Sprintf("remove section %d", j)
	case k == 8 && len(starts) > 0 && len(starts) < 14: // add a copy of a section
		j := r.IntN(len(starts))
		to := end
		if j+1 < len(starts) {
			to = starts[j+1]
		}
		block := append([]string(nil), e.lines[starts[j]:to]...)
		e.lines = append(e.lines[:end], append(block, e.lines[end:]...)...)
		return fmt.Sprintf("add a copy of section %d", j)
	case k == 9 && r.IntN(2) == 0: // add or remove a hyphenation exception
		if e.exceptions == "" {
			e.exceptions = "hyphenation = [\"Gegebenheiten\", \"Arbeitsmarktintegration\", \"Beschäftigungsduldung\", \"Qualifizierungsbegleitung\", \"Fachkräfteeinwanderung\", \"Migrantenselbstorganisationen\"]\n"
			return "add hyphenation exceptions"
		}
		e.exceptions = ""
		return "remove the hyphenation exceptions"
	case k == 12 || k == 13:
		return e.editLink(r, body)
	case k == 14:
		return e.editPicture(r, starts, end)
	case k >= 15:
		return e.editDisplayText(r)
	default: // change the theme
		e.theme = themeVariants[r.IntN(len(themeVariants))]
		return "change the theme"
	}
}

// linkPattern is a Markdown link in a body text.
var linkPattern = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// editLink adds a Markdown link to a body line, changes the address of
// the links in one (their text stays), or turns them back into their
// labels.
func (e *editedEvent) editLink(r *rand.Rand, body []int) string {
	if len(body) == 0 {
		return "no body line to link in"
	}
	for _, i := range body {
		if !linkPattern.MatchString(e.lines[i]) {
			continue
		}
		switch r.IntN(3) {
		case 0:
			e.lines[i] = linkPattern.ReplaceAllString(e.lines[i], "$1")
			return fmt.Sprintf("remove the links of line %d", i+1)
		case 1: // the same text, another address
			e.lines[i] = linkPattern.ReplaceAllString(e.lines[i], fmt.Sprintf("[$1](https://example.org/anders/%d)", r.IntN(99)))
			return fmt.Sprintf("change the links' addresses in line %d", i+1)
		}
	}
	i := body[r.IntN(len(body))]
	words := strings.Fields(e.lines[i])
	at := r.IntN(len(words) + 1)
	link := fmt.Sprintf("[Netzwerk %d](https://example.org/netz/%d)", r.IntN(9), r.IntN(9))
	words = append(words[:at], append([]string{link}, words[at:]...)...)
	e.lines[i] = strings.Join(words, " ")
	return fmt.Sprintf("add a link in line %d", i+1)
}

// editPicture removes a picture the edits added, or adds one (one of the
// two files write writes) at the end of a section.
func (e *editedEvent) editPicture(r *rand.Rand, starts []int, end int) string {
	for i, l := range e.lines {
		if strings.TrimSpace(l) == "[[sections.images]]" && r.IntN(2) == 0 {
			to := i + 1
			for to < len(e.lines) && strings.TrimSpace(e.lines[to]) != "" {
				to++
			}
			e.lines = append(e.lines[:i], e.lines[to:]...)
			return fmt.Sprintf("remove the picture at line %d", i+1)
		}
	}
	at := end
	if j := r.IntN(len(starts) + 1); j > 0 && j < len(starts) {
		at = starts[j]
	}
	block := []string{"  [[sections.images]]", fmt.Sprintf("  file = %q", pictureFiles[r.IntN(len(pictureFiles))]),
		"  caption = \"Das Podium am Nachmittag\"", "  alt = \"Fünf Personen auf einem Podium\"",
		fmt.Sprintf("  width = %q", []string{"measure", "half", "60mm"}[r.IntN(3)]), ""}
	e.lines = append(e.lines[:at], append(block, e.lines[at:]...)...)
	return fmt.Sprintf("add a picture at line %d", at+1)
}

// displayTextPattern is a one-line title, subtitle, name, role,
// organisation or label: text set by the display-break rule (headings,
// the cover, speaker grids, labels).
var displayTextPattern = regexp.MustCompile(`^(\s*(?:title|subtitle|name|role|organisation|label) = ")([^"]*)(".*)$`)

// editDisplayText changes a title, name, role or the like: it adds a word
// to it, drops its last word, or swaps in another word.
func (e *editedEvent) editDisplayText(r *rand.Rand) string {
	var at []int
	for i, l := range e.lines {
		if displayTextPattern.MatchString(l) {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return "no display text to edit"
	}
	i := at[r.IntN(len(at))]
	m := displayTextPattern.FindStringSubmatch(e.lines[i])
	words := strings.Fields(m[2])
	switch k := r.IntN(3); {
	case k == 0 || len(words) < 2:
		words = append(words, editWords[r.IntN(len(editWords))])
	case k == 1:
		words = words[:len(words)-1]
	default:
		words[r.IntN(len(words))] = editWords[r.IntN(len(editWords))]
	}
	e.lines[i] = m[1] + strings.Join(words, " ") + m[3]
	return fmt.Sprintf("change the display text in line %d", i+1)
}

// pictureFiles are the pictures write puts next to every edited content.
var pictureFiles = []string{"foto.png", "foto-hoch.jpg"}

// write writes the content (and its theme) into dir.
func (e *editedEvent) write(t *testing.T, dir string) string {
	t.Helper()
	src := e.exceptions + strings.Join(e.lines, "\n")
	if e.theme != "" {
		src = "theme = \"theme.toml\"\n" + src
		if err := os.WriteFile(filepath.Join(dir, "theme.toml"), []byte(e.theme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	testevent.WritePNG(t, filepath.Join(dir, pictureFiles[0]), 300, 200)
	testevent.WriteJPEG(t, filepath.Join(dir, pictureFiles[1]), 200, 300)
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfOrError builds a request and returns its file, or its error's text.
func pdfOrError(req Request) ([]byte, string) {
	res, err := Run(req)
	if err != nil {
		return nil, err.Error()
	}
	pdf, err := res.PDF()
	if err != nil {
		return nil, err.Error()
	}
	return pdf, ""
}

// TestIncrementalEqualsFresh (issue 23): 200 random edits of the example
// — words inserted, deleted and changed in body texts, titles, names,
// roles and labels changed, sections removed and added, the theme changed, hyphenation exceptions added and
// removed — each built as watch and serve build it (font programs,
// content streams and set paragraphs carried from the build before) and
// fresh: the two files are the same, byte for byte, or both builds fail
// alike. Both editions take turns.
func TestIncrementalEqualsFresh(t *testing.T) {
	t.Parallel()
	edits := 200
	if testing.Short() {
		edits = 20
	}
	checkEdits(t, string(assets.ExampleContent), edits, 2026)
}

// TestIncrementalEqualsFreshAt500Pages makes the same random edits to a
// generated document of some 500 pages (the example's sections 94 times
// over), fewer of them: each edit builds the document twice, about a
// second together. The seed's six edits change the measure twice (the
// margins or the columns), so a key that leaves out the measure fails
// here too, and change two titles, names or roles (display text, which
// is carried too).
func TestIncrementalEqualsFreshAt500Pages(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds a 500-page document a dozen times")
	}
	checkEdits(t, repeatedSections(string(assets.ExampleContent), 94), 6, 530)
}

// repeatedSections is the example with its sections n times over, their
// titles numbered.
func repeatedSections(src string, n int) string {
	start, end := strings.Index(src, "[[sections]]"), strings.Index(src, "[funding]")
	var b strings.Builder
	b.WriteString(src[:start])
	for i := range n {
		b.WriteString(strings.ReplaceAll(src[start:end], `title = "`, fmt.Sprintf(`title = "Teil %d: `, i+1)))
	}
	b.WriteString(src[end:])
	return b.String()
}

// checkEdits makes edits random edits (seeded) to src one after another,
// building each as watch does and fresh, and compares the two.
func checkEdits(t *testing.T, src string, edits int, seed uint64) {
	r := rand.New(rand.NewPCG(23, seed))
	e := &editedEvent{lines: strings.Split(src, "\n")}
	fonts, streams, reuse, carry := output.NewFontCache(32, 16<<20), output.NewStreamCache(64<<20), new(layout.Reuse), new(content.Carry)
	built := 0
	dir := t.TempDir() // one file, edited in place, as watch and serve see it
	for n := range edits {
		what := e.edit(r)
		path := e.write(t, dir)
		edition := []Edition{Print, Screen}[n%2]
		// The two builds share nothing but the process's bounded caches
		// (QR symbols, page buffers), which are safe for builds that
		// overlap, as serve's are: the fresh one runs beside the carried
		// one, which halves the test's time on two cores.
		var fresh []byte
		var freshErr string
		done := make(chan struct{})
		go func() {
			defer close(done)
			fresh, freshErr = pdfOrError(Request{ContentPath: path, Edition: edition})
		}()
		carried, carriedErr := pdfOrError(Request{ContentPath: path, Edition: edition, Fonts: fonts, Streams: streams, Reuse: reuse, Content: carry})
		<-done
		switch {
		case carriedErr != freshErr:
			t.Fatalf("edit %d (%s): the carried build says %q, a fresh one %q", n, what, carriedErr, freshErr)
		case !bytes.Equal(carried, fresh):
			t.Fatalf("edit %d (%s), %s edition: the carried build's file differs from a fresh build's", n, what, edition)
		case freshErr == "":
			built++
		}
	}
	if built < edits*9/10 {
		t.Errorf("only %d of %d edited events built; the edits should keep the content valid", built, edits)
	}
}
