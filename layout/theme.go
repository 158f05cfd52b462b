package layout

import (
	"fmt"
	"sync"

	"brochure/content"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// Theme is every design decision of the brochure in layout's terms: page
// and type area, typographic roles, colours and spacing. It is made from a
// theme file (see assets/theme.toml) by NewTheme.
type Theme struct {
	PageWidth, PageHeight typeset.Scaled
	// Margins of the type area.
	MarginTop, MarginBottom, MarginLeft, MarginRight typeset.Scaled
	Columns                                          int
	ColumnGap                                        typeset.Scaled
	// BaselineGrid rounds vertical spaces to whole lines of body text.
	BaselineGrid bool
	RunningHead  bool
	Contents     bool // a table of contents after the cover
	// ContentsFromPages is the shortest body, in pages, that gets the
	// table of contents.
	ContentsFromPages int
	// CoverFundingBar puts funders and the EU emblem on the cover.
	CoverFundingBar bool
	// PageMultiple pads the document to a multiple of this many pages
	// (1: no padding), the funding notice on the last page; EmptyPages is
	// what the added pages show. Only a bound document pads
	// (Options.Bound, which the build pipeline decides).
	PageMultiple int
	EmptyPages   content.EmptyPages
	// FitFewerPages lets Compose set a bound edition's pictures smaller
	// where that saves its padding pages (fewerSignatures).
	FitFewerPages bool
	// Mirrored: the margins are inner and outer ones (MarginLeft is the
	// inner margin, MarginRight the outer, as on a right-hand page), and
	// the bound edition mirrors them on left-hand pages (see facing.go).
	Mirrored bool
	// Bleed is how far backgrounds run past the trim (print edition);
	// SafetyMargin is the closest text may come to the trim.
	Bleed, SafetyMargin typeset.Scaled

	Body        typeset.TextStyle // running text, justified
	Quote       typeset.TextStyle // pull quotes
	Label       typeset.TextStyle // section labels (VORTRAG, WORKSHOP A)
	Heading     typeset.TextStyle // section titles
	Subheading  typeset.TextStyle // sub-headings in a section's text
	SpeakerName typeset.TextStyle
	SpeakerRole typeset.TextStyle
	Moderation  typeset.TextStyle // every moderation credit, panel and workshop alike
	Caption     typeset.TextStyle // presentation blocks, URLs, funding text
	Footer      typeset.TextStyle
	TOCEntry    typeset.TextStyle

	CoverKind, CoverTitle, CoverSubtitle, CoverDate, CoverEvent typeset.TextStyle
	CoverBackground                                             typeset.Colour
	CoverField                                                  typeset.Scaled // height of the coloured field

	Accent, Muted, Ink, Paper typeset.Colour
	RuleWeight                typeset.Scaled

	ParSkip     typeset.Scaled // space between paragraphs
	SectionSkip typeset.Scaled // space before a section
	// ListIndent is the hanging indent of list items and the inset of quotes.
	ListIndent typeset.Scaled
	// QRSize is the side of every QR code, quiet zone excluded: codes form
	// one grid whatever their version. QRModule is the smallest module a
	// dense code may shrink to (≥ 0.4 mm for reliable scans).
	QRSize, QRModule typeset.Scaled
	// PrintURL is how an address prints beside its code: in full
	// (without its scheme) or its host alone.
	PrintURL content.URLForm
	// LinkArrangement is where every link block sets its text: beside
	// its QR code or below it (theme key links.arrangement).
	LinkArrangement content.LinkArrangement
	// EmblemHeight is the EU emblem's height in the funding bar.
	EmblemHeight typeset.Scaled
	PhotoWidth   typeset.Scaled
	// PhotoHeight is the height portraits are cropped to (0: each its
	// own shape).
	PhotoHeight typeset.Scaled

	// PictureFloat and LinkFloat say whether pictures and link blocks
	// may float; SpaceFlex is the percentage of its height the space
	// between blocks may stretch or shrink (0 with a baseline grid).
	PictureFloat, LinkFloat FloatMode
	SpaceFlex               int

	Break typeset.BreakParams
	// BodyAlign is how body paragraphs meet the right edge.
	BodyAlign typeset.Align

	// pictureShare is the share of the type area's height, in per cent,
	// a picture may stand tall (0: defaultPictureShare); Compose lowers it
	// where that saves a bound edition a signature (fewerSignatures).
	pictureShare int
}

// defaultPictureShare is the share of the type area's height, in per
// cent, a picture stands at most: a taller one is narrowed to it.
const defaultPictureShare = 60

// PictureShare is the share of the type area's height, in per cent, a
// picture may stand tall in this theme.
func (th *Theme) PictureShare() int {
	if th.pictureShare == 0 {
		return defaultPictureShare
	}
	return th.pictureShare
}

// pictureLimit is the height a picture stands at most (PictureShare).
func (th *Theme) pictureLimit() typeset.Scaled {
	return th.TextHeight() * typeset.Scaled(th.PictureShare()) / 100
}

// DefaultTheme is the built-in design.
func DefaultTheme() Theme {
	th, err := NewTheme(content.DefaultTheme())
	if err != nil {
		panic("built-in theme: " + err.Error()) // a broken build, not bad input
	}
	return th
}

// NewTheme turns a validated theme into layout's styles, loading its fonts.
func NewTheme(t *content.Theme) (Theme, error) {
	families, err := loadFamilies(t)
	if err != nil {
		return Theme{}, err
	}
	colour := func(name string) typeset.Colour {
		c := t.Colours[name]
		return typeset.Colour{C: c.CMYK[0], M: c.CMYK[1], Y: c.CMYK[2], K: c.CMYK[3], R: c.RGB[0], G: c.RGB[1], B: c.RGB[2]}
	}
	role := func(name string) typeset.TextStyle {
		r := t.Roles[name]
		return typeset.TextStyle{Family: families[r.Font], Style: r.Style, Size: typeset.Pt(r.Size), Leading: typeset.Pt(r.Leading),
			Colour: colour(r.Colour), Tracking: r.Tracking, Upper: r.Upper}
	}
	p, s, j := t.Page, t.Spacing, t.Justification
	th := Theme{
		PageWidth: typeset.Pt(p.Width), PageHeight: typeset.Pt(p.Height),
		MarginTop: typeset.Pt(p.MarginTop), MarginBottom: typeset.Pt(p.MarginBottom), MarginLeft: typeset.Pt(p.MarginLeft), MarginRight: typeset.Pt(p.MarginRight),
		Columns: p.Columns, ColumnGap: typeset.Pt(p.ColumnGap),
		BaselineGrid: p.BaselineGrid, RunningHead: p.RunningHead, Contents: p.TableOfContents, ContentsFromPages: p.ContentsFromPages, CoverFundingBar: p.CoverFundingBar,
		PageMultiple: p.PageMultiple, EmptyPages: p.EmptyPages, FitFewerPages: p.FitFewerPages,
		Bleed: typeset.Pt(p.Bleed), SafetyMargin: typeset.Pt(p.SafetyMargin),
		Mirrored: p.Mirrored,

		Body: role("body"), Quote: role("quote"), Label: role("label"), Heading: role("heading"), Subheading: role("subheading"),
		SpeakerName: role("speaker_name"), SpeakerRole: role("speaker_role"), Moderation: role("moderation"), Caption: role("caption"),
		Footer: role("footer"), TOCEntry: role("toc_entry"),
		CoverKind: role("cover_kind"), CoverTitle: role("cover_title"), CoverSubtitle: role("cover_subtitle"),
		CoverDate: role("cover_date"), CoverEvent: role("cover_event"),
		CoverBackground: colour(t.Cover.Background), CoverField: typeset.Pt(t.Cover.FieldHeight),

		Accent: colour("accent"), Muted: colour("muted"), Ink: colour("text"), Paper: colour("paper"),
		RuleWeight: typeset.Pt(s.Rule),

		ParSkip: typeset.Pt(s.Paragraph), SectionSkip: typeset.Pt(s.Section), ListIndent: typeset.Pt(s.ListIndent),
		QRSize: typeset.Pt(t.Links.QRSize), QRModule: typeset.Pt(s.QRModule), PrintURL: t.Links.PrintURL, LinkArrangement: t.Links.Arrangement, EmblemHeight: typeset.Pt(s.EmblemHeight), PhotoWidth: typeset.Pt(s.PhotoWidth), PhotoHeight: typeset.Pt(s.PhotoHeight),

		PictureFloat: t.Floats.Pictures, LinkFloat: t.Floats.Links, SpaceFlex: t.Pagination.SpaceFlex,

		Break: typeset.BreakParams{
			Pretolerance: j.Pretolerance, Tolerance: j.Tolerance, LinePenalty: typeset.TeXParams.LinePenalty,
			AdjDemerits: typeset.TeXParams.AdjDemerits, DoubleHyphenDemerits: typeset.TeXParams.DoubleHyphenDemerits,
			FinalHyphenDemerits: typeset.TeXParams.FinalHyphenDemerits, FinalTailDemerits: finalTailDemerits, ShortLastDemerits: j.HyphenDemerits * shortLastHyphens / 2,
			EmergencyStretch: typeset.Pt(j.EmergencyStretch), Expansion: j.Expansion, MaxHyphenRun: j.MaxHyphenRun,
			ScaleJumpDemerits: j.ScaleJumpDemerits, SpaceFlexibility: j.SpaceFlexibility,
			HyphenDemerits: j.HyphenDemerits, ShrinkFlexibility: j.ShrinkFlexibility,
		},
	}
	if j.Protrusion {
		th.Body.Protrusion = &typeset.Protrusion{Left: t.Protrusion.Left, Right: t.Protrusion.Right}
	}
	switch j.Align {
	case content.AlignRagged:
		th.BodyAlign = typeset.RaggedRight
	case content.AlignAuto:
		// Justified text needs a measure of about 25 ems (some 55
		// characters); narrower columns are set ragged right.
		if th.ColumnWidth() < 25*th.Body.Size {
			th.BodyAlign = typeset.RaggedRight
		}
	}
	return th, nil
}

// loadFamilies loads the theme's font families and parses, all families
// at once, the faces its roles use (for the body, its bold and italic
// too: emphasis in running text).
func loadFamilies(t *content.Theme) (map[string]*fonts.Family, error) {
	families := map[string]*fonts.Family{}
	for name, spec := range t.Fonts {
		fam, err := loadFamily(t, name, spec)
		if err != nil {
			return nil, err
		}
		families[name] = fam
	}
	// Parse the faces the roles use, all families at once.
	used := map[string][]fonts.Style{}
	for name, r := range t.Roles {
		used[r.Font] = append(used[r.Font], r.Style)
		if name == "body" { // emphasis in running text
			used[r.Font] = append(used[r.Font], r.Style|fonts.Bold, r.Style|fonts.Italic)
		}
	}
	var wg sync.WaitGroup
	for name, styles := range used {
		if fam := families[name]; fam != nil {
			wg.Add(1)
			go func() {
				defer wg.Done()
				fam.Preload(styles...)
			}()
		}
	}
	wg.Wait()
	return families, nil
}

// FloatMode says whether a kind of block may float: the theme's choice,
// by its own name in layout.
type FloatMode = content.FloatMode

// The float modes (see content.FloatPage and content.FloatHere).
const (
	FloatPage = content.FloatPage
	FloatHere = content.FloatHere
)

// loadFamily returns an embedded family, the faces the theme's
// validation parsed, or, for a theme made without validation, the faces
// parsed from its files.
func loadFamily(t *content.Theme, name string, spec content.FontFamily) (*fonts.Family, error) {
	switch spec.Builtin {
	case content.BuiltinSerif:
		return fonts.Serif(), nil
	case content.BuiltinSans:
		return fonts.Sans(), nil
	}
	if fam, ok := fonts.FamilyOf(name, spec.Faces); ok {
		return fam, nil
	}
	var paths [4]string
	for i, f := range spec.Files {
		paths[i] = t.FontFile(f)
	}
	fam, err := fonts.LoadFamily(name, paths)
	if err != nil {
		return nil, fmt.Errorf("%s: fonts.%s: %w", t, name, err)
	}
	return fam, nil
}

// TextWidth is the width of the type area.
func (th *Theme) TextWidth() typeset.Scaled { return th.PageWidth - th.MarginLeft - th.MarginRight }

// TextHeight is the height of the type area.
func (th *Theme) TextHeight() typeset.Scaled { return th.PageHeight - th.MarginTop - th.MarginBottom }

// ColumnWidth is the width of one column of body text.
func (th *Theme) ColumnWidth() typeset.Scaled {
	if th.Columns < 2 {
		return th.TextWidth()
	}
	return (th.TextWidth() - typeset.Scaled(th.Columns-1)*th.ColumnGap) / typeset.Scaled(th.Columns)
}

// finalTailDemerits is what a paragraph pays for a last line that is
// only the rest of a word divided on the line before it (zusam-/men.):
// ten times a hyphen of the built-in theme, so such a line is set only
// where no other setting within the tolerance exists.
const finalTailDemerits = 1_000_000

// shortLastHyphens is what a paragraph pays for a last line of one
// short word (typeset.BreakParams.ShortLastDemerits), in halves of the
// theme's hyphen_demerits: one hyphen and a half, so a word divided at a
// good place above („Stadtteil-/beirats mit.“) or a little more space on
// the lines, within the tolerance, is preferred to „mit.“ alone, and a
// runt is still had where neither is.
const shortLastHyphens = 3
