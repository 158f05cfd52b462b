package content

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// gluedLines finds the line-ending backslashes of the content's
// multi-line texts (""") that glue two words: TOML removes such a
// backslash with the line break and the spaces after it, so
// „38 Menschen.\“ followed by „Einige …“ reads „38 Menschen.Einige …“ — an
// organiser writing Markdown meant a line break. A backslash after a
// space (the line's words joined with a space, a long line wrapped), right
// after the opening """, or joining the parts of a web or e-mail address
// (a long address wrapped on purpose) is left alone, and so are comments
// and literal texts (three single quotes). Each is one diagnostic at the backslash, under
// the text's key.
func gluedLines(file, src string) Diagnostics {
	if !strings.Contains(src, "\\\n") && !strings.Contains(src, "\\\r\n") && !strings.Contains(src, "\\ ") && !strings.Contains(src, "\\\t") {
		return nil
	}
	lines := strings.Split(src, "\n")
	var out Diagnostics
	var keys *keyLocator
	for _, text := range basicTexts(lines) {
		for i := text.open.Line - 1; i < text.last; i++ {
			col, before, ok := lineEndingBackslash(lines[i], i == text.open.Line-1, text.open.Col)
			if !ok {
				continue
			}
			after, ok := nextWords(lines[i+1:])
			if !ok || wrappedAddress(before, after) {
				continue
			}
			if keys == nil {
				keys = locateKeyNames(src)
			}
			out = append(out, Diagnostic{File: file, Pos: Position{Line: i + 1, Col: col}, Path: keys.keyOn(text.open.Line),
				Msg: fmt.Sprintf("a backslash at the end of a line joins it with the next without a space (TOML's rule): „%s%s“; to keep the line break, leave the backslash out (a paragraph of short lines, or of a sentence a line, keeps its lines; two spaces at a line's end break it too); to join the lines, put a space before the backslash", before, after)})
		}
	}
	return out
}

// basicText is a multi-line basic text ("""): where its opening
// delimiter stands, and the index (from 0) of its last line, which
// closes it (or the file's last line where it is never closed).
type basicText struct {
	open Position
	last int
}

// basicTexts lists the multi-line basic texts of lines in order, reading
// them as TOML does: a line outside a text that begins with # is a
// comment, and a literal text (three single quotes) is skipped whole, so a """ in either
// opens nothing.
func basicTexts(lines []string) []basicText {
	var texts []basicText
	inside := "" // the delimiter of the text the line is in
	for i, line := range lines {
		col := 0
		for {
			if inside == "" {
				k, delim := firstDelimiter(line[col:])
				if k < 0 || commentBefore(line[col:], k) {
					break
				}
				col += k + len(delim)
				inside = delim
				if delim == `"""` {
					texts = append(texts, basicText{open: Position{Line: i + 1, Col: col - len(delim) + 1}, last: len(lines) - 1})
				}
				continue
			}
			k := strings.Index(line[col:], inside)
			if k < 0 {
				break
			}
			if inside == `"""` {
				texts[len(texts)-1].last = i
			}
			col += k + len(inside)
			inside = ""
		}
	}
	return texts
}

// commentBefore reports whether a # outside a one-line string (in double
// or single quotes) begins a comment in s before byte k: what follows it
// is no TOML.
func commentBefore(s string, k int) bool {
	quote := byte(0)
	for i := 0; i < k; i++ {
		switch c := s[i]; {
		case quote == '"' && c == '\\':
			i++ // an escaped character
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			return true
		}
	}
	return false
}

// firstDelimiter is the first """ or three single quotes in s and where
// it begins, or -1.
func firstDelimiter(s string) (int, string) {
	b, l := strings.Index(s, `"""`), strings.Index(s, `'''`)
	switch {
	case b < 0 && l < 0:
		return -1, ""
	case l < 0 || b >= 0 && b < l:
		return b, `"""`
	}
	return l, `'''`
}

// wrappedAddress reports whether a backslash joins the two parts of a
// web or e-mail address wrapped on purpose („https://…/projekte/“ and
// „integration/…“): the joined word is an address and does not end one
// sentence before a capital begins the next („info@verein.de.“ then
// „Wir …“ is an address at a sentence's end, glued to the next).
func wrappedAddress(before, after string) bool {
	if last, _ := utf8.DecodeLastRuneInString(before); strings.ContainsRune(".!?:", last) {
		if first, _ := utf8.DecodeRuneInString(after); unicode.IsUpper(first) {
			return false
		}
	}
	w := before + after
	start, end := trimAddress(w, 0, len(w))
	return addressLink(w[start:end]) != "" // as a bare address in the text is known (bareaddress.go)
}

// lineEndingBackslash reports whether line ends (but for spaces) in an
// unescaped backslash that glues: not after a space, and, on the text's
// first line (first), not right after the opening """ at column openCol.
// col is the backslash's column (from 1, in bytes, as the decoder's
// positions are), before the word it ends.
func lineEndingBackslash(line string, first bool, openCol int) (col int, before string, ok bool) {
	t := strings.TrimRight(line, " \t\r")
	n := len(t) - len(strings.TrimRight(t, `\`))
	if n%2 == 0 {
		return 0, "", false
	}
	rest := t[:len(t)-1]
	if first && len(rest) <= openCol+2 {
		return 0, "", false // """\ : the text begins on the next line
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	if r == utf8.RuneError || r == ' ' || r == '\t' {
		return 0, "", false
	}
	fields := strings.Fields(rest)
	return len(t), fields[len(fields)-1], true
}

// nextWords is the first word of the first line of lines that is not
// blank (TOML's backslash removes the blank ones too); ok is false where
// that line closes the text first.
func nextWords(lines []string) (string, bool) {
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, `"""`) {
			return "", false
		}
		return strings.Fields(t)[0], true
	}
	return "", false
}
