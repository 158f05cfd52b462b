package content

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationmonoregular"
)

// diagnosticMakers are the functions that record a diagnostic: the
// decoder's errorf, fileErrorf and errorAt, the Markdown converter's
// fail, and checkEncoding's fail. Their format argument names the kind.
var diagnosticMakers = map[string]int{"errorf": 1, "fileErrorf": 3, "errorAt": 2, "fail": 1}

// diagnosticKinds reads the package's source and returns every kind of
// diagnostic it can produce: the format of each call that records one,
// and the message of each markdownError or Diagnostic written out, keyed
// to where it is made.
func diagnosticKinds(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || diagnosticMakers[fn.Name.Name] > 0 {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				if maker, kind := diagnosticKind(n); kind != "" {
					kinds[fn.Name.Name+" "+maker+": "+kind] = fset.Position(n.Pos()).String()
				}
				return true
			})
		}
	}
	return kinds
}

// diagnosticKind is the maker and the kind a node makes, or "".
func diagnosticKind(n ast.Node) (string, string) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if sel, ok := n.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "Msg" {
			return "Msg", messageKind(n.Rhs[0])
		}
	case *ast.CallExpr:
		name := ""
		switch fun := n.Fun.(type) {
		case *ast.SelectorExpr:
			name = fun.Sel.Name
		case *ast.Ident:
			name = fun.Name
		}
		if i := diagnosticMakers[name]; i > 0 && i < len(n.Args) {
			return name, messageKind(n.Args[i])
		}
	case *ast.CompositeLit:
		id, ok := n.Type.(*ast.Ident)
		if ok && id.Name == "Diagnostics" {
			for _, e := range n.Elts {
				if lit, ok := e.(*ast.CompositeLit); ok {
					lit.Type = ast.NewIdent("Diagnostic")
				}
			}
		}
		if !ok || (id.Name != "markdownError" && id.Name != "Diagnostic") {
			return "", ""
		}
		for _, e := range n.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok || kv.Key.(*ast.Ident).Name != "Msg" {
				continue
			}
			return id.Name, messageKind(kv.Value)
		}
	}
	return "", ""
}

// messageKind is the format a message expression is made from.
func messageKind(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.BasicLit:
		s, _ := strconv.Unquote(e.Value)
		return s
	case *ast.CallExpr:
		if len(e.Args) > 0 {
			if id, ok := e.Args[0].(*ast.Ident); ok && id.Name == "format" {
				return "" // a maker passing its format on
			}
			if lit, ok := e.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				s, _ := strconv.Unquote(lit.Value)
				return s
			}
		}
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			return sel.Sel.Name + "()"
		}
	case *ast.BinaryExpr:
		return messageKind(e.X) + "+…"
	case *ast.Ident:
		return "<" + e.Name + ">"
	}
	return ""
}

// diagnosticRow provokes one kind of diagnostic and says where it must
// point.
type diagnosticRow struct {
	kind    string // as diagnosticKinds names it
	content string // content.toml
	theme   string // theme.toml, when not "" (content.toml then names it)
	path    string // the key path the diagnostic must name
	// whole marks a problem of the file as a whole (unreadable, empty,
	// not UTF-8 text): it names the file but no key; syntax marks a TOML
	// syntax error: a line and column but no key.
	whole, syntax bool
	screen        bool // the diagnostic comes from what the screen edition refuses (MissingAlt, Theme.Contrast)
	// direct, for a kind no file reaches (the built-in theme the user's
	// is merged over sets every length and number), calls the decoder on
	// the theme given, with the keys it reads removed.
	direct func(d *decoder)
	// unreachable says why no input can produce the kind: an earlier
	// check always catches what it would. The row is kept so the kind is
	// accounted for.
	unreachable string
}

// The content every row starts from.
const baseContent = `[document]
title = "Fachtag"
date = 2024-06-26

[[sections]]
kind = "talk"
title = "Ein Vortrag"
body = """
Ein Absatz.
"""
`

// with is the base content with one replacement.
func with(old, new string) string {
	if !strings.Contains(baseContent, old) {
		panic("the base content has no " + old)
	}
	return strings.Replace(baseContent, old, new, 1)
}

// inDocument adds lines to [document]; inSection to the section; body
// replaces the section's body.
func inDocument(lines string) string {
	return with("date = 2024-06-26\n", "date = 2024-06-26\n"+lines+"\n")
}
func inSection(lines string) string {
	return with("title = \"Ein Vortrag\"\n", "title = \"Ein Vortrag\"\n"+lines+"\n")
}
func body(text string) string { return with("Ein Absatz.", text) }

// The files a row may refer to.
const (
	logoPDF  = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
	fontFile = "fonts/a.ttf"
)

