package build

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"brochure/output/pdftest"
)

// numberSpacesEvent is an event whose justified paragraphs hold telephone
// numbers, IBANs and grouped numbers among long words, so that some of
// their lines are set loose.
const numberSpacesEvent = `[document]
title = "Beratung vor Ort"
date = 2025-03-12

[[sections]]
kind = "talk"
title = "Kontakt und Spenden"
body = """
Die Beratungsstelle ist montags bis freitags unter Tel. 0381 12345 erreichbar, für Rückfragen auch unter Telefon 0381 12345-67 oder Fax 0381 12345-99 und mobil unter Mobil 0171 1234567 sowie über die Hotline 0800 12345. Aus dem Ausland wählen Sie +49 381 12345-67, die Zentrale erreichen Sie unter 0381 98765 rund um die Uhr.

Spenden erbitten wir auf das Konto IBAN DE12 3456 7890 1234 5678 90 bei der Sparkasse, Verwendungszweck Fachtag. Im Jahr 2024 kamen 12500 Menschen in die Beratungsstelle; 12 500 davon wurden beraten, bei einem Budget von 1250000 Euro.

Die Beratungsstelle in der Doberaner Straße 12, 18057 Rostock, ist auch über Telefon (0381) 12345-67 und unter Tel.: 0381 234567 für alle Ratsuchenden erreichbar. Zuwendungsempfängerinnen erreichen die Förderberatung unter 0381 54321 und das Beschwerdemanagement unter 0381 54322.
"""
`

// wordGap is the gap between two words of a drawn line: the glyphs
// before and after the space, and the white between them in points.
type wordGap struct {
	before, after string
	width         float64
}

// lineGaps splits a drawn line at its spaces into the gaps between its
// words, measured from the last glyph's right edge to the next glyph's
// left edge.
func lineGaps(line pdftest.Line) []wordGap {
	var gaps []wordGap
	start := 0
	for i := 0; i < len(line); i++ {
		if line[i].C != ' ' {
			continue
		}
		j := i + 1
		for j < len(line) && line[j].C == ' ' {
			j++
		}
		end := j
		for end < len(line) && line[end].C != ' ' {
			end++
		}
		if i > start && j < len(line) {
			gaps = append(gaps, wordGap{before: pdftest.GlyphText(line[start:i]), after: pdftest.GlyphText(line[j:end]),
				width: line[j].X0 - line[i-1].X1})
		}
		start, i = j, j-1
	}
	return gaps
}

// isThousandsGroup reports one to three digits not led by a zero, or
// three digits: the group of a number grouped in threes before another
// (12 500, 1 250 000).
func isThousandsGroup(w string) bool {
	return w != "" && len(w) <= 3 && w[0] != '0' && strings.Trim(w, "0123456789") == "" || isThreeDigits(w)
}

// isThreeDigits reports a group of three digits.
func isThreeDigits(w string) bool { return len(w) == 3 && strings.Trim(w, "0123456789") == "" }

// isDigitWord reports a word that ends (end) or begins (!end) with a
// digit, a bracket around one allowed: a group of a number.
func isDigitWord(w string, end bool) bool {
	if end {
		w = strings.TrimRight(w, ")")
	} else {
		w = strings.TrimLeft(w, "(")
	}
	if w == "" {
		return false
	}
	r := []rune(w)[0]
	if end {
		r = []rune(w)[len([]rune(w))-1]
	}
	return unicode.IsDigit(r)
}

// TestNumberGroupsKeepTheirSpaceInJustifiedLines: the spaces between the
// groups of a telephone number or an IBAN (0381 12345, DE12 3456) are
// as wide on every line, loose or tight, and narrower than the word
// spaces of a loose line; the narrow spaces of a grouped number (12 500)
// likewise keep one width. Measured on the glyphs MuPDF draws, in both
// editions; the text layer reads the groups with their spaces in poppler
// and MuPDF alike. Before, a no-break space between digit groups was a
// word space and stretched with the line: „0381 12345“ stood apart as
// far as any two words.
func TestNumberGroupsKeepTheirSpaceInJustifiedLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "content.toml")
	if err := os.WriteFile(path, []byte(numberSpacesEvent), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, e := range []Edition{Print, Screen} {
		pdf := writtenPDF(t, path, e)
		var figure, narrow []float64
		loose := 0
		for _, page := range pdftest.DrawnPages(t, pdf) {
			for _, block := range page {
				for _, line := range block {
					f, n, l := measureNumberGaps(line)
					figure, narrow = append(figure, f...), append(narrow, n...)
					if l {
						loose++
					}
				}
			}
		}
		if len(figure) < 8 || len(narrow) < 3 {
			t.Fatalf("%s edition: %d spaces inside numbers and %d narrow ones measured; the event holds more", e, len(figure), len(narrow))
		}
		checkOneWidth(t, e, "a space between a number's groups", figure)
		checkOneWidth(t, e, "a narrow space of a grouped number", narrow)
		if loose == 0 {
			t.Errorf("%s edition: no line with a number's groups is justified loose; the test sees no stretch", e)
		}
		text := pdftest.Comparable(strings.Join(pdftest.PageTexts(t, pdf), " "))
		for _, want := range []string{"Tel. 0381 12345 erreichbar", "+49 381 12345-67", "IBAN DE12 3456 7890 1234 5678 90 bei",
			"unter 0381 54321 und"} {
			if !strings.Contains(text, pdftest.Comparable(want)) {
				t.Errorf("%s edition: pdftotext does not read %q", e, want)
			}
		}
	}
}

// measureNumberGaps returns the gaps of a line between a number's groups
// at a word space's width (figure) and at a narrow space's (narrow: a
// group of three digits after a thousands group), and whether the line's word
// spaces stretch well beyond the first (loose).
func measureNumberGaps(line pdftest.Line) (figure, narrow []float64, loose bool) {
	var words []float64
	for _, g := range lineGaps(line) {
		switch {
		case isThousandsGroup(g.before) && isThreeDigits(strings.TrimRight(g.after, ".,;")):
			narrow = append(narrow, g.width)
		case isDigitWord(g.before, true) && isDigitWord(g.after, false):
			figure = append(figure, g.width)
		case unicode.IsLetter([]rune(g.before)[len([]rune(g.before))-1]) && unicode.IsLetter([]rune(g.after)[0]):
			words = append(words, g.width)
		}
	}
	if len(figure) > 0 && len(words) > 0 {
		least := words[0]
		for _, w := range words {
			least = math.Min(least, w)
		}
		loose = least > figure[0]*1.1
	}
	return figure, narrow, loose
}

// checkOneWidth fails when the gaps differ by more than a twentieth of a
// point (the glyphs' own expansion moves their edges by less).
func checkOneWidth(t *testing.T, e Edition, what string, gaps []float64) {
	t.Helper()
	lo, hi := gaps[0], gaps[0]
	for _, g := range gaps {
		lo, hi = math.Min(lo, g), math.Max(hi, g)
	}
	if hi-lo > 0.05 {
		t.Errorf("%s edition: %s is from %.2f to %.2f pt wide across the lines; it should not stretch or shrink (%v)", e, what, lo, hi, gaps)
	}
}
