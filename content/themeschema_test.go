package content

import (
	"flag"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"brochure/assets"
)

var update = flag.Bool("update", false, "rewrite assets/theme.toml's missing keys, the README's theme key table, content/builtintheme_gen.go and content/builtinthemevalue_gen.go from the schema")

// schemaSections are the theme's sections with fixed keys, by table, and
// the role entry's keys under "roles.NAME".
func schemaSections() ([]string, map[string]reflect.Type) {
	names, sections := tableNames()
	var fixed []string
	for _, n := range names {
		if sections[n] != nil {
			fixed = append(fixed, n)
		}
		if n == "roles" {
			fixed = append(fixed, "roles.NAME")
			sections["roles.NAME"] = reflect.TypeFor[Role]()
		}
	}
	return fixed, sections
}

// TestThemeSchema: every declaration is well formed (a doc line, a range
// of its kind, a default inside it), names are unique in their table, and
// a section read from nothing but its defaults has no error.
func TestThemeSchema(t *testing.T) {
	names, sections := schemaSections()
	for _, name := range names {
		keys, err := schemaOf(sections[name])
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[k.name] {
				t.Errorf("%s.%s is declared twice", name, k.name)
			}
			seen[k.name] = true
			if k.kind == boolKey && !k.hasDef {
				t.Errorf("%s.%s: a true-or-false key needs a default", name, k.name)
			}
		}
		if name == "roles.NAME" {
			continue // role keys take their values from each role of the built-in theme
		}
		d := &decoder{file: "schema", keys: locateKeys("")}
		d.readKeys(name, map[string]any{}, reflect.New(sections[name]).Interface(), DefaultTheme())
		for _, diag := range d.diags {
			t.Errorf("the declared defaults are refused: %v", diag)
		}
	}
}

// TestThemeSchemaRefusesBadDeclarations: a declaration without a doc line,
// with a range of the wrong shape or a default outside its choices is
// found (sabotage of TestThemeSchema's premise).
func TestThemeSchemaRefusesBadDeclarations(t *testing.T) {
	bad := []any{
		struct {
			A float64 `key:"a" range:"1mm..2mm" default:"1mm"`
		}{},
		struct {
			A float64 `key:"a" range:"2..3" default:"1mm" doc:"x"`
		}{},
		struct {
			A int `key:"a" range:"3..1" default:"2" doc:"x"`
		}{},
		struct {
			A EmptyPages `key:"a" default:"ruled" doc:"x"`
		}{},
		struct {
			A string `key:"a" doc:"x"`
		}{},
	}
	for i, v := range bad {
		if _, err := schemaOf(reflect.TypeOf(v)); err == nil {
			t.Errorf("bad declaration %d accepted", i)
		}
	}
}

// fileProblems compares a theme file's tables with the declared keys of
// sections: every key is written with its declared default, optional
// keys are left out (the file shows them in a comment).
func fileProblems(file map[string]any, names []string, sections map[string]reflect.Type) []string {
	var problems []string
	for _, name := range names {
		if strings.HasPrefix(name, "roles.") {
			continue
		}
		keys, _ := schemaOf(sections[name])
		table, _ := file[name].(map[string]any)
		for _, k := range keys {
			v, given := table[k.name]
			switch {
			case k.optional && given:
				problems = append(problems, fmt.Sprintf("[%s] %s has no default and is shown in a comment only", name, k.name))
			case !k.optional && !given:
				problems = append(problems, fmt.Sprintf("[%s] lacks %s; add the line: %s = %s   # %s", name, k.name, k.name, tomlLiteral(k), k.doc))
			case given && !reflect.DeepEqual(v, k.defaultValue()):
				problems = append(problems, fmt.Sprintf("%s.%s is %v in the file, but the schema's default is %s", name, k.name, v, tomlLiteral(k)))
			}
		}
	}
	return problems
}

// missingKeys are the declared keys with a default that a theme file's
// table lacks.
func missingKeys(file map[string]any, name string, typ reflect.Type) []keyDecl {
	if strings.HasPrefix(name, "roles.") {
		return nil
	}
	keys, _ := schemaOf(typ)
	table, _ := file[name].(map[string]any)
	var missing []keyDecl
	for _, k := range keys {
		if _, given := table[k.name]; !given && !k.optional {
			missing = append(missing, k)
		}
	}
	return missing
}

// keyLine is a key's line in assets/theme.toml: the default, and the doc
// line as a comment in the file's column.
func keyLine(k keyDecl) string {
	kv := k.name + " = " + tomlLiteral(k)
	return kv + strings.Repeat(" ", max(1, 27-len(kv))) + "# " + k.doc
}

