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
			smaller = append(smaller, fmt.Sprintf("%s on page %d at %d %% of its height", pictureNamed(f), f.Page, f.Kept))
		}
	}
	if len(smaller) == 0 {
		return ""
	}
	if len(smaller) == 1 {
		return "note: 1 picture is set smaller than asked to stand on the page of its text (at full height it would leave a gap or pass the next heading): " +
			smaller[0] + "; a little less text before it lets it stand at its full height"
	}
	return fmt.Sprintf("note: %d pictures are set smaller than asked to stand on the pages of their text (at full height they would leave a gap or pass the next heading): %s; a little less text before them lets them stand at their full height",
		len(smaller), strings.Join(smaller, "; "))
}

// columnWideNote tells a designer which pictures asked across the
// columns stand a column wide beside their text instead
// (layout.FloatPlacement.InColumn), a line for each reason: tall ones,
// which narrowed to the height limit would have stood little wider
// than a column with white beside them, and those for which no page of
// their section's text had room across the columns (they would have
// stood under later sections, their text in scraps around them). ""
// when none did.
func columnWideNote(floats []layout.FloatPlacement, share int) string {
	var lines []string
	for _, why := range []layout.InColumnReason{layout.TallAcross, layout.NoRoomAcross} {
		var named []string
		for _, f := range floats {
			if f.InColumn == why {
				named = append(named, fmt.Sprintf("%s on page %d", pictureNamed(f), f.Page))
			}
		}
		if len(named) > 0 {
			lines = append(lines, inColumnLine(why, named, share))
		}
	}
	return strings.Join(lines, "\n")
}

// inColumnLine is the note on the pictures named that stand in a
// column for the reason why; share is the height limit of the pictures
// in per cent of the type area (layout.Document.PictureShare).
func inColumnLine(why layout.InColumnReason, named []string, share int) string {
	list := strings.Join(named, "; ")
	one := len(named) == 1
	switch {
	case why == layout.TallAcross && one:
		return fmt.Sprintf("note: 1 picture with width = \"type-area\" or \"full-bleed\" stands in its column, since it is tall: across both columns it would be narrowed to %d %% of the type area's height, with white beside it: %s; cropped wider, it stands across them", share, list)
	case why == layout.TallAcross:
		return fmt.Sprintf("note: %d pictures with width = \"type-area\" or \"full-bleed\" stand in their columns, since they are tall: across both columns each would be narrowed to %d %% of the type area's height, with white beside it: %s; cropped wider, they stand across", len(named), share, list)
	case one:
		return "note: 1 picture with width = \"type-area\" or \"full-bleed\" stands a column wide beside its section's text, since no page of that text had room for it across both columns: " +
			list + "; a shorter caption, or less text before it, may let it stand across them"
	default:
		return fmt.Sprintf("note: %d pictures with width = \"type-area\" or \"full-bleed\" stand a column wide beside their sections' text, since no page of that text had room for them across both columns: %s; shorter captions, or less text before them, may let them stand across", len(named), list)
	}
}

// fittedNote tells a designer that the print edition's pictures were
// set smaller than the theme's height limit so that the brochure ends a
// signature earlier (layout.SignatureFit), now at pages pages. "" where
// they were not.
func fittedNote(f layout.SignatureFit, pages int) string {
	if f.PictureShare == 0 {
		return ""
	}
	return fmt.Sprintf("note: the pictures stand at most %d %% of the type area's height instead of %d %% (a tall narrow one as tall as 35 mm of width asks), so the brochure ends on %d pages instead of %d (theme page.page_multiple pads it with empty pages); a page of content less lets them stand larger, and page.fit_fewer_pages = false in the theme keeps them at %d %%, with the empty pages",
		f.PictureShare, f.From, pages, f.PagesBefore, f.From)
}

// pictureNamed names a placed picture for a note as an organiser finds
// it: its file (a pair's two) and its place in the content,
// „fotos/podium.jpg (content.toml:40:3: sections[2].images[0])“; the
// place alone where the float names no file.
func pictureNamed(f layout.FloatPlacement) string {
	if len(f.Files) == 0 {
		return f.Where
	}
	return fmt.Sprintf("%s (%s)", strings.Join(f.Files, " and "), f.Where)
}
