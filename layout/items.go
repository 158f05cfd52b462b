package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// Picture is an image file placed in a box: a JPEG or PNG photo, or the
// first page of a PDF (official logos), drawn unaltered. Source is the
// image as content read it (its file, headers, or the opened PDF).
type Picture struct {
	X, Y, W, H typeset.Scaled
	Source     *content.Image
	Elem       *typeset.StructElement // its figure
}

// EffectivePPI is a raster picture's resolution as placed, in pixels per
// inch (0 for vector artwork).
func (p *Picture) EffectivePPI() float64 {
	if p.Source == nil || p.Source.WidthPx == 0 || p.W <= 0 {
		return 0
	}
	return float64(p.Source.WidthPx) / (p.W.Points() / 72)
}

// MarkKind says what a Mark records.
type MarkKind string

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

// Mark draws nothing: it records where something the funding rules care
// about was placed, and moves with pagination like any item, so checks can
// inspect the finished pages.
type Mark struct {
	Kind       MarkKind
	X, Y, W, H typeset.Scaled
	Face       string // the font of a statement
	Italic     bool
	Label      string // what the mark is about (a funder's name)
}

// Offset implements typeset.Item.
func (p *Picture) Offset(dx, dy typeset.Scaled) { p.X, p.Y = p.X+dx, p.Y+dy }

// Element implements typeset.Item.
func (p *Picture) Element() *typeset.StructElement { return p.Elem }

// Offset implements typeset.Item.
func (m *Mark) Offset(dx, dy typeset.Scaled) { m.X, m.Y = m.X+dx, m.Y+dy }

// Element implements typeset.Item: a mark draws nothing and belongs to no
// element.
func (*Mark) Element() *typeset.StructElement { return nil }
