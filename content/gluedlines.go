package content

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// gluedLines finds the line-ending backslashes of the content's
// multi-line texts (""") that glue two words: TOML removes such a
// backslash with the line break and the spaces after it, so
// „38 Menschen.\“ followed by „Einige …“ reads „38 Menschen.Einige …“ — an
// organiser writing Markdown meant a line break. A backslash after a
// space (the line's words joined with a space, a long line wrapped) or
// right after the opening """ joins nothing and is left alone. Each is
// one diagnostic at the backslash, under the text's key.
func gluedLines(file, src string) Diagnostics {
	if !strings.Contains(src, "\\\n") && !strings.Contains(src, "\\\r\n") && !strings.Contains(src, "\\ ") && !strings.Contains(src, "\\\t") {
		return nil
	}
	lines := strings.Split(src, "\n")
	var out Diagnostics
	var keys *keyLocator
	for _, text := range multiLineTexts(lines, `"""`) {
		for i := text.open.Line - 1; i+1 < len(lines) && (text.closeLine == 0 || i < text.closeLine-1); i++ {
			col, before, ok := lineEndingBackslash(lines[i], i == text.open.Line-1, text.open.Col)
			if !ok {
				continue
			}
			after, ok := nextWords(lines[i+1:])
			if !ok {
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
