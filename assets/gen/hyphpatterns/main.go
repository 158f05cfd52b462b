// Command hyphpatterns converts TeX's German hyphenation patterns into the
// forms brochure embeds: assets/hyphenation/de-1996.pat (one Liang pattern
// a line, sorted, TeX wrapping removed, the licence notice at the top) and
// assets/hyphenation/de-1996.trie (the same patterns compiled into the
// hyphenator's packed trie, the notice at its head).
//
// The source is the dehyph-exptl pattern file from Debian's
// texlive-lang-german package (MIT licence, Deutschsprachige
// Trennmustermannschaft). Regenerate with:
//
//	apt-get install texlive-lang-german
//	go run ./assets/gen/hyphpatterns \
//	    -src /usr/share/texlive/texmf-dist/tex/generic/dehyph-exptl/dehyphn-x-2022-03-16.pat \
//	    -o assets/hyphenation/de-1996.pat
//
// When only the compiled form changes, recompile the trie from the
// converted file, without the TeX source:
//
//	go run ./assets/gen/hyphpatterns -trie-only
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"brochure/layout/german"
)

func main() {
	src := flag.String("src", "/usr/share/texlive/texmf-dist/tex/generic/dehyph-exptl/dehyphn-x-2022-03-16.pat", "TeX pattern file to convert")
	out := flag.String("o", "assets/hyphenation/de-1996.pat", "pattern file to write; the compiled trie goes beside it (.trie)")
	trieOnly := flag.Bool("trie-only", false, "recompile the trie from the pattern file -o names (no TeX source needed)")
	flag.Parse()
	run := convert
	if *trieOnly {
		run = func(_, out string) error { return recompile(out) }
	}
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "hyphpatterns:", err)
		os.Exit(1)
	}
}

func convert(src, out string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	var header []string
	var patterns []string
	seen := map[string]bool{}
	inHeader, inPatterns := true, false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "%") {
			if inHeader {
				header = append(header, line)
			}
			continue
		}
		inHeader = inHeader && line == ""
		if i := strings.IndexByte(line, '%'); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case strings.HasPrefix(line, `\patterns{`):
			inPatterns = true
			continue
		case line == "}":
			inPatterns = false
			continue
		case !inPatterns || line == "":
			continue
		}
		for _, p := range strings.Fields(line) {
			if err := check(p); err != nil {
				return fmt.Errorf("%s:%d: pattern %q: %v", src, n, p, err)
			}
			if !seen[p] {
				seen[p] = true
				patterns = append(patterns, p)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	sort.Strings(patterns)
	var b strings.Builder
	b.WriteString("% German hyphenation patterns for brochure, converted by assets/gen/hyphpatterns\n")
	b.WriteString("% from " + src + " (Debian package texlive-lang-german).\n")
	b.WriteString("% One Liang pattern a line. The original notice follows.\n%\n")
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, p := range patterns {
		b.WriteString(p + "\n")
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	return writeTrie(out, []byte(b.String()), strings.Join(header, "\n"))
}

// ownHeadLines is the number of lines convert writes at the head of the
// pattern file before the original notice.
const ownHeadLines = 4

// recompile compiles the trie beside the pattern file out from that file
// alone: the notice is the original one convert copied into it.
func recompile(out string) error {
	data, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) < ownHeadLines {
		return fmt.Errorf("%s: not a pattern file written by hyphpatterns", out)
	}
	var header []string
	for _, l := range lines[ownHeadLines:] {
		if !strings.HasPrefix(l, "%") {
			break
		}
		header = append(header, l)
	}
	return writeTrie(out, data, strings.Join(header, "\n"))
}

// writeTrie compiles the patterns (the pattern file's text) and writes
// them, with the notice at their head, beside the pattern file out.
func writeTrie(out string, patterns []byte, notice string) error {
	compiled, err := german.ParsePatterns(patterns)
	if err != nil {
		return err
	}
	trie := strings.TrimSuffix(out, filepath.Ext(out)) + ".trie"
	return os.WriteFile(trie, german.MarshalPatterns(compiled, notice), 0o644)
}

// check accepts patterns of lower-case letters, '.' at either end and
// digits between them.
func check(p string) error {
	letters := 0
	for i, r := range p {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && (i == 0 || i == len(p)-1):
		case unicode.IsLower(r):
			letters++
		default:
			return fmt.Errorf("unexpected %q", r)
		}
	}
	if letters == 0 {
		return fmt.Errorf("no letters")
	}
	return nil
}
