package content

import (
	"fmt"
	"strings"
)

// The common slips in a content file whose TOML parser message does not
// say what to write instead.
var (
	// keyOnLine is a line that assigns a key: `  date = …`.
	keyOnLine = lazyRegexp(`^\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=\s*(.*)$`)
	// germanDate is a date written day.month.year.
	germanDate = lazyRegexp(`^(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	// shortDate is a date with a one-digit month or day.
	shortDate = lazyRegexp(`^(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	// bareTime is a time of day written without quotes: 8:30, 14:00-15:30.
	bareTime = lazyRegexp(`^\d{1,2}:\d{2}\S*`)
	// singleTable is a table header with one pair of brackets.
	singleTable = lazyRegexp(`^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]`)
	// redefinedKey is the parser's message about a key defined twice.
	redefinedKey = lazyRegexp(`^Key '([A-Za-z0-9_.-]+)' (?:has already been defined|was already created)`)
)

// explainSyntax turns the TOML parser's message about line into the
// content's terms: it names the key the line assigns, and for the common
// slips says what to write instead. msg is the parser's message.
func explainSyntax(d Diagnostic, src, msg string) Diagnostic {
	line := sourceLine(src, d.Pos.Line)
	// A slip in a value (after the line's "=") is the key's.
	if m := keyOnLine().FindStringSubmatch(line); m != nil && d.Pos.Col > strings.IndexByte(line, '=')+1 {
		d.Path = locateKeyNames(src).keyOn(d.Pos.Line)
		if hint := valueHint(strings.TrimSpace(m[2])); hint != "" {
			d.Msg = hint
			return d
		}
	}
	for _, hint := range []syntaxHint{invisibleSpaceHint, straightQuoteHint, redefinedTableHint, unclosedTextHint, runawayTextHint,
		colonForEqualsHint, unclosedQuoteHint, impossibleDateHint, repeatedKeyHint} {
		if h, ok := hint(d, src, line, msg); ok {
			return h
		}
	}
	d.Msg = "TOML syntax: " + msg
	return d
}

// A syntaxHint explains one slip: given the parser's diagnostic at line
// of src and its message, the diagnostic in the content's terms, or false
// when the slip is not its kind.
type syntaxHint func(d Diagnostic, src, line, msg string) (Diagnostic, bool)

// invisibleSpaces are the characters that look like a space, or like
// nothing, and that TOML does not take for one between a key, its equals
// sign and its value: a word processor or a copy from a web page leaves
// them.
var invisibleSpaces = map[rune]string{
	'\u00A0': "no-break space (U+00A0)", '\u202F': "narrow no-break space (U+202F)",
	'\u2007': "figure space (U+2007)", '\u2009': "thin space (U+2009)", '\u3000': "wide space (U+3000)",
	'\u200B': "zero-width space (U+200B)", '\u2060': "word joiner (U+2060)", '\uFEFF': "zero-width no-break space (U+FEFF)",
}

// invisibleSpaceHint: an invisible no-break space (or a space of another
// kind) where TOML expects a plain one, between a key and its equals sign
// or at the line's start, where the parser names only its code.
func invisibleSpaceHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	if !strings.Contains(msg, "but got '") {
		return d, false
	}
	for col, r := range []rune(line) {
		name, ok := invisibleSpaces[r]
		if !ok {
			continue
		}
		if q := strings.IndexAny(line, `"'`); q >= 0 && q < len(string([]rune(line)[:col])) {
			return d, false // inside a text in quotes, where it is allowed
		}
		d.Pos.Col = col + 1
		before := strings.TrimSpace(string([]rune(line)[:col]))
		where := "at the line's start"
		if before != "" {
			where = "after " + before
		}
		d.Msg = fmt.Sprintf("an invisible %s stands here, %s: replace it with a normal space (or delete it)", name, where)
		return d, true
	}
	return d, false
}

// straightQuoteHint: a straight quote inside a text in quotes ends it
// early.
func straightQuoteHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	m := keyOnLine().FindStringSubmatch(line)
	if m == nil || d.Pos.Col <= strings.IndexByte(line, '=')+1 {
		return d, false
	}
	value := strings.TrimSpace(m[2])
	if strings.Count(m[2], `"`) > 2 && strings.HasPrefix(value, `"`) && !strings.HasPrefix(value, `"""`) {
		d.Msg = `a straight quote " ends the text early; inside the text write „…“ (German quotes) or \", or enclose the whole text in ''' '''`
		return d, true
	}
	return d, false
}

// redefinedTableHint: a list of tables written with one pair of
// brackets, or a part of a list's entry written above its first entry.
func redefinedTableHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	m := redefinedKey().FindStringSubmatch(msg)
	if m == nil {
		return d, false
	}
	list, known := listOfTables(m[1])
	if at := singleTableLine(src, m[1]); at > 0 && (known || strings.Contains(src, "[["+m[1]+"]]")) {
		d.Pos, d.Path = Position{Line: at, Col: 1}, m[1]
		d.Msg = fmt.Sprintf("[%s] with one pair of brackets is a single table; every entry of a list is written [[%s]] (two brackets)", m[1], list)
		return d, true
	}
	if at, part := partBeforeList(src, m[1]); at > 0 {
		d.Pos, d.Path = Position{Line: at, Col: 1}, part
		d.Msg = fmt.Sprintf("[[%s]] comes before the first [[%s]]: it belongs to one of them, so move it below the [[%s]] line (with its kind, title and body) of the entry it is part of", part, m[1], m[1])
		return d, true
	}
	return d, false
}

