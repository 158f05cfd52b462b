package main

import (
	"bufio"
	"fmt"
	"io"
	"unicode"

	"brochure/content"
	"brochure/layout/german"
)

const hyphenateHelp = `Usage: brochure hyphenate [flags] WORD...

Prints each word with '-' at every place where the brochure may break it
(and '|' where it may break without adding a hyphen: after a hyphen the
word already has, after a slash, inside a web address). Without words, it
reads them from standard input, one or more a line.

Flags:
`

func cmdHyphenate(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlagSet("hyphenate", hyphenateHelp, stderr)
	joints := fs.Bool("joints", false, "mark breaks at compound joints with '=' instead of '-'")
	names := fs.Bool("names", false, "treat the words as names (never broken unless listed as exceptions)")
	contentPath := fs.String("content", "", "use the hyphenation exceptions of this content `FILE`")
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	var exceptions []string
	if *contentPath != "" {
		doc, err := content.Load(*contentPath, content.Options{})
		if err != nil {
			return err
		}
		exceptions = doc.Hyphenation
	}
	h := german.NewHyphenator(german.GermanPatterns(), exceptions)
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	write := func(word string) {
		fmt.Fprintln(out, german.MarkBreaks(word, h.Breaks(word, *names), *joints))
	}
	if len(words) > 0 {
		for _, w := range words {
			write(w)
		}
		return nil
	}
	return eachWord(stdin, write)
}

// maxWordRunes bounds a word read from standard input: the longest German
// compounds have some 80 letters.
const maxWordRunes = 1000

// eachWord calls fn with each word of r (separated by white space),
// refusing a word longer than maxWordRunes — the input is then not text
// (/dev/zero, a binary file) — so memory stays bounded whatever arrives.
func eachWord(r io.Reader, fn func(string)) error {
	br := bufio.NewReader(r)
	var word []rune
	line := 1
	for {
		c, _, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if c == '\n' {
			line++
		}
		if unicode.IsSpace(c) {
			if len(word) > 0 {
				fn(string(word))
				word = word[:0]
			}
			continue
		}
		if len(word) == maxWordRunes {
			return fmt.Errorf("standard input:%d: a word of more than %d characters; hyphenate reads text, words separated by spaces or lines", line, maxWordRunes)
		}
		word = append(word, c)
	}
	if len(word) > 0 {
		fn(string(word))
	}
	return nil
}