func diagnosticRows() []diagnosticRow {
	font := func(extra string) string {
		return "[fonts.text]\nregular = \"" + fontFile + "\"\nbold = \"" + fontFile + "\"\nitalic = \"" + fontFile + "\"\nbold_italic = \"" + fontFile + "\"\n" + extra
	}
	image := func(file string) string {
		return baseContent + "\n  [[sections.images]]\n  file = \"" + file + "\"\n  alt = \"Ein Bild\"\n"
	}
	return []diagnosticRow{
		// The file as a whole.
		{kind: "Load Diagnostic: Error()", content: "<missing>", whole: true},
		{kind: "checkEncoding fail: file is %d bytes; content files may be at most %d MiB", content: strings.Repeat("#", 9<<20), whole: true},
		{kind: "checkEncoding fail: file is UTF-16 encoded; save it as UTF-8", content: "\xff\xfe[\x00", whole: true},
		{kind: "checkEncoding fail: file is empty; expected [document] and [[sections]] tables (`brochure init DIR` writes an example)", content: "\n", whole: true},
		{kind: "checkEncoding fail: file is %s, not the event's content: give the content file written in TOML (content.toml; `brochure init DIR` writes an example)",
			content: "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", whole: true},
		{kind: "checkEncoding fail: invalid UTF-8 (byte 0x%02X); save the file as UTF-8", content: with("Fachtag", "Fach\xfftag"), syntax: true},
		{kind: "checkEncoding fail: file contains NUL bytes; it is binary, not TOML text", content: with("Fachtag", "Fach\x00tag"), syntax: true},
		{kind: "LoadTheme Diagnostic: Error()", theme: strings.Repeat("#", 9<<20), whole: true},
		// TOML syntax.
		{kind: "syntaxDiagnostic Diagnostic: TOML syntax: +…", content: "[document\n", syntax: true},
		{kind: "explainSyntax Msg: <hint>", content: with("date = 2024-06-26", "date = 26.06.2024"), syntax: true},
		{kind: "straightQuoteHint Msg: a straight quote \" ends the text early; inside the text write „…“ (German quotes) or \\\", or enclose the whole text in ''' '''",
			content: with(`title = "Fachtag"`, `title = "Der "Fachtag" 2024"`), syntax: true},
		{kind: "redefinedTableHint Msg: [%s] with one pair of brackets is a single table; every entry of a list is written [[%s]] (two brackets)",
			content: baseContent + "\n[sections]\nkind = \"talk\"\n", syntax: true},
		{kind: "redefinedTableHint Msg: [[%s]] comes before the first [[%s]]: it belongs to one of them, so move it below the [[%s]] line (with its kind, title and body) of the entry it is part of",
			content: with("[[sections]]", "[[sections.images]]\nfile = \"a.png\"\n\n[[sections]]"), syntax: true},
		{kind: "unclosedTextHint Msg: the text begun with %s here is never closed: end it with %s after its last line, before the next key or [[…]] line",
			content: with("Ein Absatz.\n\"\"\"\n", "Ein Absatz.\n"), syntax: true},
		{kind: "runawayTextHint Msg: the text begun with \"\"\" on line %d is not closed here: %s has %d quotes; end the text with three, \"\"\"",
			content: baseContent + "\n[[sections]]\nkind = \"talk\"\ntitle = \"Zwei\"\nbody = \"\"\"\nA.\n\"\"\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Drei\"\nbody = \"\"\"\nB.\n\"\"\"\n", syntax: true},
		{kind: "runawayTextHint Msg: the text begun with \"\"\" here runs on to line %d, over lines that are keys or [[…]] headers: end it with \"\"\" after its last line",
			content: baseContent + "\n[[sections]]\nkind = \"talk\"\ntitle = \"Zwei\"\nbody = \"\"\"\nA.\n''\n\n[[sections]]\nkind = \"talk\"\ntitle = \"Drei\"\nbody = \"\"\"\nB.\n\"\"\"\n", syntax: true},
		{kind: "gluedLines Diagnostic: a backslash at the end of a line joins it with the next without a space (TOML's rule): „%s%s“; to keep the line break, leave the backslash out (a paragraph of short lines, or of a sentence a line, keeps its lines; two spaces at a line's end break it too); to join the lines, put a space before the backslash",
			content: baseContent + "\n[[sections]]\nkind = \"talk\"\ntitle = \"Zwei\"\nbody = \"\"\"\nEs kamen 38 Menschen.\\\nEinige blieben.\n\"\"\"\n", path: "sections[1].body"},
		{kind: "invisibleSpaceHint Msg: an invisible %s stands here, %s: replace it with a normal space (or delete it)", content: with("date = 2024-06-26", "date\u00a0= 2024-06-26"), syntax: true},
		{kind: "colonForEqualsHint Msg: a key and its value are joined by an equals sign: write %s = %s", content: inDocument("venue: \"Erfurt\""), syntax: true},
		{kind: "unclosedQuoteHint Msg: the text in quotes is not closed on its line: end it with \" before the line ends (a text of several lines is enclosed in \"\"\" … \"\"\")",
			content: with(`title = "Fachtag"`, `title = "Fachtag`), syntax: true},
		{kind: "impossibleDateHint Msg: %s is not a date: %s %d has the days 1 to %d (dates are written year-month-day)", content: with("2024-06-26", "2024-06-31"), syntax: true},
		{kind: "impossibleDateHint Msg: %s is not a date: a date is written year-month-day without a time (2025-02-28); the time of day goes in time", content: with("2024-06-26", "2024-06-26T25:00:00"), syntax: true},
		{kind: "impossibleDateHint Msg: %s is not a date: there is no month %d (dates are written year-month-day)", content: with("2024-06-26", "2024-13-01"), syntax: true},
		{kind: "repeatedKeyHint Msg: %s is written twice in this entry: each [[%s]] takes one %s; for another, begin a new entry with a line [[%s]]",
			content: baseContent + "\n[[sections.links]]\nlabel = \"A\"\nurl = \"https://a.de\"\nurl = \"https://b.de\"\n", syntax: true},
		{kind: "repeatedKeyHint Msg: %s is written twice here: keep one of the two lines", content: with(`title = "Fachtag"`, "title = \"Fachtag\"\ntitle = \"Tag\""), syntax: true},
		{kind: "explainSyntax Msg: TOML syntax: +…", content: "[document]\ntitle = \n", syntax: true},
		// The decoder's types.
		{kind: "known errorf: %s", content: inDocument("titel = \"x\""), path: "document.titel"},
		{kind: "table errorf: required table is missing (add [%s])", content: strings.Replace(baseContent, "[document]\ntitle = \"Fachtag\"\ndate = 2024-06-26\n", "", 1), path: "document"},
		{kind: "table errorf: expected a table, got %s", content: "funding = 5\n" + baseContent, path: "funding"},
		{kind: "tables errorf: expected a table, got %s", content: "sections = [5]\n" + strings.Split(baseContent, "[[sections]]")[0], path: "sections[0]"},
		{kind: "tables errorf: expected an array of tables ([[%s]]), got %s", content: inSection("speakers = 5"), path: "sections[0].speakers"},
		{kind: "tables errorf: each entry of %s is a table of its own: write a line [[%s]] and below it %s = %q; got a text", content: inSection("moderation = \"Anna\""), path: "sections[0].moderation"},
		{kind: "tables errorf: expected an array of tables: write [[%s]] with two brackets on each side, once for each entry; got a table ([%s])",
			content: strings.Split(baseContent, "[[sections]]")[0] + "[sections]\ntitle = \"Ein Vortrag\"\n", path: "sections"},
		{kind: "tables errorf: [[%s.%s]] has no [[%s]] before it: each entry begins with a line [[%s]], and its %s come after that line",
			content: strings.Split(baseContent, "[[sections]]")[0] + "[[sections.images]]\nfile = \"a.jpg\"\n", path: "sections.images"},
		{kind: "text errorf: required", content: with("title = \"Ein Vortrag\"\n", ""), path: "sections[0].title"},
		{kind: "text errorf: expected text in quotes, got %s", content: with(`title = "Ein Vortrag"`, `title = 5`), path: "sections[0].title"},
		{kind: "text errorf: must not be empty", content: with(`title = "Ein Vortrag"`, `title = " "`), path: "sections[0].title"},
		{kind: "checkText errorf: text is %d bytes long; at most %d bytes are allowed in one value", content: with("Ein Vortrag", strings.Repeat("x", 1<<20+1)), path: "sections[0].title"},
		{kind: "checkText errorf: invalid UTF-8 at byte %d", theme: "[page]\n", path: "page.x",
			direct: func(d *decoder) { d.checkText("page.x", "a\xffb") }},
		{kind: "checkText errorf: contains the control character %U; remove it", content: with("Ein Vortrag", `Ein\u0007Vortrag`), path: "sections[0].title"},
		{kind: "checkText errorf: contains the bidirectional control %U (from text written right to left); the brochure sets German left to right — remove it",
			content: with("Ein Vortrag", "Ein\u202eVortrag"), path: "sections[0].title"},
		{kind: "texts errorf: expected an array of strings in square brackets, got a string: write %s = [%q], and more entries separated by commas", content: inDocument("keywords = \"a\""), path: "document.keywords"},
		{kind: "texts errorf: expected an array of strings, got %s", content: inDocument("keywords = 5"), path: "document.keywords"},
		{kind: "texts errorf: expected a string, got %s", content: inDocument("keywords = [\"a\", 5]"), path: "document.keywords[1]"},
		{kind: "texts errorf: must not be empty", content: inDocument("keywords = [\"a\", \"\"]"), path: "document.keywords[1]"},
		{kind: "boolean errorf: expected true (yes) or false (no), without quotes (%s = true), got %s", content: baseContent + "\n[typography]\nquotes = \"ja\"\n", path: "typography.quotes"},
		{kind: "date errorf: required (a date such as 2024-06-26)", content: with("date = 2024-06-26\n", ""), path: "document.date"},
		{kind: "date errorf: expected a TOML date, got %s%s", content: with("date = 2024-06-26", `date = "26.06.2024"`), path: "document.date"},
		{kind: "date errorf: expected a date without a time of day, such as 2024-06-26", content: with("date = 2024-06-26", "date = 2024-06-26T10:00:00"), path: "document.date"},
		// The document.
		{kind: "document errorf: required: at least one [[sections]] entry", content: strings.Split(baseContent, "[[sections]]")[0], path: "sections"},
		{kind: "document errorf: %q: expected one word with hyphens at its break points, such as \"Ma-lo-lep-szy\"", content: "hyphenation = [\"Ma lo\"]\n" + baseContent, path: "hyphenation[0]"},
		{kind: "typography errorf: %s", content: baseContent + "\n[typography]\nquote_style = \"english\"\n", path: "typography.quote_style"},
		{kind: "meta errorf: %q: only German is supported (de-DE, de-AT, de-CH)", content: inDocument("language = \"en\""), path: "document.language"},
		{kind: "eventDates errorf: %q %s", content: inDocument("time = \"31.02.2024, 10 Uhr\""), path: "document.time"},
		{kind: "eventDates errorf: %q starts on %s, but date is %s; write the days in date and date_end and only the time of day in time",
			content: inDocument("time = \"25.06.2024, 10 Uhr\""), path: "document.time"},
		{kind: "eventDates errorf: %q ends on %s, but date_end is %s", content: inDocument("date_end = 2024-06-28\ntime = \"26.–27.06.2024, 10 Uhr\""), path: "document.time"},
		{kind: "eventDates errorf: %s is before date %s", content: inDocument("date_end = 2024-06-20"), path: "document.date_end"},
		{kind: "sectionKind errorf: %s (expected one of %s)", content: with(`kind = "talk"`, `kind = "vortrag"`), path: "sections[0].kind"},
		{kind: "section errorf: items belong to a programme section (kind = \"programme\")",
			content: baseContent + "\n  [[sections.items]]\n  time = \"10:00\"\n  title = \"Start\"\n", path: "sections[0].items"},
		{kind: "people errorf: %s is entered twice in this section's %s (also at %s[%d]) and would be printed twice; delete one of the two [[sections.%s]] entries",
			content: baseContent + "\n  [[sections.speakers]]\n  name = \"Anna Muster\"\n\n  [[sections.speakers]]\n  name = \"Anna  Muster\"\n", path: "sections[0].speakers[1].name"},
		{kind: "uniqueNames errorf: %s is given twice in this item's speakers (also at speakers[%d]) and would be printed twice; delete one",
			content: with(`kind = "talk"`, `kind = "programme"`) + "\n  [[sections.items]]\n  time = \"09:30\"\n  title = \"Auftakt\"\n  speakers = [\"Anna Muster\", \"Ben Beispiel\", \"Anna Muster\"]\n",
			path:    "sections[0].items[0].speakers[2]"},
		{kind: "section errorf: a programme section needs its [[sections.items]] (time, title, speakers)", content: with(`kind = "talk"`, `kind = "programme"`), path: "sections[0]"},
		{kind: "programmeTime errorf: %q is not a time of day: expected \"09:30\", a range \"09:30–10:15\" or an open end \"ab 19:00\"",
			content: with(`kind = "talk"`, `kind = "programme"`) + "\n  [[sections.items]]\n  time = \"morgens\"\n  title = \"Start\"\n", path: "sections[0].items[0].time"},
		{kind: "programmeTime errorf: %q is a date, not a time of day: an item's time is \"09:30\" or a range \"09:30–10:15\", and its day goes in day, a TOML date without quotes (day = 2024-01-18; the items after it are on that day too)",
			content: with(`kind = "talk"`, `kind = "programme"`) + "\n  [[sections.items]]\n  time = \"18.01.2024\"\n  title = \"Start\"\n", path: "sections[0].items[0].time"},
		{kind: "checkProgrammeDays errorf: %s is before the day of the item before it (%s); list a programme's items day by day, in the order of the days",
			content: strings.Replace(with(`kind = "talk"`, `kind = "programme"`), "date = 2024-06-26\n", "date = 2024-06-26\ndate_end = 2024-06-27\n", 1) +
				"\n  [[sections.items]]\n  day = 2024-06-27\n  time = \"10:00\"\n  title = \"Start\"\n  [[sections.items]]\n  day = 2024-06-26\n  time = \"11:00\"\n  title = \"Mehr\"\n",
			path: "sections[0].items[1].day"},
		{kind: "checkProgrammeDays errorf: %s is not a day of the event (%s)",
			content: with(`kind = "talk"`, `kind = "programme"`) + "\n  [[sections.items]]\n  day = 2024-06-27\n  time = \"10:00\"\n  title = \"Start\"\n", path: "sections[0].items[0].day"},
		{kind: "programmeTime errorf: %q ends before it begins",
			content: with(`kind = "talk"`, `kind = "programme"`) + "\n  [[sections.items]]\n  time = \"11:00–10:00\"\n  title = \"Start\"\n", path: "sections[0].items[0].time"},
		{kind: "pictureWidth errorf: expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %s",
			content: image("photo.png") + "  width = \"breit\"\n", path: "sections[0].images[0].width"},
		{kind: "pictureWidth errorf: expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %q: write %q",
			content: image("photo.png") + "  width = \"halb\"\n", path: "sections[0].images[0].width"},
		{kind: "pictureWidth errorf: expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %q: a share of the measure is \"half\" or a length",
			content: image("photo.png") + "  width = \"50%\"\n", path: "sections[0].images[0].width"},
		{kind: "link errorf: %s", content: baseContent + "\n  [[sections.links]]\n  label = \"Netz\"\n  url = \"ftp://example.org/\"\n", path: "sections[0].links[0].url"},
		{kind: "link errorf: expected a single paragraph of lead-in text", content: baseContent + "\n  [[sections.links]]\n  text = \"\"\"\nEins.\n\nZwei.\n\"\"\"\n  url = \"https://example.org/\"\n", path: "sections[0].links[0].text"},
		{kind: "link errorf: needs a label or a text that says what the link is", content: baseContent + "\n  [[sections.links]]\n  url = \"https://example.org/\"\n", path: "sections[0].links[0]"},
		// Body text.
		{kind: "markdown errorAt: %s", content: body("Eins.\n\n# Titel"), path: "sections[0].body"},
		{kind: "markdown errorf: %s", content: with("body = \"\"\"\nEin Absatz.\n\"\"\"", `body = "# Titel"`), path: "sections[0].body"},
		{kind: "tooMuchMarkup markdownError: this paragraph has more than %d emphasis or link markers (* _ [ ]); split it or remove markup",
			content: body(strings.Repeat("*a* ", 20000)), path: "sections[0].body"},
		{kind: "unsupportedSyntax markdownError: Markdown tables are not supported; write the rows as a list", content: body("Eins.\n\n| a | b |\n|---|---|\n| 1 | 2 |"), path: "sections[0].body"},
		{kind: "unsupportedSyntax markdownError: footnotes (%s) are not supported; put the note in parentheses or in a sentence of its own", content: body("Eins[^1].\n\n[^1]: Zwei."), path: "sections[0].body"},
		{kind: "rawHTML fail: HTML is not supported in body text (%s); only <span lang=\"en\">…</span> marks a passage in another language, its language a BCP 47 tag such as en or en-GB",
			content: body(`Ein <span lang="en_US">Hi</span> Absatz.`), path: "sections[0].body"},
		{kind: "rawHTML fail: HTML is not supported in body text (%s); only <span lang=\"en\">…</span> marks a passage in another language", content: body("Ein <b>fetter</b> Absatz."), path: "sections[0].body"},
		{kind: "blocks fail: <span lang=\"%s\"> is not closed with </span> in this paragraph", content: body(`Ein <span lang="en">Hi Absatz.`), path: "sections[0].body"},
		{kind: "parseMarkdown markdownError: a sub-heading ends the text; it needs the text it heads after it", content: body("Eins.\n\n## Titel"), path: "sections[0].body"},
		{kind: "subheading fail: a sub-heading cannot stand inside a list or a quote; leave a blank line before the ### line", content: body("Eins.\n\n> ### Titel\n\nZwei."), path: "sections[0].body"},
		{kind: "subheading fail: a sub-heading without words; write its words after the ###", content: body("Eins.\n\n###\n\nZwei."), path: "sections[0].body"},
		{kind: "subheading fail: a heading with one # (or underlined with ===) is a section's title, which the section's title key gives; write ### for a sub-heading",
			content: body("Eins.\n\n# Titel\n\nZwei."), path: "sections[0].body"},
		{kind: "subheading fail: the brochure has one level of sub-heading (## or ###); %s would be a level below it, which it cannot show apart: write ### or a paragraph in bold",
			content: body("Eins.\n\n#### Gruppe 1\n\nZwei."), path: "sections[0].body"},
		{kind: "subheading fail: a heading cannot stand here; sub-headings (### …) belong in a section's body",
			content: baseContent + "\n  [[sections.quotes]]\n  text = \"\"\"\n### Titel\n\nZitat.\n\"\"\"\n", path: "sections[0].quotes[0].text"},
		{kind: "blocks fail: text indented by 4 or more spaces is a code block in Markdown; remove the indentation", content: body("Eins.\n\n    Zwei."), path: "sections[0].body"},
		{kind: "blocks fail: code blocks are not supported in body text", content: body("Eins.\n\n```\nZwei.\n```"), path: "sections[0].body"},
		{kind: "blocks fail: HTML is not supported in body text", content: body("Eins.\n\n<div>\nZwei.\n</div>"), path: "sections[0].body"},
		{kind: "blocks fail: horizontal rules (---, ***) are not supported in body text", content: body("Eins.\n\n***\n\nZwei."), path: "sections[0].body"},
		{kind: "blocks fail: unsupported Markdown block %s",
			unreachable: "the CommonMark parser, without extensions, makes only the blocks handled before it"},
		{kind: "inlines fail: link %s", content: body("Ein [Link](javascript:alert(1)) hier."), path: "sections[0].body"},
		{kind: "inlines fail: images are not supported in body text; use a photo field", content: body("Ein ![Bild](photo.png) hier."), path: "sections[0].body"},
		{kind: "inlines fail: unsupported Markdown element %s",
			unreachable: "the CommonMark parser, without extensions, makes only the inline elements handled before it"},
		// Pictures and logos.
		{kind: "image errorf: %v", content: image("../photo.png"), path: "sections[0].images[0].file"},
		{kind: "image errorf: %q: unsupported file type %q (expected %s)", content: image("photo.gif"), path: "sections[0].images[0].file"},
		{kind: "image fileErrorf: %v", content: image("fehlt.png"), path: "sections[0].images[0].file"},
		{kind: "image fileErrorf: %q %v", content: image("broken.png"), path: "sections[0].images[0].file"},
		{kind: "image errorf: %q: a PDF is accepted only for logos", content: image("logo.png"), path: "sections[0].images[0].file"},
		{kind: "coverImage errorf: expected a file name (cover_image = \"titelbild.jpg\") or a table [document.cover_image] with file, alt and credit, got %s",
			content: inDocument("cover_image = 5"), path: "document.cover_image"},
		{kind: "MissingAlt Msg: the cover picture %q has no alt text; the screen edition needs one: add alt = \"…\" saying what it shows",
			content: inDocument("\n[document.cover_image]\nfile = \"photo.png\""), path: "document.cover_image.alt", screen: true},
		{kind: "coverImage Msg: the cover picture %q has no alt text; the screen edition needs one: write it as [document.cover_image] with file = %q and alt = \"…\" saying what it shows",
			content: inDocument("cover_image = \"photo.png\""), path: "document.cover_image", screen: true},
		{kind: "MissingAlt Msg: the picture %q has no alt text; the screen edition needs one for every picture: add alt = \"…\" saying what it shows",
			content: strings.Replace(image("photo.png"), "  alt = \"Ein Bild\"\n", "", 1), path: "sections[0].images[0].alt", screen: true},
		// The theme file named by the content.
		{kind: "loadTheme errorf: %q: expected a .toml theme file", content: "theme = \"theme.txt\"\n" + baseContent, path: "theme"},
		{kind: "loadTheme fileErrorf: %v", content: "theme = \"fehlt.toml\"\n" + baseContent, path: "theme"},
		// The theme.
		{kind: "checkFacingMargins errorf: %s cannot be given with page.%s: inner and outer margins are mirrored on facing pages and replace left and right (remove %s)",
			theme: "[page]\nmargin_inner = \"20mm\"\nmargin_outer = \"20mm\"\nmargin_left = \"20mm\"\n", path: "page.margin_left"},
		{kind: "checkFacingMargins errorf: %s needs page.%s too: give both inner and outer margins (or margin_left and margin_right)", theme: "[page]\nmargin_inner = \"20mm\"\n", path: "page.margin_inner"},
		{kind: "readKey errorf: %s", theme: "[page]\nempty_pages = \"leer\"\n", path: "page.empty_pages"},
		{kind: "checkContrast Diagnostic: <msg>", theme: "[colours]\naccent = { cmyk = [0, 40, 30, 0], rgb = \"#F0A0A8\" }\n", path: "colours.accent", screen: true},
		{kind: "page errorf: the type area is %.0f pt wide; margins leave too little room (at least 100 pt)", theme: "[page]\nmargin_left = \"100mm\"\nmargin_right = \"100mm\"\n", path: "page"},
		{kind: "page errorf: %d columns with a gap of %.1f mm leave %.1f mm a column; at least 60 mm are needed", theme: "[page]\ncolumns = 2\ncolumn_gap = \"80mm\"\n", path: "page.column_gap"},
		{kind: "page errorf: the type area is %.0f pt high; margins leave too little room (at least 200 pt)", theme: "[page]\nmargin_top = \"140mm\"\nmargin_bottom = \"140mm\"\n", path: "page"},
		{kind: "page errorf: the page with its bleed is larger than the 5.08 m (14,400 pt) PDF allows",
			unreachable: "page.width and page.height are at most 1000 mm and page.bleed at most 20 mm, 2948 pt in all"},
		{kind: "theme errorf: the cover field (%.0f mm) leaves no room below it on a %.0f mm page", theme: "[cover]\nfield_height = \"297mm\"\n", path: "cover.field_height"},
		{kind: "checkSpacing errorf: a list indent of %.1f mm leaves too little of the %.1f mm column for the items", theme: "[page]\ncolumns = 2\n[spacing]\nlist_indent = \"45mm\"\n", path: "spacing.list_indent"},
		{kind: "checkSpacing errorf: portraits %.1f mm wide take more than half of the %.1f mm column", theme: "[page]\ncolumns = 2\n[spacing]\nphoto_width = \"60mm\"\n", path: "spacing.photo_width"},
		{kind: "checkSpacing errorf: QR modules of %.2f mm are too small to scan reliably; use at least 0.4mm", theme: "[spacing]\nqr_module = \"0.2mm\"\n", path: "spacing.qr_module"},
		{kind: "fontFamily errorf: expected a table with builtin = \"serif\" or regular/bold/italic/bold_italic files, got %s", theme: "[fonts]\ntext = \"serif\"\n", path: "fonts.text"},
		{kind: "fontFamily errorf: give either builtin or font files, not both", theme: font("builtin = \"serif\"\n"), path: "fonts.text"},
		{kind: "fontFamily errorf: %s", theme: "[fonts.text]\nbuiltin = \"comic\"\n", path: "fonts.text.builtin"},
		{kind: "fontFamily errorf: needs all four faces: regular, bold, italic and bold_italic (TrueType .ttf files)", theme: "[fonts.text]\nregular = \"" + fontFile + "\"\n", path: "fonts.text"},
		{kind: "colour errorf: expected { cmyk = [C, M, Y, K], rgb = \"#RRGGBB\" }, got %s", theme: "[colours]\naccent = \"blau\"\n", path: "colours.accent"},
		{kind: "colour errorf: expected four percentages [C, M, Y, K], got %d values", theme: "[colours.accent]\ncmyk = [1, 2, 3]\nrgb = \"#004B87\"\n", path: "colours.accent.cmyk"},
		{kind: "colour errorf: expected whole percentages from 0 to 100, got %v", theme: "[colours.accent]\ncmyk = [1, 2, 3, 400]\nrgb = \"#004B87\"\n", path: "colours.accent.cmyk"},
		{kind: "colour errorf: required: the process colour for print, e.g. [100, 70, 10, 10]", theme: "[colours.neu]\nrgb = \"#004B87\"\n", path: "colours.neu.cmyk"},
		{kind: "colour errorf: required: the colour on screen, e.g. \"#004B87\"", theme: "[colours.accent]\ncmyk = [1, 2, 3, 4]\n", path: "colours.accent.rgb"},
		{kind: "colour errorf: expected [C, M, Y, K], got %s", theme: "[colours.accent]\ncmyk = \"blau\"\nrgb = \"#004B87\"\n", path: "colours.accent.cmyk"},
		{kind: "colour errorf: expected the screen colour as \"#RRGGBB\", got %v", theme: "[colours.accent]\ncmyk = [1, 2, 3, 4]\nrgb = \"blau\"\n", path: "colours.accent.rgb"},
		{kind: "colour errorf: %q is not a hex colour such as \"#004B87\"", theme: "[colours.accent]\ncmyk = [1, 2, 3, 4]\nrgb = \"#00GG87\"\n", path: "colours.accent.rgb"},
		{kind: "readKey errorf: no %s %q in [%s] (have %s)", theme: "[roles.body]\nfont = \"fehlt\"\n", path: "roles.body.font"},
		{kind: "role errorf: %.1f pt leading for %.1f pt type would make lines collide", theme: "[roles.body]\nsize = \"20pt\"\nleading = \"10pt\"\n", path: "roles.body.leading"},
		{kind: "length errorf: required (a length such as \"12mm\" or \"10.5pt\")", theme: "[page]\n", path: "page.width",
			direct: func(d *decoder) { d.length("page", map[string]any{}, "width", 0, 1) }},
		{kind: "length errorf: expected a length with its unit such as \"12mm\" or \"10.5pt\", got %s", theme: "[page]\nwidth = true\n", path: "page.width"},
		{kind: "length errorf: %q is not a length: a decimal is written with a point, %q", theme: "[roles.body]\nsize = \"11,5pt\"\n", path: "roles.body.size"},
		{kind: "tables errorf: each entry of %s is a table of its own: write [[%s]] with %s = %q for the first, and so on; got a list of texts",
			content: inSection(`speakers = ["Dr. Amadou Diallo", "Marija Kovačević"]`), path: "sections[0].speakers"},
		{kind: "length errorf: %s is out of range: expected %s to %s", theme: "[page]\nwidth = \"10mm\"\n", path: "page.width"},
		{kind: "length errorf: %q is not a length: expected a number and a unit (mm, cm, pt, in), such as \"12mm\"", theme: "[page]\nwidth = \"breit\"\n", path: "page.width"},
		{kind: "integer errorf: required (a whole number from %d to %d)", theme: "[page]\n", path: "page.columns",
			direct: func(d *decoder) { d.integer("page", map[string]any{}, "columns", 1, 2) }},
		{kind: "integer errorf: expected a whole number from %d to %d, got %v", theme: "[page]\ncolumns = 7\n", path: "page.columns"},
		{kind: "integer errorf: expected a whole number from %d to %d without quotes (%s = %s), got the text %q", theme: "[page]\ncolumns = \"2\"\n", path: "page.columns"},
		{kind: "checkFontFiles fileErrorf: %v", theme: strings.ReplaceAll(font(""), fontFile, "fehlt.ttf"), path: "fonts.text.bold"},
		{kind: "checkFontFiles fileErrorf: %q %s", theme: strings.ReplaceAll(font(""), fontFile, "photo.png"), path: "fonts.text.bold"},
		{kind: "checkFontFiles fileErrorf: %q cannot be used: %s", theme: strings.ReplaceAll(font(""), fontFile, "fonts/cut.ttf"), path: "fonts.text.bold"},
		{kind: "readKeys errorf: theme schema: %v",
			unreachable: "a mistake in the schema's own declarations, which TestThemeSchema finds before any theme is read"},
		{kind: "protrusionFactors errorf: %q: expected a single character", theme: "[protrusion.right]\n\"ab\" = 500\n", path: "protrusion.right.ab"},
		{kind: "protrusionFactors errorf: expected a whole number from 0 to 1000 (thousandths of the character's width), got %v", theme: "[protrusion.right]\n\".\" = 5000\n", path: "protrusion.right.."},
	}
}

