package content

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"brochure/assets"
	"brochure/fonts"
)

// Theme is a validated theme: the design of the brochure as plain values,
// lengths in PostScript points. Layout turns it into typographic styles.
type Theme struct {
	Page          PageTheme
	Fonts         map[string]FontFamily // by name ("text", "display", …)
	Colours       map[string]Colour     // by name ("accent", …)
	Roles         map[string]Role       // by role name ("body", "heading", …)
	Cover         CoverTheme
	Spacing       SpacingTheme
	Links         LinksTheme
	Floats        FloatsTheme
	Justification JustificationTheme
	// Protrusion is how far characters may hang into the margins of
	// justified lines, in thousandths of their width, by character.
	Protrusion ProtrusionTheme
	// Source names the theme file ("" for the built-in theme); Dir is the
	// folder its font paths start from.
	Source, Dir string
}

// PageTheme is the page and its type area.
type PageTheme struct {
	Width, Height                                    float64
	MarginTop, MarginBottom, MarginLeft, MarginRight float64
	Columns                                          int
	ColumnGap                                        float64
	BaselineGrid, RunningHead                        bool
	TableOfContents, CoverFundingBar                 bool
	Bleed, SafetyMargin                              float64
	// PageMultiple pads a bound edition to a multiple of this many pages
	// (4 for a saddle-stitched brochure; 1: no padding), with the funding
	// notice on the back cover; EmptyPages says what the pages added are:
	// "notes" (a „Notizen“ page with ruled lines) or "blank".
	PageMultiple int
	EmptyPages   string
	// MarginInner and MarginOuter are the margins at the binding and at
	// the fore-edge, when the theme gives them instead of margin_left and
	// margin_right: Mirrored is then set, and MarginLeft and MarginRight
	// hold the right-hand page's margins (inner on the left). The bound
	// edition mirrors them on left-hand pages; the screen edition is
	// one-sided and sets every page as a right-hand page.
	MarginInner, MarginOuter float64
	Mirrored                 bool
}

// FontFamily is an embedded family ("serif", "sans") or four TrueType files.
type FontFamily struct {
	Builtin string
	// Files are regular, bold, italic and bold italic, resolved against
	// the theme's folder.
	Files [4]string
	// Faces are the files' faces as validation parsed them, handed on so
	// that layout does not parse them again; nil for a built-in family.
	Faces [4]*fonts.Face
}

// Colour is a colour for both editions.
type Colour struct {
	CMYK [4]uint8 // percent
	RGB  [3]uint8
}

// Role is a typographic role: which font, how big, what colour.
type Role struct {
	Font, Style, Colour string
	Size, Leading       float64
	Tracking            int
	Upper               bool
}

// CoverTheme is the cover's coloured field.
type CoverTheme struct {
	Background  string
	FieldHeight float64
}

// SpacingTheme holds the vertical and small horizontal distances.
type SpacingTheme struct {
	Paragraph, Section, ListIndent, Rule, QRModule, EmblemHeight, PhotoWidth float64
}

// LinksTheme is how presentation and web links are set: every QR code at
// one size, and the address printed beside it.
type LinksTheme struct {
	// QRSize is the side of every QR code, quiet zone excluded.
	QRSize float64
	// PrintURL is "full" (the address without its scheme) or "host".
	PrintURL string
	// Arrangement is where a link block's text stands: beside its code
	// or below it, the same for every block.
	Arrangement LinkArrangement
}

// LinkArrangement is where a link block sets its text against its QR
// code (theme key links.arrangement).
type LinkArrangement uint8

// The arrangements of link blocks.
const (
	LinksBeside LinkArrangement = iota // text beside the code ("beside")
	LinksBelow                         // text below the code ("below")
)

// String is the arrangement as the theme writes it.
func (a LinkArrangement) String() string {
	if a == LinksBelow {
		return "below"
	}
	return "beside"
}

