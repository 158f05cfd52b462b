package main

import (
	"fmt"
	"strings"

	"brochure/layout"
)

// smallerNote tells a designer which pictures their pages set smaller
// beside their text (layout.FloatPlacement.Kept), where at their full
// height they would leave a gap or pass the next heading, and how much
// of it each kept: a picture reduced is one to look at before print.
// "" when none was.
func smallerNote(floats []layout.FloatPlacement) string {
	var smaller []string
	for _, f := range floats {
		if f.Kept > 0 && f.Kept < 100 {
			smaller = append(smaller, fmt.Sprintf("%s on page %d at %d %% of its height", f.Where, f.Page, f.Kept))
		}
	}
	if len(smaller) == 0 {
		return ""
	}
	what := "1 picture is"
	if len(smaller) > 1 {
		what = fmt.Sprintf("%d pictures are", len(smaller))
	}
	return fmt.Sprintf("note: %s set smaller than asked to stand on the page of its text (at full height it would leave a gap or pass the next heading): %s; a little less text before it lets it stand at its full height",
		what, strings.Join(smaller, "; "))
}

// columnWideNote tells a designer which pictures asked across the
// columns stand a column wide beside their text instead
// (layout.FloatPlacement.ColumnWide): across the columns none found
// room on a page of its section's text, and would have stood under
// later sections, their text in scraps around it. "" when none did.
func columnWideNote(floats []layout.FloatPlacement) string {
	var narrowed []string
	for _, f := range floats {
		if f.ColumnWide {
			narrowed = append(narrowed, fmt.Sprintf("%s on page %d", f.Where, f.Page))
		}
	}
	if len(narrowed) == 0 {
		return ""
	}
	what := "1 picture asked across the columns is set a column wide beside its section's text, since no page of that text had room for it"
	if len(narrowed) > 1 {
		what = fmt.Sprintf("%d pictures asked across the columns are set a column wide beside their sections' text, since no page of that text had room for them", len(narrowed))
	}
	return fmt.Sprintf("note: %s across the columns: %s; a wide crop (landscape) or a shorter caption fits across them more easily",
		what, strings.Join(narrowed, "; "))
}
