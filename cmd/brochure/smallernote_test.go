package main

import (
	"strings"
	"testing"

	"brochure/layout"
)

// TestSmallerNote: the build's note names each picture its page set
// smaller, by its files (a pair's two) and its place in the content,
// with its page and the share of its height it kept, and says
// nothing where every picture stands as asked (Kept 100, or 0 for a
// float no page set, as a block of links).
func TestSmallerNote(t *testing.T) {
	floats := []layout.FloatPlacement{
		{Where: "content.toml:12:3: sections[0].images[0]", Page: 3, Kept: 100},
		{Where: "content.toml:26:3: sections[1].images[0]", Files: []string{"fotos/a.jpg", "fotos/b.jpg"}, Page: 4, Kept: 84},
		{Where: "content.toml:31:3: sections[1].links[0]", Page: 4},
	}
	got := smallerNote(floats)
	if !strings.HasPrefix(got, "note: 1 picture is set smaller") ||
		!strings.Contains(got, "fotos/a.jpg and fotos/b.jpg (content.toml:26:3: sections[1].images[0]) on page 4 at 84 % of its height") ||
		strings.Contains(got, "images[0] on page 3") || strings.Contains(got, "links") {
		t.Errorf("note %q", got)
	}
	if got := smallerNote(floats[:1]); got != "" {
		t.Errorf("every picture as asked: %q, want no note", got)
	}
}

// TestColumnWideNote: the build's note names each picture asked across
// the columns that stands a column wide instead, with its page, a line
// for each reason, and says nothing where none does.
func TestColumnWideNote(t *testing.T) {
	floats := []layout.FloatPlacement{
		{Where: "content.toml:12:3: sections[0].images[0]", Page: 3, Kept: 100},
		{Where: "content.toml:26:3: sections[1].images[2]", Files: []string{"fotos/podium.jpg"}, Page: 5, Kept: 100, InColumn: layout.NoRoomAcross},
	}
	got := columnWideNote(floats, 60)
	if !strings.HasPrefix(got, `note: 1 picture with width = "type-area" or "full-bleed" stands a column wide`) ||
		!strings.Contains(got, "no page of that text had room") ||
		!strings.Contains(got, "fotos/podium.jpg (content.toml:26:3: sections[1].images[2]) on page 5;") || strings.Contains(got, "images[0]") {
		t.Errorf("note %q", got)
	}
	floats[0].InColumn = layout.TallAcross
	floats = append(floats, layout.FloatPlacement{Where: "content.toml:40:3: sections[2].images[0]", Page: 6, InColumn: layout.NoRoomAcross})
	lines := strings.Split(columnWideNote(floats, 40), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "1 picture") || !strings.Contains(lines[0], "since it is tall") ||
		!strings.Contains(lines[0], "images[0] on page 3") || !strings.Contains(lines[0], "narrowed to 40 % of the type area's height") || !strings.HasPrefix(lines[1], `note: 2 pictures with width = "type-area" or "full-bleed" stand a column wide`) {
		t.Errorf("two reasons: %q", lines)
	}
	if got := columnWideNote(floats[:0], 60); got != "" {
		t.Errorf("none: %q, want no note", got)
	}
}

// TestFittedNote: the build's note says to what height the pictures were
// limited, from what, and how many pages that saved, and says nothing
// where the layout did not set them smaller for it.
func TestFittedNote(t *testing.T) {
	got := fittedNote(layout.SignatureFit{PictureShare: 40, From: 60, PagesBefore: 12}, 8)
	if !strings.Contains(got, "at most 40 % of the type area's height instead of 60 %") || !strings.Contains(got, "on 8 pages instead of 12") {
		t.Errorf("note %q", got)
	}
	if got := fittedNote(layout.SignatureFit{}, 8); got != "" {
		t.Errorf("not fitted: %q, want no note", got)
	}
}
