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
