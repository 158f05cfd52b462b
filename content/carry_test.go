package content

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"brochure/assets"
)

// sameDocument says how two documents differ, or "" when they are the
// same: every field, and every section's and block's place as At names it
// (the key locators themselves hash with seeds of their own).
func sameDocument(got, want *Document) string {
	if (got == nil) != (want == nil) {
		return fmt.Sprintf("document %v, want %v", got != nil, want != nil)
	}
	if got == nil {
		return ""
	}
	g, w := *got, *want
	g.keys, w.keys = nil, nil
	if !reflect.DeepEqual(g, w) {
		return "the documents differ"
	}
	for i := range want.Sections {
		for _, key := range []string{"", ".title", ".body", ".label", ".speakers[0].name", ".links[0]"} {
			path := fmt.Sprintf("sections[%d]%s", i, key)
			if got.At(path) != want.At(path) {
				return fmt.Sprintf("%s is at %s, want %s", path, got.At(path), want.At(path))
			}
		}
	}
	return ""
}

// editAt changes src at a random place: it inserts a letter, a space, a
// quote, a bracket, an equals sign, a comment sign or a line break, or
// deletes a character or a whole line.
func editAt(r *rand.Rand, src string) string {
	at := r.IntN(len(src))
	for !utf8.RuneStart(src[at]) {
		at--
	}
	switch k := r.IntN(10); {
	case k < 6:
		ins := []string{"a", "ß", " ", "\"", "[", "=", "#", "\n", "Wort ", "**"}[r.IntN(10)]
		return src[:at] + ins + src[at:]
	case k < 9:
		_, n := utf8.DecodeRuneInString(src[at:])
		return src[:at] + src[at+n:]
	default:
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			return src
		}
		return src[:at] + src[at+end+1:]
	}
}

// TestCarryParsesAsParse (issue 23): content read through a Carry after
// each of 400 random edits to a document of thirty sections (letters,
// quotes, brackets, line breaks inserted, characters and lines deleted,
// anywhere in the file) is the document Parse makes of it, field for
// field, or fails with the same problems; most edits land inside one
// section's lines and are decoded through the carry.
func TestCarryParsesAsParse(t *testing.T) {
	src := repeatSections(string(assets.ExampleContent), 3)
	r := rand.New(rand.NewPCG(23, 1))
	var c Carry
	if _, err := c.Parse("content.toml", []byte(src), Options{Dir: "."}); err != nil {
		t.Fatal(err)
	}
	const edits = 400
	carried, failed := 0, 0
	for n := range edits {
		next := editAt(r, src)
		c.mu.Lock()
		last := c.last
		c.mu.Unlock()
		if last.edited(next) != nil {
			carried++
		}
		got, gotErr := c.Parse("content.toml", []byte(next), Options{Dir: "."})
		want, wantErr := Parse("content.toml", []byte(next), Options{Dir: "."})
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Fatalf("edit %d: the carry says %v, Parse %v", n, gotErr, wantErr)
		}
		if d := sameDocument(got, want); d != "" {
			t.Fatalf("edit %d at %q: %s", n, next[max(0, firstDifference(src, next)-20):min(len(next), firstDifference(src, next)+20)], d)
		}
		if wantErr == nil {
			src = next
		} else {
			failed++
		}
	}
	t.Logf("%d of %d edits carried, %d made the content fail", carried, edits, failed)
	if carried < edits/4 || failed > edits*3/4 {
		t.Errorf("%d of %d edits carried, %d failed: the test does not see the carry at work", carried, edits, failed)
	}
}

// firstDifference is the offset of the first byte where a and b differ.
func firstDifference(a, b string) int {
	k := 0
	for k < len(a) && k < len(b) && a[k] == b[k] {
		k++
	}
	return k
}

// repeatSections is src with its sections n times over.
func repeatSections(src string, n int) string {
	start, end := strings.Index(src, "[[sections]]"), strings.Index(src, "[funding]")
	return src[:start] + strings.Repeat(src[start:end], n) + src[end:]
}

