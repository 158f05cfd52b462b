package layout

import "brochure/fonts"

// Theme is every design decision of the brochure: page and type area,
// typographic roles, colours and spacing.
type Theme struct {
	PageWidth, PageHeight Scaled
	// Margins of the type area.
	MarginTop, MarginBottom, MarginLeft, MarginRight Scaled

	Body        TextStyle // running text, justified
	Quote       TextStyle // pull quotes
	Label       TextStyle // section labels (VORTRAG, WORKSHOP A)
	Heading     TextStyle // section titles
	SpeakerName TextStyle
	SpeakerRole TextStyle
	Caption     TextStyle // presentation blocks, URLs
	Footer      TextStyle

	CoverKind, CoverTitle, CoverSubtitle, CoverDate, CoverEvent TextStyle

	Accent     Colour // labels, rules, cover background
	Muted      Colour // roles and captions
	CoverInk   Colour // text on the cover's coloured field
	RuleWeight Scaled

	ParSkip     Scaled // space between paragraphs
	SectionSkip Scaled // space before a section
	// ListIndent is the hanging indent of list items and the inset of quotes.
	ListIndent Scaled
	// QRModule is the side of one QR module (≥ 0.4 mm for reliable scans).
	QRModule Scaled
	// EmblemHeight is the EU emblem's height in the funding block.
	EmblemHeight Scaled

	Break BreakParams
}

// Colours of the default theme.
var (
	deepBlue = Colour{C: 100, M: 70, Y: 10, K: 10, R: 0x00, G: 0x4B, B: 0x87}
	grey     = Colour{K: 65, R: 0x59, G: 0x59, B: 0x59}
	white    = Colour{R: 0xFF, G: 0xFF, B: 0xFF}
)

// DefaultTheme is the built-in design: A4, a 130 mm text column of
// Liberation Serif 10.5/14.5 pt, headings in Liberation Sans.
func DefaultTheme() Theme {
	serif, sans := fonts.Serif(), fonts.Sans()
	style := func(fam *fonts.Family, st fonts.Style, size, leading float64, c Colour) TextStyle {
		return TextStyle{Family: fam, Style: st, Size: Pt(size), Leading: Pt(leading), Colour: c}
	}
	th := Theme{
		PageWidth: MM(210), PageHeight: MM(297),
		MarginTop: MM(25), MarginBottom: MM(30), MarginLeft: MM(40), MarginRight: MM(40),

		Body:        style(serif, fonts.Regular, 10.5, 14.5, Black),
		Quote:       style(serif, fonts.Italic, 13, 18, Black),
		Label:       style(sans, fonts.Bold, 8.5, 12, deepBlue),
		Heading:     style(sans, fonts.Bold, 16, 20, Black),
		SpeakerName: style(sans, fonts.Bold, 9.5, 12.5, Black),
		SpeakerRole: style(sans, fonts.Regular, 8.5, 11, grey),
		Caption:     style(sans, fonts.Regular, 8.5, 11.5, Black),
		Footer:      style(sans, fonts.Regular, 8, 10, grey),

		CoverKind:     style(sans, fonts.Bold, 11, 14, white),
		CoverTitle:    style(sans, fonts.Bold, 34, 38, white),
		CoverSubtitle: style(sans, fonts.Regular, 17, 22, white),
		CoverDate:     style(sans, fonts.Bold, 13, 17, white),
		CoverEvent:    style(sans, fonts.Regular, 12, 16, Black),

		Accent: deepBlue, Muted: grey, CoverInk: white,
		RuleWeight: Pt(0.75),

		ParSkip:      Pt(6),
		SectionSkip:  Pt(30),
		ListIndent:   Pt(14),
		QRModule:     MM(0.5),
		EmblemHeight: MM(12),

		Break: TeXParams,
	}
	th.Label.Tracking, th.Label.Upper = 120, true
	th.CoverKind.Tracking, th.CoverKind.Upper = 150, true
	th.Break.EmergencyStretch = Pt(8)
	th.Break.Expansion = 20 // ±2 % glyph expansion, as microtype's default
	th.Break.MaxHyphenRun = 2
	return th
}

// TextWidth is the width of the type area.
func (th *Theme) TextWidth() Scaled { return th.PageWidth - th.MarginLeft - th.MarginRight }

// TextHeight is the height of the type area.
func (th *Theme) TextHeight() Scaled { return th.PageHeight - th.MarginTop - th.MarginBottom }