// parseLinkArrangement reads links.arrangement.
func parseLinkArrangement(s string) (LinkArrangement, bool) {
	switch s {
	case "beside":
		return LinksBeside, true
	case "below":
		return LinksBelow, true
	}
	return 0, false
}

// FloatsTheme says which blocks may leave their place in the text for
// the top of the next page or column ("page") and which stand where
// their section puts them ("here"), and how far the space between blocks
// may flex so a page ends flush.
type FloatsTheme struct {
	// Pictures and Links are "page" or "here".
	Pictures, Links string
	// SpaceFlex is how far, in percent of its height, the space between
	// blocks may stretch or shrink; without a baseline grid only (with
	// one, spaces stay whole lines).
	SpaceFlex int
}

// ProtrusionTheme holds margin protrusion factors (0–1000) by character.
type ProtrusionTheme struct {
	Left, Right map[rune]int
}

// JustificationTheme holds the line-breaking parameters.
type JustificationTheme struct {
	Pretolerance, Tolerance, Expansion, MaxHyphenRun int
	// ScaleJumpDemerits penalise a change of glyph width between
	// neighbouring lines (see typeset.BreakParams).
	ScaleJumpDemerits int
	// HyphenDemerits are added for every line that ends hyphenated (see
	// typeset.BreakParams).
	HyphenDemerits int
	// SpaceFlexibility is the share of the spaces' stretch and shrink the
	// breaker counts on, in per cent (see typeset.BreakParams).
	SpaceFlexibility int
	// ShrinkFlexibility is that share for their shrink (see
	// typeset.BreakParams).
	ShrinkFlexibility int
	EmergencyStretch  float64
	Align             string // "auto", "justified" or "ragged"
	// Protrusion lets characters hang into the margins of justified text
	// by the [protrusion] factors.
	Protrusion bool
}

// RoleNames are the typographic roles a theme defines.
var RoleNames = []string{"body", "quote", "label", "heading", "speaker_name", "speaker_role", "moderation", "caption", "footer",
	"toc_entry", "cover_kind", "cover_title", "cover_subtitle", "cover_date", "cover_event"}

// BuiltinFonts are the families embedded in the program.
var BuiltinFonts = []string{"serif", "sans"}

var (
	defaultThemeOnce sync.Once
	defaultTheme     *Theme
)

// DefaultTheme is the built-in theme, parsed once per process. Callers
// must not modify it.
func DefaultTheme() *Theme {
	defaultThemeOnce.Do(func() {
		t, err := ParseTheme("", nil, "", false)
		if err != nil {
			panic("built-in theme: " + err.Error()) // a broken build, not bad input
		}
		defaultTheme = t
	})
	return defaultTheme
}

// LoadTheme reads a theme file; what it does not set comes from the
// built-in theme. Its font files must lie in its folder unless
// allowOutside is set.
func LoadTheme(path string, allowOutside bool) (*Theme, error) {
	data, err := ReadFileLimited(path, MaxFileSize, "theme files")
	if err != nil {
		return nil, Diagnostics{{File: path, Msg: err.Error()}}
	}
	return ParseTheme(path, data, filepath.Dir(path), allowOutside)
}