// TestEveryDiagnosticKind provokes every kind of diagnostic the content
// and theme readers can produce — the table has a row for each kind
// diagnosticKinds finds in the source, so a new kind without a row fails
// here — and checks its shape: the file, the line and column, and the key
// path (a problem of the whole file names only the file; a TOML syntax
// error its line and column), then a one-line message of that kind.
func TestEveryDiagnosticKind(t *testing.T) {
	kinds := diagnosticKinds(t)
	rows := diagnosticRows()
	covered := map[string]bool{}
	for _, r := range rows {
		if kinds[r.kind] == "" {
			t.Errorf("a row for %q, which the source does not make", r.kind)
		}
		if covered[r.kind] {
			t.Errorf("two rows for %q", r.kind)
		}
		covered[r.kind] = true
	}
	for kind, at := range kinds {
		if !covered[kind] {
			t.Errorf("%s: the diagnostic %q has no row in diagnosticRows", at, kind)
		}
	}
	for _, r := range rows {
		t.Run(shortKind(r.kind), func(t *testing.T) {
			t.Parallel()
			checkDiagnosticRow(t, r)
		})
	}
}

// shortKind names a row's subtest.
func shortKind(kind string) string {
	if r := []rune(kind); len(r) > 60 {
		return string(r[:60])
	}
	return kind
}