// insertKey adds line to a theme file's text after the last key of
// [table] (and the comment lines that continue it), or appends the table.
func insertKey(src, table, line string) string {
	lines := strings.Split(src, "\n")
	in, last := false, -1
scan:
	for i, l := range lines {
		text := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(text, "["):
			if in {
				break scan
			}
			in = text == "["+table+"]"
		case in && text != "" && !strings.HasPrefix(text, "#"):
			last = i
		case in && last == i-1 && strings.HasPrefix(l, " ") && strings.HasPrefix(text, "#"):
			last = i // a comment continuing the key's own
		}
	}
	if last < 0 {
		return strings.TrimRight(src, "\n") + "\n\n[" + table + "]\n" + line + "\n"
	}
	lines = append(lines[:last+1], append([]string{line}, lines[last+1:]...)...)
	return strings.Join(lines, "\n")
}

// tomlLiteral is a key's default as TOML writes it.
func tomlLiteral(k keyDecl) string {
	switch {
	case !k.hasDef:
		return ""
	case k.kind == integerKey || k.kind == boolKey:
		return k.def
	}
	return strconv.Quote(k.def)
}

// TestThemeFileFollowsSchema: assets/theme.toml, the built-in theme that
// `brochure init` hands out, writes every declared key with its declared
// default and no key the schema does not declare.
func TestThemeFileFollowsSchema(t *testing.T) {
	var file map[string]any
	if _, err := toml.Decode(string(assets.DefaultTheme), &file); err != nil {
		t.Fatal(err)
	}
	names, sections := schemaSections()
	problems := fileProblems(file, names, sections)
	if *update && len(problems) > 0 {
		src := string(assets.DefaultTheme)
		for _, name := range names {
			for _, k := range missingKeys(file, name, sections[name]) {
				src = insertKey(src, name, keyLine(k))
			}
		}
		if err := os.WriteFile("../assets/theme.toml", []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		// -update adds a missing key; a value the file gives otherwise
		// than the schema's default is the author's to change (the file
		// keeps its comments and layout), so it still fails here.
		for _, p := range problems {
			if !strings.Contains(p, " lacks ") {
				t.Errorf("assets/theme.toml: %s: change the value in the file, then run go run ./assets/gen/themetables", p)
			}
		}
		return // the embedded copy is read again at the next build
	}
	for _, p := range problems {
		t.Errorf("assets/theme.toml: %s (go test ./content -run TestThemeFileFollowsSchema -update adds a missing key)", p)
	}
	d := &decoder{file: "assets/theme.toml", keys: locateKeys(string(assets.DefaultTheme))}
	d.checkThemeKeys(file)
	for _, diag := range d.diags {
		t.Errorf("%v", diag)
	}
}

// TestThemeFileCheckFails: the comparison finds a changed default, a
// missing key and an optional key written out.
func TestThemeFileCheckFails(t *testing.T) {
	var file map[string]any
	if _, err := toml.Decode(string(assets.DefaultTheme), &file); err != nil {
		t.Fatal(err)
	}
	page := file["page"].(map[string]any)
	page["columns"] = int64(2)
	delete(page, "bleed")
	page["margin_inner"] = "30mm"
	names, sections := schemaSections()
	got := strings.Join(fileProblems(file, names, sections), "\n")
	for _, want := range []string{"page.columns is 2 in the file, but the schema's default is 1", `[page] lacks bleed; add the line: bleed = "3mm"`, "[page] margin_inner has no default"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems %q lack %q", got, want)
		}
	}
}

// The README's key table stands between these two lines.
const (
	tableStart = "<!-- theme keys: made from the declarations in content/theme.go; `go test ./content -run TestThemeKeyTable -update` rewrites them -->"
	tableEnd   = "<!-- end of theme keys -->"
)

// keyRows are the README's rows for the declared keys of one section.
func keyRows(name string, typ reflect.Type) []string {
	keys, _ := schemaOf(typ)
	rows := make([]string, 0, len(keys))
	for _, k := range keys {
		var value string
		switch k.kind {
		case lengthKey:
			value = "length, " + strings.Replace(k.span, "..", " to ", 1)
		case integerKey:
			value = "whole number, " + strings.Replace(k.span, "..", " to ", 1)
		case boolKey:
			value = "true or false"
		case choiceKey:
			var quoted []string
			for _, n := range k.choices.names {
				if n != "" {
					quoted = append(quoted, "`"+strconv.Quote(n)+"`")
				}
			}
			value = strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
		case refKey:
			value = "a `[" + k.ref + "]` entry"
		}
		def := "`" + tomlLiteral(k) + "`"
		switch {
		case k.optional:
			def = "none"
		case !k.hasDef:
			def = "each role its own"
		}
		rows = append(rows, fmt.Sprintf("| `%s.%s` | %s | %s | %s |", name, k.name, value, def, k.doc))
	}
	return rows
}