// ParseTheme merges a theme given as bytes (nil: none) over the built-in
// theme and validates the result, its font files (relative to dir)
// included. name is used in messages; on failure the error is a
// Diagnostics listing every problem.
func ParseTheme(name string, data []byte, dir string, allowOutside bool) (*Theme, error) {
	var base map[string]any
	if _, err := toml.Decode(string(assets.DefaultTheme), &base); err != nil {
		return nil, err
	}
	keys := locateKeys("")
	if len(bytes.TrimSpace(data)) == 0 {
		data = nil // an empty theme changes nothing
	}
	if data != nil {
		src, diag := checkEncoding(name, data)
		if diag != nil {
			return nil, Diagnostics{*diag}
		}
		var user map[string]any
		if _, err := toml.Decode(src, &user); err != nil {
			return nil, Diagnostics{syntaxDiagnostic(name, src, err)}
		}
		keys = locateKeys(src)
		d := &decoder{file: name, keys: keys}
		d.checkThemeKeys(user)
		if len(d.diags) > 0 {
			d.diags.sortByPosition()
			return nil, d.diags
		}
		// A font family the user gives as files replaces the built-in
		// family of that name; it does not inherit its "builtin" key.
		if fams, ok := user["fonts"].(map[string]any); ok {
			for name, v := range fams {
				fam, _ := v.(map[string]any)
				_, builtin := fam["builtin"]
				if baseFams, ok := base["fonts"].(map[string]any); ok && fam != nil && !builtin {
					if bf, ok := baseFams[name].(map[string]any); ok {
						delete(bf, "builtin")
					}
				}
			}
		}
		dropSideMargins(base, user)
		mergeTables(base, user)
	}
	d := &decoder{file: name, keys: keys}
	if name == "" {
		d.file = "(built-in theme)"
	}
	t := d.theme(base)
	t.Source, t.Dir = name, dir
	d.checkFontFiles(t, allowOutside)
	if len(d.diags) > 0 {
		d.diags.sortByPosition()
		return nil, d.diags
	}
	return t, nil
}

// mergeTables copies src over dst, merging tables key by key.
func mergeTables(dst, src map[string]any) {
	for k, v := range src {
		if sub, ok := v.(map[string]any); ok {
			if dsub, ok := dst[k].(map[string]any); ok {
				mergeTables(dsub, sub)
				continue
			}
		}
		dst[k] = v
	}
}

// checkThemeKeys reports unknown keys in a user theme before merging, so
// that typos are named with their position rather than silently ignored.
func (d *decoder) checkThemeKeys(user map[string]any) {
	d.known("", user, "page", "fonts", "colours", "roles", "cover", "spacing", "links", "justification", "protrusion",
		"floats", "pagination")
	sections := map[string][]string{
		"page": {"width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right", "columns",
			"column_gap", "baseline_grid", "running_head", "table_of_contents", "cover_funding_bar", "bleed", "safety_margin",
			"page_multiple", "empty_pages",
			"margin_inner", "margin_outer"},
		"cover":         {"background", "field_height"},
		"spacing":       {"paragraph", "section", "list_indent", "rule", "qr_module", "emblem_height", "photo_width"},
		"links":         {"qr_size", "print_url", "arrangement"},
		"justification": {"pretolerance", "tolerance", "emergency_stretch", "expansion", "scale_jump_demerits", "hyphen_demerits", "space_flexibility", "shrink_flexibility", "max_hyphen_run", "align", "protrusion"},
		"protrusion":    {"left", "right"},
		"floats":        {"pictures", "links"},
		"pagination":    {"space_flex"},
	}
	for section, allowed := range sections {
		if m, ok := user[section].(map[string]any); ok {
			d.known(section, m, allowed...)
		}
	}
	d.checkFacingMargins(user)
	if roles, ok := user["roles"].(map[string]any); ok {
		d.known("roles", roles, RoleNames...)
		for _, name := range sortedKeys(roles) {
			if m, ok := roles[name].(map[string]any); ok {
				d.known("roles."+name, m, "font", "style", "size", "leading", "colour", "tracking", "upper")
			}
		}
	}
	if fams, ok := user["fonts"].(map[string]any); ok {
		for _, name := range sortedKeys(fams) {
			if m, ok := fams[name].(map[string]any); ok {
				d.known("fonts."+name, m, "builtin", "regular", "bold", "italic", "bold_italic")
			}
		}
	}
	if cols, ok := user["colours"].(map[string]any); ok {
		for _, name := range sortedKeys(cols) {
			if m, ok := cols[name].(map[string]any); ok {
				d.known("colours."+name, m, "cmyk", "rgb")
			}
		}
	}
}

