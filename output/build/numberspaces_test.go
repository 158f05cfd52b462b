package build

import (
	"math"
	"os"
	"path/filepath"
	"slices"
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
// as wide on every loose line, and narrower than its word spaces; on a
// tight line they give a sixth at most, never stretch; the narrow spaces
// of a grouped number (12 500) keep one width. Measured on the glyphs MuPDF draws, in both
// editions; the text layer reads the groups with their spaces in poppler
// and MuPDF alike. Before, a no-break space between digit groups was a
// word space and stretched with the line: „0381 12345“ stood apart as
// far as any two words.
func TestNumberGroupsKeepTheirSpaceInJustifiedLines(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "content.toml")
	if err := os.WriteFile(path, []byte(numberSpacesEvent), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, e := range []Edition{Print, Screen} {
		pdf := writtenPDF(t, path, e)
		var lines []gapLine
		var figure, loose, narrow []float64
		for _, page := range pdftest.DrawnPages(t, pdf) {
			for _, block := range page {
				for _, line := range block {
					l := measureNumberGaps(line)
					lines, figure, narrow = append(lines, l), append(figure, l.figure...), append(narrow, l.narrow...)
				}
			}
		}
		if len(figure) == 0 {
			t.Fatalf("%s edition: no space between a number's groups measured", e)
		}
		// A loose line's word spaces are a tenth wider than the narrowest
		// space between a number's groups anywhere.
		least := slices.Min(figure)
		for _, l := range lines {
			if l.words > 1.1*least {
				loose = append(loose, l.figure...)
			}
		}
		if len(figure) < 8 || len(narrow) < 3 || len(loose) < 3 {
			t.Fatalf("%s edition: %d spaces inside numbers (%d on loose lines) and %d narrow ones measured; the event holds more", e, len(figure), len(loose), len(narrow))
		}
		checkOneWidth(t, e, "a space between a number's groups on a loose line", loose)
		checkOneWidth(t, e, "a narrow space of a grouped number", narrow)
		// On a tight line the groups' spaces give a little, at most a
		// sixth; never more than their width on a loose line.
		natural := loose[0]
		for _, g := range figure {
			if g > natural+0.05 || g < natural*5/6-0.05 {
				t.Errorf("%s edition: a space between a number's groups is %.2f pt, on a loose line %.2f pt", e, g, natural)
			}
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

// gapLine is what a line's gaps say: those between a number's groups at
// a word space's width (figure) and at a narrow space's (narrow: a group
// of three digits after a thousands group), and the narrowest of its
// word spaces between letters (words; 0 where it has none).
type gapLine struct {
	figure, narrow []float64
	words          float64
}

// measureNumberGaps measures a line's gaps.
func measureNumberGaps(line pdftest.Line) gapLine {
	var l gapLine
	for _, g := range lineGaps(line) {
		switch {
		case isThousandsGroup(g.before) && isThreeDigits(strings.TrimRight(g.after, ".,;")):
			l.narrow = append(l.narrow, g.width)
		case isDigitWord(g.before, true) && isDigitWord(g.after, false):
			l.figure = append(l.figure, g.width)
		case unicode.IsLetter([]rune(g.before)[len([]rune(g.before))-1]) && unicode.IsLetter([]rune(g.after)[0]):
			if l.words == 0 || g.width < l.words {
				l.words = g.width
			}
		}
	}
	return l
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
		t.Errorf("%s edition: %s is from %.2f to %.2f pt wide across the lines; it should not stretch (%v)", e, what, lo, hi, gaps)
	}
}