// checkDiagnosticRow reads the row's files and checks the diagnostic.
func checkDiagnosticRow(t *testing.T, r diagnosticRow) {
	dir := t.TempDir()
	writeDiagnosticAssets(t, dir)
	contentPath, themePath := filepath.Join(dir, "content.toml"), filepath.Join(dir, "theme.toml")
	src := r.content
	if src == "" {
		src = "theme = \"theme.toml\"\n" + baseContent
	}
	if src != "<missing>" {
		writeTestFile(t, contentPath, src)
	}
	if r.theme != "" {
		writeTestFile(t, themePath, r.theme)
	}
	var err error
	switch {
	case r.unreachable != "":
		t.Skipf("no input reaches it: %s", r.unreachable)
	case r.direct != nil:
		d := &decoder{file: themePath, keys: locateKeys(r.theme)}
		r.direct(d)
		err = d.diags
	default:
		var doc *Document
		doc, err = Load(contentPath, Options{})
		if r.screen && err == nil {
			refused := doc.MissingAlt()
			if doc.Theme != nil {
				refused = append(refused, doc.Theme.Contrast...)
			}
			err = refused
		}
	}
	ds, ok := err.(Diagnostics)
	if !ok || len(ds) == 0 {
		t.Fatalf("no diagnostics (error %v)", err)
	}
	file := contentPath
	if r.theme != "" && r.path != "theme" {
		file = themePath
	}
	msg := formatPattern(r.kind[strings.Index(r.kind, ": ")+2:])
	for _, d := range ds {
		if !msg.MatchString(d.Msg) || d.Path != r.path && !r.syntax {
			continue
		}
		if strings.Contains(d.String(), "\n") {
			t.Errorf("a message of more than one line: %q", d)
		}
		switch {
		case d.File != file:
			t.Errorf("names the file %s, want %s: %s", d.File, file, d)
		case r.whole:
		case d.Pos.Line < 1 || d.Pos.Col < 1:
			t.Errorf("no line and column: %s", d)
		case !r.syntax && d.Path == "":
			t.Errorf("no key path: %s", d)
		}
		return
	}
	t.Errorf("no diagnostic of this kind at %q among:\n%v", r.path, ds)
}