func (d *decoder) theme(m map[string]any) *Theme {
	t := &Theme{Fonts: map[string]FontFamily{}, Colours: map[string]Colour{}, Roles: map[string]Role{}}
	// A derived check (does the measure stay positive, does the indent fit
	// the column) runs only when the values it derives from were valid,
	// so one mistake gives one message.
	measureOK := false
	if p := d.table("", m, "page", true); p != nil {
		before := len(d.diags)
		t.Page = PageTheme{
			Width: d.length("page", p, "width", 50*mm, 1000*mm), Height: d.length("page", p, "height", 50*mm, 1000*mm),
			MarginTop: d.length("page", p, "margin_top", 0, 500*mm), MarginBottom: d.length("page", p, "margin_bottom", 0, 500*mm),
			Columns: d.integer("page", p, "columns", 1, 2), ColumnGap: d.length("page", p, "column_gap", 0, 100*mm),
			BaselineGrid:    d.boolean("page", p, "baseline_grid", true),
			RunningHead:     d.boolean("page", p, "running_head", false),
			TableOfContents: d.boolean("page", p, "table_of_contents", true),
			CoverFundingBar: d.boolean("page", p, "cover_funding_bar", true),
			Bleed:           d.length("page", p, "bleed", 0, 20*mm),
			PageMultiple:    d.integer("page", p, "page_multiple", 1, 32),
			EmptyPages:      d.text("page", p, "empty_pages", true),
			SafetyMargin:    d.length("page", p, "safety_margin", 0, 50*mm),
		}
		d.sideMargins(p, &t.Page)
		pg := t.Page
		if e := pg.EmptyPages; e != "notes" && e != "blank" && !d.hasErrorAt("page.empty_pages") {
			d.errorf("page.empty_pages", "%q: expected \"notes\" (a „Notizen“ page) or \"blank\"", e)
		}
		if len(d.diags) == before {
			measureOK = true
			if w := pg.Width - pg.MarginLeft - pg.MarginRight; w < 100 {
				d.errorf("page", "the type area is %.0f pt wide; margins leave too little room (at least 100 pt)", w)
				measureOK = false
			} else if col := (w - float64(pg.Columns-1)*pg.ColumnGap) / float64(pg.Columns); col < 60*mm {
				d.errorf("page.column_gap", "%d columns with a gap of %.1f mm leave %.1f mm a column; at least 60 mm are needed", pg.Columns, pg.ColumnGap/mm, col/mm)
				measureOK = false
			}
			if h := pg.Height - pg.MarginTop - pg.MarginBottom; h < 200 {
				d.errorf("page", "the type area is %.0f pt high; margins leave too little room (at least 200 pt)", h)
			}
			if pg.Width+2*pg.Bleed > 14400 || pg.Height+2*pg.Bleed > 14400 {
				d.errorf("page", "the page with its bleed is larger than the 5.08 m (14,400 pt) PDF allows")
			}
		}
	}
	if fams := d.table("", m, "fonts", true); fams != nil {
		for _, name := range sortedKeys(fams) {
			t.Fonts[name] = d.fontFamily("fonts."+name, fams[name])
		}
	}
	if cols := d.table("", m, "colours", true); cols != nil {
		for _, name := range sortedKeys(cols) {
			t.Colours[name] = d.colour("colours."+name, cols[name])
		}
	}
	if roles := d.table("", m, "roles", true); roles != nil {
		for _, name := range RoleNames {
			rm := d.table("roles", roles, name, true)
			if rm == nil {
				continue
			}
			t.Roles[name] = d.role("roles."+name, rm, t)
		}
	}
	if c := d.table("", m, "cover", true); c != nil {
		t.Cover = CoverTheme{Background: d.colourRef("cover", c, "background", t), FieldHeight: d.length("cover", c, "field_height", 0, 1000*mm)}
		if t.Page.Height > 0 && t.Cover.FieldHeight > t.Page.Height*0.8 {
			d.errorf("cover.field_height", "the cover field (%.0f mm) leaves no room below it on a %.0f mm page", t.Cover.FieldHeight/mm, t.Page.Height/mm)
		}
	}
	if s := d.table("", m, "spacing", true); s != nil {
		t.Spacing = SpacingTheme{
			Paragraph: d.length("spacing", s, "paragraph", 0, 50*mm), Section: d.length("spacing", s, "section", 0, 100*mm),
			ListIndent: d.length("spacing", s, "list_indent", 0, 50*mm), Rule: d.length("spacing", s, "rule", 0.1, 10*mm),
			QRModule: d.length("spacing", s, "qr_module", 0, 5*mm), EmblemHeight: d.length("spacing", s, "emblem_height", 10*mm, 100*mm),
			PhotoWidth: d.length("spacing", s, "photo_width", 10*mm, 100*mm),
		}
		if col := t.columnWidth(); col > 0 && measureOK {
			if t.Spacing.ListIndent > col/2 && !d.hasErrorAt("spacing.list_indent") {
				d.errorf("spacing.list_indent", "a list indent of %.1f mm leaves too little of the %.1f mm column for the items", t.Spacing.ListIndent/mm, col/mm)
			}
			if t.Spacing.PhotoWidth > col/2 && !d.hasErrorAt("spacing.photo_width") {
				d.errorf("spacing.photo_width", "portraits %.1f mm wide take more than half of the %.1f mm column", t.Spacing.PhotoWidth/mm, col/mm)
			}
		}
		if t.Spacing.QRModule < 0.4*72/25.4-1e-9 && !d.hasErrorAt("spacing.qr_module") {
			d.errorf("spacing.qr_module", "QR modules of %.2f mm are too small to scan reliably; use at least 0.4mm", t.Spacing.QRModule*25.4/72)
		}
	}
	if l := d.table("", m, "links", true); l != nil {
		t.Links = LinksTheme{QRSize: d.length("links", l, "qr_size", 10*mm, 60*mm), PrintURL: d.text("links", l, "print_url", true)}
		if u := t.Links.PrintURL; u != "full" && u != "host" {
			d.errorf("links.print_url", "%q: expected \"full\" (the address without https://) or \"host\"", u)
		}
		a := d.text("links", l, "arrangement", true)
		if arr, ok := parseLinkArrangement(a); ok {
			t.Links.Arrangement = arr
		} else if !d.hasErrorAt("links.arrangement") {
			d.errorf("links.arrangement", "%q: expected \"beside\" (text beside the QR code) or \"below\"", a)
		}
	}
	t.Floats = d.floats(m)
	if pr := d.table("", m, "protrusion", true); pr != nil {
		t.Protrusion = ProtrusionTheme{Left: d.protrusionFactors("protrusion", pr, "left"), Right: d.protrusionFactors("protrusion", pr, "right")}
	}
	if j := d.table("", m, "justification", true); j != nil {
		t.Justification = JustificationTheme{
			Pretolerance:      d.integer("justification", j, "pretolerance", -1, 10000),
			Tolerance:         d.integer("justification", j, "tolerance", 0, 10000),
			Expansion:         d.integer("justification", j, "expansion", 0, 50),
			MaxHyphenRun:      d.integer("justification", j, "max_hyphen_run", 0, 10),
			ScaleJumpDemerits: d.integer("justification", j, "scale_jump_demerits", 0, 1000000),
			SpaceFlexibility:  d.integer("justification", j, "space_flexibility", 10, 100),
			HyphenDemerits:    d.integer("justification", j, "hyphen_demerits", 0, 1000000),
			ShrinkFlexibility: d.integer("justification", j, "shrink_flexibility", 10, 100),
			EmergencyStretch:  d.length("justification", j, "emergency_stretch", 0, 100),
			Align:             d.text("justification", j, "align", true),
			Protrusion:        d.boolean("justification", j, "protrusion", true),
		}
		if a := t.Justification.Align; a != "" && a != "auto" && a != "justified" && a != "ragged" {
			d.errorf("justification.align", "%q: expected \"auto\", \"justified\" or \"ragged\"", a)
		}
	}
	return t
}

