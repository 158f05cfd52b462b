package build

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
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
	switch k := r.IntN(22); {
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
	case k == 15 || k == 16:
		return e.editDisplayText(r)
	case k >= 17:
		return e.editKeepingLines(r, body)
	default: // change the theme
		e.theme = themeVariants[r.IntN(len(themeVariants))]
		return "change the theme"
	}
}

// subBlocks are the headers of a section's sub-tables an edit comments
// out or back in.
var subBlocks = []string{"[[sections.presentations]]", "[[sections.links]]", "[[sections.moderation]]",
	"[[sections.speakers]]", "[[sections.images]]"}

// plainKinds are the kinds a section's kind is changed between (all but
// the programme, which needs items).
var plainKinds = []string{"welcome", "greeting", "talk", "workshop", "panel", "contact"}

// editKeepingLines makes an edit that keeps the file's line count, so
// content.Carry decodes only the sections it touches and carries the
// others, whose paragraphs and floats are then renumbered: it comments
// a section's sub-table (a presentation, link, moderator, speaker or
// picture) out or back in, empties a body line, or changes a section's
// kind.
func (e *editedEvent) editKeepingLines(r *rand.Rand, body []int) string {
	switch r.IntN(3) {
	case 0:
		if at := e.linesInSections(func(l string) bool {
			return slices.Contains(subBlocks, strings.TrimSpace(strings.TrimPrefix(l, "#")))
		}); len(at) > 0 {
			i := at[r.IntN(len(at))]
			return e.toggleBlock(i)
		}
	case 1:
		if len(body) > 0 {
			i := body[r.IntN(len(body))]
			e.lines[i] = ""
			return fmt.Sprintf("empty body line %d", i+1)
		}
	}
	at := e.linesInSections(func(l string) bool {
		k, ok := strings.CutPrefix(l, "kind = ")
		return ok && slices.Contains(plainKinds, strings.Trim(k, `"`))
	})
	if len(at) == 0 {
		return "no section kind to change"
	}
	i := at[r.IntN(len(at))]
	e.lines[i] = fmt.Sprintf("kind = %q", plainKinds[r.IntN(len(plainKinds))])
	return fmt.Sprintf("change the kind in line %d", i+1)
}

// linesInSections are the indices of the lines, from the first
// [[sections]] on, that match.
func (e *editedEvent) linesInSections(match func(string) bool) []int {
	var at []int
	in := false
	for i, l := range e.lines {
		in = in || strings.TrimSpace(l) == "[[sections]]"
		if in && match(l) {
			at = append(at, i)
		}
	}
	return at
}

// toggleBlock comments the sub-table whose header is line i out, line
// by line in place, or back in: up to a blank line or the next header.
func (e *editedEvent) toggleBlock(i int) string {
	out := !strings.HasPrefix(e.lines[i], "#")
	for k := i; k < len(e.lines); k++ {
		l := strings.TrimPrefix(e.lines[k], "#")
		if k > i && (strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "[")) {
			break
		}
		if out {
			e.lines[k] = "#" + e.lines[k]
		} else {
			e.lines[k] = l
		}
	}
	if out {
		return fmt.Sprintf("comment out the block at line %d", i+1)
	}
	return fmt.Sprintf("comment the block at line %d back in", i+1)
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

// pictures are the files of pictureFiles, encoded once for all edits.
type pictures struct{ png, jpeg []byte }

// newPictures encodes the pictures write writes.
func newPictures(t *testing.T) pictures {
	return pictures{testevent.PNG(t, 300, 200), testevent.JPEG(t, 200, 300)}
}

