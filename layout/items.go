package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// Pictures and marks are items of the page model, which typeset holds;
// the composition places them and declares what marks record.
type (
	// Picture is an image file placed in a box: a JPEG or PNG photo, or
	// the first page of a PDF (official logos), drawn unaltered. Its
	// source is a *content.Image (see ImageOf).
	Picture = typeset.Picture
	// Mark records where something the funding rules care about was
	// placed; it draws nothing.
	Mark = typeset.Mark
	// MarkKind says what a Mark records.
	MarkKind = typeset.MarkKind
)

// ImageOf is the image as content read it (its file, headers, or the
// opened PDF) that a picture the composition placed shows; nil for a
// picture without one.
func ImageOf(p *Picture) *content.Image {
	im, _ := p.Source.(*content.Image)
	return im
}

// The things marks record, for preflight checks.
const (
	MarkEmblem      MarkKind = "eu-emblem"      // the EU emblem's rectangle
	MarkStatement   MarkKind = "eu-statement"   // „Kofinanziert von der Europäischen Union“
	MarkLogo        MarkKind = "funder-logo"    // a funder's official artwork
	MarkFunderName  MarkKind = "funder-name"    // a funder's name set as text (no artwork)
	MarkFundingNote MarkKind = "funding-notice" // the funding statement block
	// MarkFundingStatement: the statement's text was set in the notice
	// (Label holds it).
	MarkFundingStatement MarkKind = "funding-statement"
)