// TestCarryReadsTheThemeAgain: content read again unchanged through a
// Carry (a designer saving the theme) is decoded from what was kept but
// for what reads files: the changed theme is the one read, as Load reads
// it.
func TestCarryReadsTheThemeAgain(t *testing.T) {
	dir := t.TempDir()
	path, theme := filepath.Join(dir, "content.toml"), filepath.Join(dir, "theme.toml")
	src := "theme = \"theme.toml\"\n" + string(assets.ExampleContent)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var c Carry
	for i, size := range []string{"10pt", "10pt", "11pt"} {
		if err := os.WriteFile(theme, []byte("[roles.body]\nsize = \""+size+"\"\nleading = \"15pt\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if i > 0 && c.last.edited(src) == nil {
			t.Fatalf("read %d: the unchanged content is not carried", i)
		}
		got, err := c.Load(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, err := Load(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d := sameDocument(got, want); d != "" {
			t.Fatalf("read %d (body %s): %s", i, size, d)
		}
	}
}

// TestCarryLeavesTheNextTableAlone: text typed at the start of the
// header line after a section's last ("#[funding]", "  [funding]") or
// a change of the newline that ends the section belongs to the next
// table, not to the section: the carried read is Parse's, failure and
// key places included. Random single-byte edits seldom land there.
func TestCarryLeavesTheNextTableAlone(t *testing.T) {
	src := string(assets.ExampleContent)
	at := strings.Index(src, "\n[funding]") + 1
	edits := map[string]string{
		"a comment sign":   src[:at] + "#" + src[at:],
		"a key":            src[:at] + "#x = 1" + src[at:],
		"two spaces":       src[:at] + "  " + src[at:],
		"a letter":         src[:at] + "x" + src[at:],
		"the newline gone": src[:at-1] + " " + src[at:],
	}
	for name, next := range edits {
		var c Carry
		if _, err := c.Parse("content.toml", []byte(src), Options{Dir: "."}); err != nil {
			t.Fatal(err)
		}
		got, gotErr := c.Parse("content.toml", []byte(next), Options{Dir: "."})
		want, wantErr := Parse("content.toml", []byte(next), Options{Dir: "."})
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("%s: the carry says %v, Parse %v", name, gotErr, wantErr)
			continue
		}
		if d := sameDocument(got, want); d != "" {
			t.Errorf("%s: %s", name, d)
			continue
		}
		if want != nil && got.At("funding") != want.At("funding") {
			t.Errorf("%s: funding is at %s, want %s", name, got.At("funding"), want.At("funding"))
		}
	}
}

// TestOtherTableHeaders: the lines that end a section's lines are the
// headers of the other top-level tables and their sub-tables, not the
// sections' own.
func TestOtherTableHeaders(t *testing.T) {
	for line, want := range map[string]bool{
		"[funding]": true, "[[funding.funders]]": true, "[document]": true, "[typography]": true,
		"[hyphenation]": true, "[theme]": true, "[document.extra]": true,
		"[[sections]]": false, "[[sections.speakers]]": false, "[fundingx]": false, `["a", "b"],`: false, "": false,
	} {
		if got := otherTableHeader(line); got != want {
			t.Errorf("otherTableHeader(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestCommonPrefixAndSuffix: the block-wise comparisons find what a
// byte-by-byte one finds, for strings that differ anywhere, also within
// and across the blocks' bounds, and for equal ones and prefixes.
func TestCommonPrefixAndSuffix(t *testing.T) {
	naivePrefix := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	naiveSuffix := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
			n++
		}
		return n
	}
	base := strings.Repeat("Die Zahlen sprechen eine eindeutige Sprache. ", 9)
	for at := 0; at <= len(base); at++ {
		for _, b := range []string{base[:at] + "X" + base[at:], base[:at] + "X" + base[min(at+1, len(base)):], base[:at] + base[min(at+3, len(base)):], base[:at], base} {
			if got, want := commonPrefix(base, b), naivePrefix(base, b); got != want {
				t.Fatalf("common prefix at %d: %d, byte by byte %d", at, got, want)
			}
			if got, want := commonSuffix(base, b), naiveSuffix(base, b); got != want {
				t.Fatalf("common suffix at %d: %d, byte by byte %d", at, got, want)
			}
		}
	}
}

// TestCarryRefusesGluedLines: a backslash added at the end of a line of a
// section's text, which glues it to the next (gluedLines), is refused
// through a Carry as Parse refuses it, though the edit keeps the number
// of lines and lies inside one section, as carried edits do.
func TestCarryRefusesGluedLines(t *testing.T) {
	src := string(assets.ExampleContent)
	var c Carry
	if _, err := c.Parse("content.toml", []byte(src), Options{Dir: "."}); err != nil {
		t.Fatal(err)
	}
	at := strings.Index(src, "wichtige Rolle.\n")
	if at < 0 {
		t.Fatal("the example has no line ending „wichtige Rolle.“ to edit")
	}
	at += len("wichtige Rolle.")
	next := src[:at] + `\` + src[at:]
	c.mu.Lock()
	last := c.last
	c.mu.Unlock()
	if _, _, _, ok := last.editedSection(next); !ok {
		t.Fatal("premise: the edit should lie inside one section, as a carried edit does")
	}
	_, gotErr := c.Parse("content.toml", []byte(next), Options{Dir: "."})
	_, wantErr := Parse("content.toml", []byte(next), Options{Dir: "."})
	if wantErr == nil || !strings.Contains(wantErr.Error(), "backslash") || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Errorf("through the carry: %v; Parse: %v; want both to refuse the backslash", gotErr, wantErr)
	}
}
