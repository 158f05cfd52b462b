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
// (layout.FloatPlacement.InColumn), a line for each reason: tall ones,
// which narrowed to the height limit would have stood little wider
// than a column with white beside them, and those for which no page of
// their section's text had room across the columns (they would have
// stood under later sections, their text in scraps around them). ""
// when none did.
func columnWideNote(floats []layout.FloatPlacement) string {
	var lines []string
	for _, why := range []layout.InColumnReason{layout.TallAcross, layout.NoRoomAcross} {
		var named []string
		for _, f := range floats {
			if f.InColumn == why {
				named = append(named, fmt.Sprintf("%s on page %d", f.Where, f.Page))
			}
		}
		if len(named) > 0 {
			lines = append(lines, inColumnLine(why, named))
		}
	}
	return strings.Join(lines, "\n")
}

// inColumnLine is the note on the pictures named that stand in a
// column for the reason why.
func inColumnLine(why layout.InColumnReason, named []string) string {
	one := len(named) == 1
	what := map[bool]string{true: "1 picture asked across the columns is set a column wide beside its section's text",
		false: fmt.Sprintf("%d pictures asked across the columns are set a column wide beside their sections' text", len(named))}[one]
	because := map[bool]string{
		true:  "so tall that across the columns it would stand little wider than a column, narrowed to 60 % of the type area's height, with white beside it; it shows as large in its column",
		false: "so tall that across the columns they would stand little wider than a column, narrowed to 60 % of the type area's height, with white beside them; they show as large in their columns"}[one]
	if why == layout.NoRoomAcross {
		because = map[bool]string{
			true:  "since no page of that text had room for it across the columns; a shorter caption, or less text before it, may let it stand across them",
			false: "since no page of their text had room for them across the columns; shorter captions, or less text before them, may let them stand across"}[one]
	}
	return fmt.Sprintf("note: %s, %s: %s", what, because, strings.Join(named, "; "))
}
