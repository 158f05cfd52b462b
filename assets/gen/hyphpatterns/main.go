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
	flag.Parse()
	if err := convert(*src, *out); err != nil {
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
	compiled, err := german.ParsePatterns([]byte(b.String()))
	if err != nil {
		return err
	}
	notice := strings.Join(header, "\n")
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