// floats reads [floats] and [pagination]: which blocks float, and how
// far the space between blocks flexes.
func (d *decoder) floats(m map[string]any) FloatsTheme {
	var f FloatsTheme
	if fl := d.table("", m, "floats", true); fl != nil {
		f.Pictures, f.Links = d.text("floats", fl, "pictures", true), d.text("floats", fl, "links", true)
		for _, k := range []struct{ key, v string }{{"pictures", f.Pictures}, {"links", f.Links}} {
			if k.v != "page" && k.v != "here" && !d.hasErrorAt("floats."+k.key) {
				d.errorf("floats."+k.key, "%q: expected \"page\" (may move to the top of the next page) or \"here\" (stays in the text)", k.v)
			}
		}
	}
	if p := d.table("", m, "pagination", true); p != nil {
		f.SpaceFlex = d.integer("pagination", p, "space_flex", 0, 50)
	}
	return f
}

func (d *decoder) fontFamily(path string, v any) FontFamily {
	m, ok := v.(map[string]any)
	if !ok {
		d.errorf(path, "expected a table with builtin = \"serif\" or regular/bold/italic/bold_italic files, got %s", typeName(v))
		return FontFamily{}
	}
	f := FontFamily{Builtin: d.text(path, m, "builtin", false)}
	for i, key := range []string{"regular", "bold", "italic", "bold_italic"} {
		f.Files[i] = d.text(path, m, key, false)
	}
	files := 0
	for _, file := range f.Files {
		if file != "" {
			files++
		}
	}
	switch {
	case f.Builtin != "" && files > 0:
		d.errorf(path, "give either builtin or font files, not both")
	case f.Builtin != "" && !contains(BuiltinFonts, f.Builtin):
		d.errorf(joinPath(path, "builtin"), "unknown built-in font %q (expected one of %s)", f.Builtin, strings.Join(BuiltinFonts, ", "))
	case f.Builtin == "" && files != 4:
		d.errorf(path, "needs all four faces: regular, bold, italic and bold_italic (TrueType .ttf files)")
	}
	return f
}