// entryRows document the tables of named entries, whose keys are read by
// their own code (fontFamily, colour, protrusionFactors).
var entryRows = []string{
	"| `fonts.NAME.builtin` | `\"serif\"` or `\"sans\"` | text: `\"serif\"`, display: `\"sans\"` | an embedded family (Liberation); or give the four files instead |",
	"| `fonts.NAME.regular`, `.bold`, `.italic`, `.bold_italic` | TrueType file, relative to the theme | none | the four faces of a family of your own |",
	"| `colours.NAME` | `{ cmyk = [C, M, Y, K], rgb = \"#RRGGBB\" }` | text, accent, muted, paper | process colour in percent for print, sRGB for the screen |",
	"| `protrusion.left`, `protrusion.right` | `{ \"„\" = 700, … }`, 0 to 1000 | see assets/theme.toml | how far a character at the start or end of a justified line hangs into the margin, in thousandths of its width |",
}

// keyTable is the README's table of every theme key.
func keyTable() string {
	names, sections := schemaSections()
	rows := []string{"| Key | Value | Default | Meaning |", "|---|---|---|---|"}
	for _, name := range names {
		rows = append(rows, keyRows(name, sections[name])...)
	}
	rows = append(rows, entryRows...)
	return strings.Join(rows, "\n") + "\n\nThe roles (`NAME` in `roles.NAME`) are " + strings.Join(RoleNames[:len(RoleNames)-1], ", ") +
		" and " + RoleNames[len(RoleNames)-1] + "."
}

