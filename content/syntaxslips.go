package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// More slips of a content file's TOML whose parser message points at the
// wrong place or speaks the parser's words (explainSyntax tries each).

// runawayTextHint: a multi-line text whose closing """ was mistyped (""
// or a stray quote) runs on until the next """ — the opening of the next
// text — and the parser stumbles on the line after that, far below the
// slip. When the text it read holds lines that look like TOML (a
// [[…]] header or a key = value), the slip is answered at the mistyped
// end, or else at the text's opening.
func runawayTextHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	lines := strings.Split(src, "\n")
	open, closeLine := textClosedBefore(lines, d.Pos.Line)
	if open.Line == 0 || closeLine-1 <= open.Line || !looksLikeTOML(lines[open.Line:closeLine-1]) {
		return d, false // no text, or one on a single line: nothing ran on
	}
	d.Path = locateKeyNames(src).keyOn(open.Line)
	for i := open.Line; i < closeLine-1; i++ {
		if t := strings.TrimSpace(lines[i]); t == `""` || t == `"` || t == `""""` {
			d.Pos = Position{Line: i + 1, Col: strings.Index(lines[i], `"`) + 1}
			d.Msg = fmt.Sprintf(`the text begun with """ on line %d is not closed here: %s has %d quotes; end the text with three, """`, open.Line, t, len(t))
			return d, true
		}
	}
	d.Pos = open
	d.Msg = fmt.Sprintf(`the text begun with """ here runs on to line %d, over lines that are keys or [[…]] headers: end it with """ after its last line`, closeLine)
	return d, true
}

// textClosedBefore finds the multi-line text (""") whose closing
// delimiter stands on the line before errLine or on errLine itself: the
// position of its opening and the line (from 1) of its close, or a zero
// Position when none does.
func textClosedBefore(lines []string, errLine int) (Position, int) {
	for _, t := range multiLineTexts(lines[:min(errLine, len(lines))], `"""`) {
		if t.closeLine > 0 && t.closeLine >= errLine-1 {
			return t.open, t.closeLine
		}
	}
	return Position{}, 0
}

// looksLikeTOML reports whether any of lines is a table header or a key
// assignment, which a text rarely holds.
func looksLikeTOML(lines []string) bool {
	for _, l := range lines {
		if headerLine().MatchString(l) || keyOnLine().MatchString(l) {
			return true
		}
	}
	return false
}

// headerLine is a line that is a table header and nothing else ([name],
// [[name]], a comment after it): not a Markdown link, [Anmeldung](…).
var headerLine = lazyRegexp(`^\s*\[\[?\s*[A-Za-z0-9_.-]+\s*\]\]?\s*(#.*)?$`)

// colonForEqualsHint: `venue: "…"`, a key joined to its value by a colon.
func colonForEqualsHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	if !strings.Contains(msg, "but got ':'") {
		return d, false
	}
	key, value, ok := strings.Cut(strings.TrimSpace(line), ":")
	value = strings.TrimSpace(value)
	if !ok || key == "" || strings.ContainsAny(key, " =") || strings.HasPrefix(value, "//") {
		return d, false // not a key: an address's scheme (https://…)
	}
	if !tomlValue().MatchString(value) {
		value = strconv.Quote(value) // a text is written in quotes
	}
	d.Msg = fmt.Sprintf("a key and its value are joined by an equals sign: write %s = %s", key, value)
	return d, true
}

// tomlValue is a value written as TOML writes one without quotes or in
// them: a text in quotes, a list, a table, a number, a date, true, false.
var tomlValue = lazyRegexp(`^(["'\[{]|[+-]?\d+(\.\d+)?$|\d{4}-\d{2}-\d{2}|true$|false$)`)

// unclosedQuoteHint: a text in quotes whose closing quote is missing.
func unclosedQuoteHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	if !strings.HasPrefix(msg, "strings cannot contain newlines") {
		return d, false
	}
	d.Msg = `the text in quotes is not closed on its line: end it with " before the line ends (a text of several lines is enclosed in """ … """)`
	return d, true
}

// impossibleDateHint: a date the calendar does not have (2025-02-30).
func impossibleDateHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	rest, ok := strings.CutPrefix(msg, "invalid datetime: ")
	if !ok {
		return d, false
	}
	text, err := strconv.Unquote(strings.TrimSpace(rest))
	if err != nil {
		return d, false
	}
	parts := strings.SplitN(text, "-", 3)
	if len(parts) != 3 {
		return d, false
	}
	year, errY := strconv.Atoi(parts[0])
	month, errM := strconv.Atoi(parts[1])
	day, errD := strconv.Atoi(parts[2])
	if errY != nil || errM != nil {
		return d, false
	}
	if errD != nil {
		d.Msg = fmt.Sprintf("%s is not a date: a date is written year-month-day without a time (2025-02-28); the time of day goes in time", text)
		return d, true
	}
	if month < 1 || month > 12 {
		d.Msg = fmt.Sprintf("%s is not a date: there is no month %d (dates are written year-month-day)", text, month)
		return d, true
	}
	days := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day >= 1 && day <= days {
		return d, false
	}
	d.Msg = fmt.Sprintf("%s is not a date: %s %d has the days 1 to %d (dates are written year-month-day)", text, time.Month(month), year, days)
	return d, true
}

// repeatedKeyHint: a key written twice in one table or entry (two url
// lines under one [[sections.links]]).
func repeatedKeyHint(d Diagnostic, src, line, msg string) (Diagnostic, bool) {
	m := redefinedKey().FindStringSubmatch(msg)
	k := keyOnLine().FindStringSubmatch(line)
	if m == nil || k == nil {
		return d, false
	}
	name := m[1][strings.LastIndexByte(m[1], '.')+1:]
	if strings.TrimSpace(k[1]) != name {
		return d, false
	}
	if d.Path = locateKeyNames(src).keyOn(d.Pos.Line); d.Path == "" {
		d.Path = m[1]
	}
	list, entry := listOfTables(parentPath(m[1]))
	if entry {
		d.Msg = fmt.Sprintf("%s is written twice in this entry: each [[%s]] takes one %s; for another, begin a new entry with a line [[%s]]", name, list, name, list)
	} else {
		d.Msg = fmt.Sprintf("%s is written twice here: keep one of the two lines", name)
	}
	return d, true
}