func (d *decoder) colour(path string, v any) Colour {
	m, ok := v.(map[string]any)
	if !ok {
		d.errorf(path, "expected { cmyk = [C, M, Y, K], rgb = \"#RRGGBB\" }, got %s", typeName(v))
		return Colour{}
	}
	var c Colour
	switch list := m["cmyk"].(type) {
	case []any:
		if len(list) != 4 {
			d.errorf(joinPath(path, "cmyk"), "expected four percentages [C, M, Y, K], got %d values", len(list))
			break
		}
		for i, e := range list {
			n, ok := e.(int64)
			if !ok || n < 0 || n > 100 {
				d.errorf(joinPath(path, "cmyk"), "expected whole percentages from 0 to 100, got %v", e)
				break
			}
			c.CMYK[i] = uint8(n)
		}
	case nil:
		d.errorf(joinPath(path, "cmyk"), "required: the process colour for print, e.g. [100, 70, 10, 10]")
	default:
		d.errorf(joinPath(path, "cmyk"), "expected [C, M, Y, K], got %s", typeName(list))
	}
	hex, _ := m["rgb"].(string)
	if len(hex) != 7 || hex[0] != '#' {
		d.errorf(joinPath(path, "rgb"), "expected the screen colour as \"#RRGGBB\", got %v", m["rgb"])
		return c
	}
	for i := 0; i < 3; i++ {
		n, err := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		if err != nil {
			d.errorf(joinPath(path, "rgb"), "%q is not a hex colour such as \"#004B87\"", hex)
			return c
		}
		c.RGB[i] = uint8(n)
	}
	return c
}

var roleStyles = []string{"regular", "bold", "italic", "bold_italic"}