// formatPattern matches what a format string prints: its verbs match
// anything, the rest itself.
func formatPattern(format string) *regexp.Regexp {
	format = strings.TrimSuffix(format, "+…")
	if strings.HasPrefix(format, "<") || strings.HasSuffix(format, "()") {
		return regexp.MustCompile("")
	}
	parts := verb.Split(format, -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile("^" + strings.Join(parts, "(?s:.*)"))
}

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)

func writeTestFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeDiagnosticAssets writes the files rows refer to: a photo, a broken
// photo, a PDF, a TrueType font and a font cut short.
func writeDiagnosticAssets(t *testing.T, dir string) {
	var photo bytes.Buffer
	if err := png.Encode(&photo, image.NewGray(image.Rect(0, 0, 10, 10))); err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(dir, "photo.png"), photo.String())
	writeTestFile(t, filepath.Join(dir, "photo.gif"), "GIF89a")
	writeTestFile(t, filepath.Join(dir, "broken.png"), "\x89PNG\r\n\x1a\nkaputt")
	writeTestFile(t, filepath.Join(dir, "logo.png"), logoPDF)
	writeTestFile(t, filepath.Join(dir, "theme.txt"), "")
	writeTestFile(t, filepath.Join(dir, fontFile), string(liberationmonoregular.TTF))
	writeTestFile(t, filepath.Join(dir, "fonts/cut.ttf"), string(liberationmonoregular.TTF[:4000]))
}