// unclosedTextHint: a multi-line text never closed, answered at its
// opening rather than at the end of the file.
func unclosedTextHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	delim, ok := strings.CutPrefix(msg, "unexpected EOF; expected ")
	if !ok {
		return d, false
	}
	if len(delim) > 2 && delim[0] == delim[len(delim)-1] {
		delim = delim[1 : len(delim)-1] // '"""' or "'''"
	}
	if pos := unclosedText(src, delim); pos.Line > 0 {
		d.Pos, d.Path = pos, locateKeyNames(src).keyOn(pos.Line)
		d.Msg = fmt.Sprintf("the text begun with %s here is never closed: end it with %s after its last line, before the next key or [[…]] line", delim, delim)
		return d, true
	}
	return d, false
}

// tableHeader is a table header line: [name] or [[name]].
var tableHeader = lazyRegexp(`^\s*\[\[?\s*([A-Za-z0-9_.-]+)\s*\]\]?`)

// partBeforeList finds a part of a list's entries written before the
// list's first entry ([[sections.images]] above the first [[sections]]):
// the line (from 1) of its header and its name, or 0.
func partBeforeList(src, list string) (int, string) {
	for i, line := range strings.Split(src, "\n") {
		m := tableHeader().FindStringSubmatch(line)
		switch {
		case m == nil:
		case m[1] == list:
			return 0, ""
		case strings.HasPrefix(m[1], list+"."):
			return i + 1, m[1]
		}
	}
	return 0, ""
}

// unclosedText is where the multi-line text left open at the end of src
// begins: the position of its opening delimiter (three double or three
// single quotes), or the zero Position when every one is closed.
func unclosedText(src, delim string) Position {
	if delim != `"""` && delim != "'''" {
		return Position{}
	}
	texts := multiLineTexts(strings.Split(src, "\n"), delim)
	if n := len(texts); n > 0 && texts[n-1].closeLine == 0 {
		return texts[n-1].open
	}
	return Position{}
}

// multiLineText is a text between two delimiters (three double or three
// single quotes): the position of its opening one, and the line (from
// 1) of its closing one, 0 while it is open.
type multiLineText struct {
	open      Position
	closeLine int
}

// multiLineTexts lists the texts lines hold between delim pairs, in
// order, the last one left open when a delimiter has no partner.
func multiLineTexts(lines []string, delim string) []multiLineText {
	var texts []multiLineText
	opened := false
	for i, line := range lines {
		for col := 0; ; {
			k := strings.Index(line[col:], delim)
			if k < 0 {
				break
			}
			col += k
			if opened {
				texts[len(texts)-1].closeLine = i + 1
			} else {
				texts = append(texts, multiLineText{open: Position{Line: i + 1, Col: col + 1}})
			}
			opened = !opened
			col += len(delim)
		}
	}
	return texts
}

// valueHint says how to write a date or time the parser did not read, or
// "".
func valueHint(value string) string {
	if m := germanDate().FindStringSubmatch(value); m != nil {
		return fmt.Sprintf("dates are written year-month-day: %s-%02s-%02s, not %s", m[3], m[2], m[1], m[0])
	}
	if written, _, _ := strings.Cut(value, "#"); strings.TrimSpace(written) != "" {
		if t, ok := readGermanDate(written); ok {
			return fmt.Sprintf("dates are written year-month-day: %s, not %s", t.Format("2006-01-02"), strings.TrimSpace(written))
		}
	}
	if m := shortDate().FindStringSubmatch(value); m != nil && (len(m[2]) == 1 || len(m[3]) == 1) {
		return fmt.Sprintf("months and days take two digits: %s-%02s-%02s, not %s", m[1], m[2], m[3], m[0])
	}
	if t := bareTime().FindString(value); t != "" {
		return fmt.Sprintf("a time is text, written in quotes: %q, not %s", t, t)
	}
	return ""
}

// listsOfTables are the content's lists of tables, each entry written
// [[name]].
var listsOfTables = []string{"sections", "sections.speakers", "sections.moderation", "sections.items",
	"sections.quotes", "sections.presentations", "sections.links", "sections.images", "funding.funders"}

// listOfTables is the list of tables name means: itself, or the list one
// letter s longer ([section] for [[sections]]); known is false for
// neither.
func listOfTables(name string) (list string, known bool) {
	for _, l := range listsOfTables {
		if l == name || l == name+"s" {
			return l, true
		}
	}
	return name, false
}

// singleTableLine is the line (from 1) of the header [name] with one
// pair of brackets, or 0.
func singleTableLine(src, name string) int {
	for i, line := range strings.Split(src, "\n") {
		if m := singleTable().FindStringSubmatch(line); m != nil && m[1] == name {
			return i + 1
		}
	}
	return 0
}

// sourceLine is the line-th line of src (from 1), or "".
func sourceLine(src string, line int) string {
	if line < 1 {
		return ""
	}
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}

// keyOn is the indexed path of the key written on line (from 1), such as
// document.date, or "".
func (kl *keyLocator) keyOn(line int) string {
	found := ""
	for k, path := range kl.names {
		if kl.pos[k].Line == line && len(path) > len(found) {
			found = path
		}
	}
	return found
}
