package build

import (
	"brochure/output/pdftest"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSeedCopyIsCurrent keeps testdata/seed.md equal to the shared seed
// when the shared folder sits beside the repository (as in CI).
func TestSeedCopyIsCurrent(t *testing.T) {
	t.Parallel()
	seeds, _ := filepath.Glob("../../../shared/seed/000_*.txt")
	if len(seeds) == 0 {
		t.Skip("no ../shared beside the repository")
	}
	a, err := os.ReadFile(seeds[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("testdata/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("testdata/seed.md differs from %s; copy it again", seeds[0])
	}
}

// TestExampleCarriesTheWholeSeed is the first acceptance test: every
// prose sentence and every heading of the printed original must be found
// in the text poppler extracts from the example brochure.
func TestExampleCarriesTheWholeSeed(t *testing.T) {
	t.Parallel()
	pdf := examplePDF(t, "", Print)
	// The text area of every page, without the running foot (below
	// 780 pt), so a sentence that runs over a page break reads whole.
	text := tool(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "0", "-W", "595", "-H", "780", pdf, "-")
	have := pdftest.Comparable(text)
	haveUpper := strings.ToUpper(have)

	seed, err := os.ReadFile("testdata/seed.md")
	if err != nil {
		t.Fatal(err)
	}
	sentences, headings := seedProse(string(seed))
	if len(sentences) < 50 {
		t.Fatalf("found only %d prose sentences in the seed; the extraction is broken", len(sentences))
	}
	for _, s := range sentences {
		if !strings.Contains(have, pdftest.Comparable(s)) {
			t.Errorf("sentence missing from the PDF: %q", s)
		}
	}
	for _, h := range headings {
		if !strings.Contains(haveUpper, strings.ToUpper(pdftest.Comparable(h))) {
			t.Errorf("heading missing from the PDF: %q", h)
		}
	}
	// The cover heading carries the date in numeric form; the brochure
	// sets it in the long form of DIN 5008.
	for _, s := range []string{"Stadt – Land – Flucht", "Geflüchtete auf dem Arbeitsmarkt in ländlichen Regionen", "26. Juni 2024"} {
		if !strings.Contains(have, pdftest.Comparable(s)) {
			t.Errorf("cover text missing: %q", s)
		}
	}
}

// seedProse splits the seed Markdown into prose sentences and headings.
// Prose is every paragraph of six words or more except the run-in credit
// lines of workshops ("Mit …"), which the brochure sets from structured
// speaker data; web addresses are dropped (they are printed shortened
// beside their QR codes and tested through the QR codes).
func seedProse(md string) (sentences, headings []string) {
	link := regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	autolink := regexp.MustCompile(`<https?://[^>]*>`)
	sentenceEnd := regexp.MustCompile(`([.!?:])\s+`)
	for _, para := range regexp.MustCompile(`\n\s*\n`).Split(md, -1) {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if strings.HasPrefix(para, "#") {
			h := strings.TrimSpace(strings.TrimLeft(para, "#"))
			h = strings.ReplaceAll(h, `\*`, "*")
			switch {
			case strings.Contains(h, "26.06.2024"):
				continue // the cover heading, checked in its parts
			case h == "GRÜßWORT":
				// The original misspells the label of the greeting
				// section; the example uses the kind's label „Grußwort“.
				h = "GRUßWORT"
			}
			headings = append(headings, h)
			continue
		}
		para = link.ReplaceAllStringFunc(para, func(m string) string {
			text := link.FindStringSubmatch(m)[1]
			if strings.HasPrefix(text, "http") || strings.HasPrefix(text, "www.") || strings.Contains(text, ".de") {
				return ""
			}
			return text
		})
		para = autolink.ReplaceAllString(para, "")
		para = strings.NewReplacer("**", "", "\\*", "*", "\\_", "_", "\\", "").Replace(para)
		para = strings.Trim(para, "* ")
		if len(strings.Fields(para)) < 6 || strings.HasPrefix(para, "Mit ") {
			continue
		}
		for _, line := range strings.Split(para, "\n") {
			line = strings.TrimPrefix(strings.TrimSpace(line), "- ")
			for _, s := range sentenceEnd.Split(line, -1) {
				if s = strings.TrimSpace(s); len(s) > 3 {
					sentences = append(sentences, s)
				}
			}
		}
	}
	return sentences, headings
}