func (d *decoder) role(path string, m map[string]any, t *Theme) Role {
	r := Role{
		Font:   d.text(path, m, "font", true),
		Style:  d.text(path, m, "style", true),
		Colour: d.colourRef(path, m, "colour", t),
		Size:   d.length(path, m, "size", 4, 200),
		Upper:  d.boolean(path, m, "upper", false),
	}
	before := len(d.diags)
	r.Leading = d.length(path, m, "leading", 4, 400)
	leadingOK := len(d.diags) == before
	if _, ok := m["tracking"]; ok {
		r.Tracking = d.integer(path, m, "tracking", -100, 500)
	}
	if _, ok := t.Fonts[r.Font]; r.Font != "" && !ok {
		d.errorf(joinPath(path, "font"), "no font family %q in [fonts] (have %s)", r.Font, strings.Join(mapKeys(t.Fonts), ", "))
	}
	if r.Style != "" && !contains(roleStyles, r.Style) {
		d.errorf(joinPath(path, "style"), "unknown style %q (expected one of %s)", r.Style, strings.Join(roleStyles, ", "))
	}
	if leadingOK && r.Leading > 0 && r.Size > 0 && r.Leading < r.Size*0.8 {
		d.errorf(joinPath(path, "leading"), "%.1f pt leading for %.1f pt type would make lines collide", r.Leading, r.Size)
	}
	return r
}

// colourRef reads the name of a colour defined in [colours].
func (d *decoder) colourRef(path string, m map[string]any, key string, t *Theme) string {
	name := d.text(path, m, key, true)
	if _, ok := t.Colours[name]; name != "" && !ok {
		d.errorf(joinPath(path, key), "no colour %q in [colours] (have %s)", name, strings.Join(mapKeys(t.Colours), ", "))
	}
	return name
}

// mm is a millimetre in points.
const mm = 72 / 25.4

// columnWidth is the width of one column of text, 0 when the page is
// not known.
func (t *Theme) columnWidth() float64 {
	pg := t.Page
	if pg.Columns < 1 {
		return 0
	}
	return (pg.Width - pg.MarginLeft - pg.MarginRight - float64(pg.Columns-1)*pg.ColumnGap) / float64(pg.Columns)
}

// length reads a length with its unit ("12mm", "10.5pt", "1cm", "0.5in")
// and returns it in points; it must lie in [lo, hi] (points).
func (d *decoder) length(path string, m map[string]any, key string, lo, hi float64) float64 {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		d.errorf(p, "required (a length such as \"12mm\" or \"10.5pt\")")
		return 0
	}
	s, ok := v.(string)
	if !ok {
		d.errorf(p, "expected a length with its unit such as \"12mm\" or \"10.5pt\", got %s", typeName(v))
		return 0
	}
	units := map[string]float64{"mm": 72 / 25.4, "cm": 720 / 25.4, "pt": 1, "in": 72}
	for unit, factor := range units {
		if num, ok := strings.CutSuffix(strings.TrimSpace(s), unit); ok {
			x, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				break
			}
			if pt := x * factor; pt < lo-1e-9 || pt > hi+1e-9 {
				d.errorf(p, "%s is out of range: expected %s to %s", s, showLength(lo, unit, factor), showLength(hi, unit, factor))
				return math.Max(lo, math.Min(pt, hi))
			}
			return x * factor
		}
	}
	d.errorf(p, "%q is not a length: expected a number and a unit (mm, cm, pt, in), such as \"12mm\"", s)
	return lo
}

// showLength writes a length in points in the unit the author used.
func showLength(pt float64, unit string, factor float64) string {
	return strconv.FormatFloat(math.Round(pt/factor*10)/10, 'f', -1, 64) + unit
}

// integer reads a whole number within [lo, hi].
func (d *decoder) integer(path string, m map[string]any, key string, lo, hi int) int {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		d.errorf(p, "required (a whole number from %d to %d)", lo, hi)
		return lo
	}
	n, ok := v.(int64)
	if !ok || n < int64(lo) || n > int64(hi) {
		d.errorf(p, "expected a whole number from %d to %d, got %v", lo, hi, v)
		return lo
	}
	return int(n)
}

func mapKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// FontFile resolves a font path of the theme against its folder.
func (t *Theme) FontFile(file string) string {
	if filepath.IsAbs(file) || t.Dir == "" {
		return file
	}
	return filepath.Join(t.Dir, file)
}

// String names the theme for messages.
func (t *Theme) String() string {
	if t.Source == "" {
		return "the built-in theme"
	}
	return fmt.Sprintf("theme %s", t.Source)
}

// checkFontFiles verifies that a theme's font files exist, stay inside
// its folder, and are TrueType: OpenType/CFF fonts and collections cannot
// be embedded by the PDF writer.
func (d *decoder) checkFontFiles(t *Theme, allowOutside bool) {
	for _, name := range mapKeys(t.Fonts) {
		for i, file := range t.Fonts[name].Files {
			if file == "" {
				continue
			}
			key := fmt.Sprintf("fonts.%s.%s", name, []string{"regular", "bold", "italic", "bold_italic"}[i])
			path, err := ResolveAsset(t.Dir, file, allowOutside)
			if err != nil {
				d.fileErrorf(key, t.Dir, file, "%v", err)
				continue
			}
			if msg := fontSignatureProblem(path); msg != "" {
				d.fileErrorf(key, t.Dir, file, "%q %s", file, msg)
				continue
			}
			// Parsed now, so a broken font is reported at its key; the
			// face goes with the theme to the layout.
			face, err := fonts.LoadFile(path)
			if err != nil {
				d.fileErrorf(key, t.Dir, file, "%q cannot be used: %s", file, strings.TrimPrefix(err.Error(), path+": "))
				continue
			}
			fam := t.Fonts[name]
			fam.Faces[i] = face
			t.Fonts[name] = fam
		}
	}
}

// fontSignatureProblem reads a font file's first bytes and says why it
// cannot be used, or "".
func fontSignatureProblem(path string) string {
	info, err := os.Stat(path)
	if err != nil {
		return describeReadError(err)
	}
	if !info.Mode().IsRegular() {
		return "is not a regular file (" + fileKind(info.Mode()) + ")"
	}
	if info.Size() > fonts.MaxFileSize {
		return fmt.Sprintf("is %d MB; font files may be at most %d MB", info.Size()>>20, fonts.MaxFileSize>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return describeReadError(err)
	}
	defer f.Close()
	var sig [4]byte
	if _, err := io.ReadFull(f, sig[:]); err != nil {
		return "is too short to be a font"
	}
	switch string(sig[:]) {
	case "\x00\x01\x00\x00", "true":
		return ""
	case "OTTO":
		return "is an OpenType font with CFF (PostScript) outlines, which cannot be embedded; use the TrueType (.ttf) version of the family"
	case "ttcf":
		return "is a font collection (.ttc); use the single TrueType (.ttf) files of the faces"
	case "wOFF", "wOF2":
		return "is a web font (WOFF); use the TrueType (.ttf) version"
	}
	return "is not a TrueType font"
}

// protrusionFactors reads a table of single characters and factors from 0
// to 1000 (thousandths of the character's width).
func (d *decoder) protrusionFactors(path string, m map[string]any, key string) map[rune]int {
	out := map[rune]int{}
	t := d.table(path, m, key, false)
	for _, ch := range sortedKeys(t) {
		p := joinPath(joinPath(path, key), ch)
		r := []rune(ch)
		if len(r) != 1 {
			d.errorf(p, "%q: expected a single character", ch)
			continue
		}
		v, ok := t[ch].(int64)
		if !ok || v < 0 || v > 1000 {
			d.errorf(p, "expected a whole number from 0 to 1000 (thousandths of the character's width), got %v", t[ch])
			continue
		}
		out[r[0]] = int(v)
	}
	return out
}