// TestThemeKeyTable: the README's table of theme keys is the one the
// schema makes (-update rewrites it).
func TestThemeKeyTable(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	before, rest, ok1 := strings.Cut(readme, tableStart+"\n")
	table, after, ok2 := strings.Cut(rest, tableEnd)
	if !ok1 || !ok2 {
		t.Fatalf("README.md lacks the lines %q and %q around the theme key table", tableStart, tableEnd)
	}
	want := keyTable() + "\n"
	if table == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(before+tableStart+"\n"+want+tableEnd+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's theme key table differs from the schema; run go test ./content -run TestThemeKeyTable -update\n got: %s\nwant: %s", table, want)
}

// TestThemeKeyAddedOnce adds a key to a copy of the schema — LinksTheme
// with one field more, text_gap — and shows that the one declaration is
// all content needs: the key is known (a misspelling gets its "did you
// mean"), read with its unit, defaulted when absent, refused out of its
// range at its line, listed in the README's table, and demanded of
// assets/theme.toml with the line to add.
func TestThemeKeyAddedOnce(t *testing.T) {
	var fields []reflect.StructField
	for _, f := range reflect.VisibleFields(reflect.TypeFor[LinksTheme]()) {
		fields = append(fields, f)
	}
	fields = append(fields, reflect.StructField{Name: "TextGap", Type: reflect.TypeFor[float64](),
		Tag: `key:"text_gap" range:"0mm..20mm" default:"3mm" doc:"space between a QR code and its text"`})
	links := reflect.StructOf(fields)
	read := func(src string) (float64, string) {
		var user map[string]any
		if _, err := toml.Decode(src, &user); err != nil {
			t.Fatal(err)
		}
		d := &decoder{file: "theme.toml", keys: locateKeys(src)}
		m, _ := user["links"].(map[string]any)
		d.known("links", m, keyNames(links)...)
		v := reflect.New(links)
		d.readKeys("links", m, v.Interface(), DefaultTheme())
		return v.Elem().FieldByName("TextGap").Float(), d.diags.Error()
	}
	if gap, errs := read("[links]\ntext_gap = \"5mm\"\nprint_url = \"host\"\n"); math.Abs(gap-5*mm) > 1e-9 || errs != "" {
		t.Errorf("text_gap = 5mm read as %v pt, errors %q", gap, errs)
	}
	if gap, errs := read("[links]\n"); math.Abs(gap-3*mm) > 1e-9 || errs != "" {
		t.Errorf("absent text_gap read as %v pt (want the default 3mm), errors %q", gap, errs)
	}
	for src, want := range map[string]string{
		"[links]\ntext_gap = \"50mm\"\n": "theme.toml:2:1: links.text_gap: 50mm is out of range: expected 0mm to 20mm",
		"[links]\ntext_gab = \"5mm\"\n":  `theme.toml:2:1: links.text_gab: unknown key "text_gab"; did you mean "text_gap"?`,
		"[links]\ntext_gap = 5\n":        `theme.toml:2:1: links.text_gap: expected a length with its unit such as "12mm" or "10.5pt", got an integer`,
	} {
		if _, errs := read(src); errs != want {
			t.Errorf("%q: errors %q, want %q", src, errs, want)
		}
	}
	row := "| `links.text_gap` | length, 0mm to 20mm | `\"3mm\"` | space between a QR code and its text |"
	if rows := strings.Join(keyRows("links", links), "\n"); !strings.Contains(rows, row) {
		t.Errorf("README rows lack %s:\n%s", row, rows)
	}
	var file map[string]any
	if _, err := toml.Decode(string(assets.DefaultTheme), &file); err != nil {
		t.Fatal(err)
	}
	want := `[links] lacks text_gap; add the line: text_gap = "3mm"   # space between a QR code and its text`
	sections := map[string]reflect.Type{"links": links}
	if got := fileProblems(file, []string{"links"}, sections); len(got) != 1 || got[0] != want {
		t.Errorf("file check says %q, want %q", got, want)
	}
	// -update writes the line into the file's [links] table.
	src := string(assets.DefaultTheme)
	for _, k := range missingKeys(file, "links", links) {
		src = insertKey(src, "links", keyLine(k))
	}
	file = nil
	if _, err := toml.Decode(src, &file); err != nil {
		t.Fatal(err)
	}
	if got := fileProblems(file, []string{"links"}, sections); len(got) != 0 {
		t.Errorf("after -update the file check still says %q", got)
	}
	line := `text_gap = "3mm"           # space between a QR code and its text`
	if !strings.Contains(src, "\n"+line+"\n\n[justification]") {
		t.Errorf("the line %q does not end [links]:\n%s", line, src)
	}
}

// TestChoiceNames: every choice type's String gives the name a file
// writes, and the name reads back as the same value.
func TestChoiceNames(t *testing.T) {
	for _, v := range []fmt.Stringer{NotesPages, BlankPages, FullURL, HostOnly, LinksBeside, LinksBelow, FloatPage, FloatHere,
		AlignAuto, AlignJustified, AlignRagged, BuiltinSerif, BuiltinSans, GermanQuotes, Guillemets} {
		cs := choiceSets[reflect.TypeOf(v)]
		n, ok := cs.lookup(v.String())
		if !ok || uint64(n) != reflect.ValueOf(v).Uint() {
			t.Errorf("%T %v reads back as %d, %v", v, v, n, ok)
		}
	}
}

// TestThemeChoiceMessages: a wrong name for each choice is one error at
// its key, in the words it had before the schema (and the content's
// quote style, which reads through the same table, likewise).
func TestThemeChoiceMessages(t *testing.T) {
	cases := []struct{ toml, want string }{
		{"[page]\nempty_pages = \"ruled\"\n", `theme.toml:2:1: page.empty_pages: "ruled": expected "notes" (a „Notizen“ page) or "blank"`},
		{"[links]\nprint_url = \"path\"\n", `theme.toml:2:1: links.print_url: "path": expected "full" (the address without https://) or "host"`},
		{"[links]\narrangement = \"above\"\n", `theme.toml:2:1: links.arrangement: "above": expected "beside" (text beside the QR code) or "below"`},
		{"[floats]\nlinks = \"top\"\n", `theme.toml:2:1: floats.links: "top": expected "page" (may move to the top of the next page) or "here" (stays in the text)`},
		{"[justification]\nalign = \"centred\"\n", `theme.toml:2:1: justification.align: "centred": expected "auto", "justified" or "ragged"`},
		{"[roles.body]\nstyle = \"oblique\"\n", `theme.toml:2:1: roles.body.style: unknown style "oblique" (expected one of regular, bold, italic, bold_italic)`},
		{"[fonts.text]\nbuiltin = \"mono\"\n", `theme.toml:2:1: fonts.text.builtin: unknown built-in font "mono" (expected one of serif, sans)`},
		{"[links]\nprint_url = 1\n", `theme.toml:2:1: links.print_url: expected text in quotes, got the number 1; write print_url = "…"`},
	}
	for _, c := range cases {
		_, err := ParseTheme("theme.toml", []byte(c.toml), ".", false)
		if err == nil || err.Error() != c.want {
			t.Errorf("%q: got %v\nwant %s", c.toml, err, c.want)
		}
	}
	quotes := choiceSets[reflect.TypeFor[QuoteStyle]()]
	if got, want := quotes.expected("french"), `"french": expected "german" („…“) or "guillemets" (»…«)`; got != want {
		t.Errorf("quote style: got %s, want %s", got, want)
	}
}