// write writes the content (and its theme) into dir, and the pictures
// again beside it, as an editor saving the folder would.
func (e *editedEvent) write(t *testing.T, dir string, pics pictures) string {
	t.Helper()
	src := e.exceptions + strings.Join(e.lines, "\n")
	if e.theme != "" {
		src = "theme = \"theme.toml\"\n" + src
		if err := os.WriteFile(filepath.Join(dir, "theme.toml"), []byte(e.theme), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i, data := range [][]byte{pics.png, pics.jpeg} {
		if err := os.WriteFile(filepath.Join(dir, pictureFiles[i]), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "content.toml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// built is what a build made: its file and warnings, or its error's text.
type built struct {
	pdf      []byte
	warnings []layout.Warning
	err      string
}

// build runs a request.
func build(req Request) built {
	res, err := Run(req)
	if err != nil {
		return built{err: err.Error()}
	}
	pdf, err := res.PDF()
	if err != nil {
		return built{err: err.Error()}
	}
	return built{pdf: pdf, warnings: res.Warnings()}
}

// TestIncrementalEqualsFresh (issue 23): 200 random edits of the example
// — words inserted, deleted and changed in body texts, titles, names,
// roles and labels changed, sections removed and added, the theme
// changed, hyphenation exceptions added and removed, and edits that keep
// the line count (a sub-table commented out or in, a body line emptied,
// a section's kind changed), after which whole sections are carried and
// renumbered — each built as watch and serve build it (font programs,
// content streams, set paragraphs and sections carried from the builds
// before) and fresh: the two files and warnings are the same, or both
// builds fail alike. The edition is drawn at random for each edit.
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
// building each, in an edition chosen at random, as watch does and
// fresh, and compares the two: their files and their warnings. Over the
// run, the carried builds must have taken sections as composed before
// (layout.Reuse.SectionsTaken) and pages as drawn before
// (output.StreamCache.PagesTaken), or the test would not see them.
func checkEdits(t *testing.T, src string, edits int, seed uint64) {
	r := rand.New(rand.NewPCG(23, seed))
	e := &editedEvent{lines: strings.Split(src, "\n")}
	fonts, streams, reuse, carry := output.NewFontCache(32, 16<<20), output.NewStreamCache(64<<20), new(layout.Reuse), new(content.Carry)
	ok, taken, pages := 0, 0, 0
	dir := t.TempDir() // one file, edited in place, as watch and serve see it
	pics := newPictures(t)
	for n := range edits {
		what := e.edit(r)
		path := e.write(t, dir, pics)
		edition := []Edition{Print, Screen}[r.IntN(2)]
		// The two builds share nothing but the process's bounded caches
		// (QR symbols, page buffers), which are safe for builds that
		// overlap, as serve's are: the fresh one runs beside the carried
		// one, which halves the test's time on two cores.
		var fresh built
		done := make(chan struct{})
		go func() {
			defer close(done)
			fresh = build(Request{ContentPath: path, Edition: edition})
		}()
		carried := build(Request{ContentPath: path, Edition: edition, Fonts: fonts, Streams: streams, Reuse: reuse, Content: carry})
		taken += reuse.SectionsTaken() // exact: no other build uses reuse
		pages += streams.PagesTaken()  // and none streams
		<-done
		switch {
		case carried.err != fresh.err:
			t.Fatalf("edit %d (%s): the carried build says %q, a fresh one %q", n, what, carried.err, fresh.err)
		case !bytes.Equal(carried.pdf, fresh.pdf):
			t.Fatalf("edit %d (%s), %s edition: the carried build's file differs from a fresh build's", n, what, edition)
		case !reflect.DeepEqual(carried.warnings, fresh.warnings):
			t.Fatalf("edit %d (%s), %s edition: the carried build warns\n%v\na fresh one\n%v", n, what, edition, carried.warnings, fresh.warnings)
		case fresh.err == "":
			ok++
		}
	}
	if ok < edits*9/10 {
		t.Errorf("only %d of %d edited events built; the edits should keep the content valid", ok, edits)
	}
	t.Logf("%d of %d edited events built; %d sections and contents entries carried, %d pages taken as drawn", ok, edits, taken, pages)
	if taken == 0 {
		t.Errorf("no carried build took a section as composed before: the test sees no carried section")
	}
	if pages == 0 {
		t.Errorf("no carried build took a page as drawn before: the test sees no page taken")
	}
}
