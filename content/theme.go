package content

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
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
//
// These types are the theme's schema. Every key is one field, declared by
// its tag: key (the name; ",optional" for a key without a default),
// range (lengths with their unit, whole numbers bare), default (as a
// theme file writes it) and doc (one line). The field's Go type is the
// value's: float64 a length in points, int a whole number, bool true or
// false, a choice type (themechoices.go) one of its names, and a string
// with a ref tag the name of a [colours] or [fonts] entry. Reading,
// checking, the defaults, the test of assets/theme.toml and the README's
// key table all follow from the tags (themeschema.go).
type Theme struct {
	Page    PageTheme             `table:"page"`
	Fonts   map[string]FontFamily `table:"fonts"`   // by name ("text", "display", …)
	Colours map[string]Colour     `table:"colours"` // by name ("accent", …)
	Roles   map[string]Role       `table:"roles"`   // by role name ("body", "heading", …)
	Cover   CoverTheme            `table:"cover"`
	Spacing SpacingTheme          `table:"spacing"`
	Links   LinksTheme            `table:"links"`
	// Justification holds the line-breaking parameters.
	Justification JustificationTheme `table:"justification"`
	// Protrusion is how far characters may hang into the margins of
	// justified lines, in thousandths of their width, by character.
	Protrusion ProtrusionTheme `table:"protrusion"`
	Floats     FloatsTheme     `table:"floats"`
	Pagination PaginationTheme `table:"pagination"`
	// Contrast lists the text the theme sets too faint on its ground for
	// the screen (see checkContrast); the screen edition refuses them, the
	// print edition warns. nil when there is none.
	Contrast Diagnostics
	// Source names the theme file ("" for the built-in theme); Dir is the
	// folder its font paths start from.
	Source, Dir string
}

// PageTheme is the page and its type area.
type PageTheme struct {
	Width        float64 `key:"width" range:"50mm..1000mm" default:"210mm" doc:"width of the trimmed page"`
	Height       float64 `key:"height" range:"50mm..1000mm" default:"297mm" doc:"height of the trimmed page"`
	MarginTop    float64 `key:"margin_top" range:"0mm..500mm" default:"25mm" doc:"margin above the type area"`
	MarginBottom float64 `key:"margin_bottom" range:"0mm..500mm" default:"30mm" doc:"margin below the type area"`
	MarginLeft   float64 `key:"margin_left" range:"0mm..500mm" default:"40mm" doc:"left margin on every page (or give margin_inner and margin_outer)"`
	MarginRight  float64 `key:"margin_right" range:"0mm..500mm" default:"40mm" doc:"right margin on every page"`
	Columns      int     `key:"columns" range:"1..2" default:"1" doc:"columns of body text"`
	ColumnGap    float64 `key:"column_gap" range:"0mm..100mm" default:"8mm" doc:"space between two columns"`
	// BaselineGrid makes spaces whole lines of body text.
	BaselineGrid    bool `key:"baseline_grid" default:"true" doc:"spaces are whole lines of body text, so baselines line up"`
	RunningHead     bool `key:"running_head" default:"false" doc:"the event title above the text on every page"`
	TableOfContents bool `key:"table_of_contents" default:"true" doc:"a contents page after the cover"`
	// ContentsFromPages is the shortest body, in pages, that gets the
	// contents page: a body of one or two pages is taken in at a glance,
	// and in a bound edition of four pages (cover, two of body, the back)
	// a contents page would add four, three of them blank.
	ContentsFromPages int  `key:"contents_from_pages" range:"1..99" default:"3" doc:"the contents page only when the body takes at least this many pages"`
	CoverFundingBar   bool `key:"cover_funding_bar" default:"true" doc:"funders and EU emblem at the foot of the cover"`
	// Bleed is how far backgrounds run past the trim; SafetyMargin is the
	// closest text may come to it.
	Bleed        float64 `key:"bleed" range:"0mm..20mm" default:"3mm" doc:"print edition: backgrounds run this far past the trim"`
	SafetyMargin float64 `key:"safety_margin" range:"0mm..50mm" default:"5mm" doc:"no text closer than this to the trim"`
	// PageMultiple pads a bound edition to a multiple of this many pages
	// (4 for a saddle-stitched brochure; 1: no padding), with the funding
	// notice on the back cover; EmptyPages says what the pages added are.
	PageMultiple int        `key:"page_multiple" range:"1..32" default:"4" doc:"print edition: pages padded to a multiple of this, funding notice on the back cover; 1: none"`
	EmptyPages   EmptyPages `key:"empty_pages" default:"notes" doc:"the pages added: ruled and headed „Notizen“, or blank"`
	// FitFewerPages lets a print edition whose text runs a page past a
	// multiple set its pictures smaller to save the padding pages.
	FitFewerPages bool `key:"fit_fewer_pages" default:"true" doc:"print edition: where the text runs a page past a multiple, pictures are set smaller (down to 30 % of the type area's height) to save the empty pages"`
	// MarginInner and MarginOuter are the margins at the binding and at
	// the fore-edge, when the theme gives them instead of margin_left and
	// margin_right: Mirrored is then set, and MarginLeft and MarginRight
	// hold the right-hand page's margins (inner on the left). The bound
	// edition mirrors them on left-hand pages; the screen edition is
	// one-sided and sets every page as a right-hand page.
	MarginInner float64 `key:"margin_inner,optional" range:"0mm..500mm" doc:"margin at the binding, mirrored on facing pages (with margin_outer, instead of margin_left and margin_right)"`
	MarginOuter float64 `key:"margin_outer,optional" range:"0mm..500mm" doc:"margin at the fore-edge, mirrored on facing pages"`
	Mirrored    bool
}

// FontFamily is an embedded family ("serif", "sans") or four TrueType files.
type FontFamily struct {
	Builtin BuiltinFont
	// Files are regular, bold, italic and bold italic, resolved against
	// the theme's folder.
	Files [4]string
	// Faces are the files' faces as validation parsed them, handed on so
	// that layout does not parse them again; nil for a built-in family.
	Faces [4]*fonts.Face
}

// fontFaceKeys are the keys of a family's four files, in the order of
// FontFamily.Files.
var fontFaceKeys = []string{"regular", "bold", "italic", "bold_italic"}

// Colour is a colour for both editions.
type Colour struct {
	CMYK [4]uint8 // percent
	RGB  [3]uint8
}

// Role is a typographic role: which font, how big, what colour. Its keys
// have no defaults: every role of the built-in theme gives its own.
type Role struct {
	Font     string      `key:"font" ref:"fonts" doc:"the family the role is set in"`
	Style    fonts.Style `key:"style" doc:"the face of the family; body text sets emphasis in its bold and italic"`
	Size     float64     `key:"size" range:"4pt..200pt" doc:"type size"`
	Leading  float64     `key:"leading" range:"4pt..400pt" doc:"baseline to baseline"`
	Colour   string      `key:"colour" ref:"colours" doc:"the colour of its text"`
	Tracking int         `key:"tracking" range:"-100..500" default:"0" doc:"letter spacing in thousandths of an em"`
	Upper    bool        `key:"upper" default:"false" doc:"set in capitals"`
}

// CoverTheme is the cover's coloured field.
type CoverTheme struct {
	Background  string  `key:"background" ref:"colours" default:"accent" doc:"colour of the field behind the title"`
	FieldHeight float64 `key:"field_height" range:"0mm..1000mm" default:"180mm" doc:"height of the field, from the top edge"`
}

// SpacingTheme holds the vertical and small horizontal distances.
type SpacingTheme struct {
	Paragraph    float64 `key:"paragraph" range:"0mm..50mm" default:"6pt" doc:"between paragraphs"`
	Section      float64 `key:"section" range:"0mm..100mm" default:"30pt" doc:"before a section"`
	ListIndent   float64 `key:"list_indent" range:"0mm..50mm" default:"14pt" doc:"hanging indent of lists, inset of quotes"`
	Rule         float64 `key:"rule" range:"0.1pt..10mm" default:"0.75pt" doc:"weight of rules"`
	QRModule     float64 `key:"qr_module" range:"0mm..5mm" default:"0.4mm" doc:"the smallest QR module (at least 0.4mm): a denser code than links.qr_size allows is an error"`
	EmblemHeight float64 `key:"emblem_height" range:"10mm..100mm" default:"12mm" doc:"EU emblem in the funding bar"`
	PhotoWidth   float64 `key:"photo_width" range:"10mm..100mm" default:"22mm" doc:"speaker photos"`
	PhotoHeight  float64 `key:"photo_height" range:"0mm..150mm" default:"22mm" doc:"speaker photos: each is cropped to photo_width × photo_height, so a grid shows one frame; 0mm keeps each photo's own shape"`
}

// LinksTheme is how presentation and web links are set: every QR code at
// one size, and the address printed beside it.
type LinksTheme struct {
	// QRSize is the side of every QR code, quiet zone excluded.
	QRSize   float64 `key:"qr_size" range:"10mm..60mm" default:"20mm" doc:"every QR code on every page, quiet zone excluded"`
	PrintURL URLForm `key:"print_url" default:"full" doc:"the address beside the code: in full (without https://) or its host"`
	// Arrangement is where a link block's text stands: beside its code
	// or below it, the same for every block.
	Arrangement LinkArrangement `key:"arrangement" default:"beside" doc:"every link block's text beside its code or below it (below for all where a column leaves under 50 mm beside a code)"`
}

// FloatsTheme says which blocks may leave their place in the text for
// the top of the next page or column and which stand where their
// section puts them.
type FloatsTheme struct {
	Pictures FloatMode `key:"pictures" default:"page" doc:"pictures may move to the top of the next page or column, or stay in the text"`
	Links    FloatMode `key:"links" default:"page" doc:"blocks of QR links likewise"`
}

// PaginationTheme is how pages are made to end flush.
type PaginationTheme struct {
	// SpaceFlex is how far, in percent of its height, the space between
	// blocks may stretch or shrink; without a baseline grid only (with
	// one, spaces stay whole lines).
	SpaceFlex int `key:"space_flex" range:"0..50" default:"20" doc:"percent a space between blocks may stretch or shrink so a page ends flush (with baseline_grid only spaces of two lines or more give, by a line)"`
}

// ProtrusionTheme holds margin protrusion factors (0–1000) by character.
type ProtrusionTheme struct {
	Left, Right map[rune]int
}

// JustificationTheme holds the line-breaking parameters (see
// typeset.BreakParams).
type JustificationTheme struct {
	Pretolerance     int     `key:"pretolerance" range:"-1..10000" default:"125" doc:"TeX's first pass, without hyphenation, judged by the badness of glyphs and spaces together as pdfTeX's (-1: none)"`
	Tolerance        int     `key:"tolerance" range:"0..10000" default:"200" doc:"TeX's second pass, with hyphenation"`
	EmergencyStretch float64 `key:"emergency_stretch" range:"0pt..100pt" default:"8pt" doc:"the third pass's extra stretch, rather than overfull lines"`
	Expansion        int     `key:"expansion" range:"0..50" default:"20" doc:"how far glyphs may widen or narrow, in thousandths"`
	// ScaleJumpDemerits penalise a change of glyph width between
	// neighbouring lines.
	ScaleJumpDemerits int `key:"scale_jump_demerits" range:"0..1000000" default:"5000" doc:"cost of neighbouring lines' glyph widths differing by the whole expansion limit"`
	// HyphenDemerits are added for every line that ends hyphenated.
	HyphenDemerits int `key:"hyphen_demerits" range:"0..1000000" default:"100000" doc:"added for every hyphenated line, on top of its break's penalty"`
	// SpaceFlexibility is the share of the spaces' stretch the breaker
	// counts on, in per cent; ShrinkFlexibility that of their shrink.
	SpaceFlexibility  int `key:"space_flexibility" range:"10..100" default:"56" doc:"percent of the spaces' stretch the breaker counts on (TeX: 100)"`
	ShrinkFlexibility int `key:"shrink_flexibility" range:"10..100" default:"100" doc:"percent of the spaces' shrink the breaker counts on"`
	MaxHyphenRun      int `key:"max_hyphen_run" range:"0..10" default:"2" doc:"most hyphenated lines in a row"`
	// Align is how body paragraphs meet the right edge.
	Align Alignment `key:"align" default:"auto" doc:"body text justified, ragged, or auto (ragged in columns under 25 em)"`
	// Protrusion lets characters hang into the margins of justified text
	// by the [protrusion] factors.
	Protrusion bool `key:"protrusion" default:"true" doc:"characters hang into the margins of justified lines by [protrusion]"`
}

// RoleNames are the typographic roles a theme defines.
var RoleNames = []string{"body", "quote", "label", "heading", "subheading", "speaker_name", "speaker_role", "moderation", "caption", "footer",
	"toc_entry", "cover_kind", "cover_title", "cover_subtitle", "cover_date", "cover_event"}

var (
	defaultThemeOnce sync.Once
	defaultTheme     *Theme
)

// DefaultTheme is the built-in theme, made once per process: as
// assets/gen/themevalue wrote it of the theme parsed (builtinTheme), or,
// where that generated file is set aside (nil), parsed. Callers must not
// modify it.
func DefaultTheme() *Theme {
	defaultThemeOnce.Do(func() {
		if defaultTheme = builtinTheme(); defaultTheme != nil {
			return
		}
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
	// The built-in theme's tables, generated from assets/theme.toml, a
	// fresh copy each time (the user's theme is merged into it).
	base := builtinThemeTables()
	keys := locateKeys("")
	if len(bytes.TrimSpace(data)) == 0 {
		data = nil // an empty theme changes nothing
	}
	if data != nil {
		src, diag := checkEncoding(name, data)
		if diag != nil {
			return nil, Diagnostics{*diag}
		}
		user, err := decodeTheme(name, src)
		if err != nil {
			return nil, err
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
		replaceColours(base, user)
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

// decodeTheme reads a theme file's tables. A theme that is the built-in
// one unchanged, as `brochure init` writes it, has the built-in tables,
// which are then not decoded again.
func decodeTheme(name, src string) (map[string]any, error) {
	if src == string(assets.DefaultTheme) {
		return builtinThemeTables(), nil
	}
	var user map[string]any
	if _, err := toml.Decode(src, &user); err != nil {
		return nil, Diagnostics{syntaxDiagnostic(name, src, err)}
	}
	return user, nil
}

// replaceColours takes out of base the colours user gives: a colour is
// replaced whole, never merged with the built-in one, so that one given
// for the screen alone (rgb) is refused for want of its print colour
// (cmyk) instead of printing in the built-in colour while the screen
// shows another.
func replaceColours(base, user map[string]any) {
	cols, _ := user["colours"].(map[string]any)
	baseCols, _ := base["colours"].(map[string]any)
	for name := range cols {
		delete(baseCols, name)
	}
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
// The keys allowed are the schema's (see Theme).
func (d *decoder) checkThemeKeys(user map[string]any) {
	tables, sections := tableNames()
	d.known("", user, tables...)
	for _, name := range tables {
		m, ok := user[name].(map[string]any)
		if !ok {
			continue
		}
		switch name {
		case "protrusion":
			d.known(name, m, "left", "right")
		case "roles":
			d.known(name, m, RoleNames...)
			d.knownEntries(name, m, keyNames(reflect.TypeFor[Role]()))
		case "fonts":
			d.knownEntries(name, m, append([]string{"builtin"}, fontFaceKeys...))
		case "colours":
			d.knownEntries(name, m, []string{"cmyk", "rgb"})
		default:
			d.known(name, m, keyNames(sections[name])...)
		}
	}
	d.checkFacingMargins(user)
}

// knownEntries checks the keys of every entry of a table of named entries.
func (d *decoder) knownEntries(path string, m map[string]any, allowed []string) {
	for _, name := range sortedKeys(m) {
		if e, ok := m[name].(map[string]any); ok {
			d.known(path+"."+name, e, allowed...)
		}
	}
}

// theme reads a merged theme: its sections by their declared keys, then
// the checks that relate keys to each other.
func (d *decoder) theme(m map[string]any) *Theme {
	t := &Theme{Fonts: map[string]FontFamily{}, Colours: map[string]Colour{}, Roles: map[string]Role{}}
	// A derived check (does the measure stay positive, does the indent fit
	// the column) runs only when the values it derives from were valid,
	// so one mistake gives one message.
	measureOK := d.page(m, t)
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
			if rm := d.table("roles", roles, name, true); rm != nil {
				t.Roles[name] = d.role("roles."+name, rm, t)
			}
		}
	}
	if d.themeTable(m, "cover", &t.Cover, t) && t.Page.Height > 0 && t.Cover.FieldHeight > t.Page.Height*0.8 && !d.hasErrorAt("page.height") {
		d.errorf("cover.field_height", "the cover field (%.0f mm) leaves no room below it on a %.0f mm page", t.Cover.FieldHeight/mm, t.Page.Height/mm)
	}
	if d.themeTable(m, "spacing", &t.Spacing, t) {
		d.checkSpacing(t, measureOK)
	}
	t.Contrast = d.checkContrast(t)
	d.themeTable(m, "links", &t.Links, t)
	d.themeTable(m, "floats", &t.Floats, t)
	d.themeTable(m, "pagination", &t.Pagination, t)
	if pr := d.table("", m, "protrusion", true); pr != nil {
		t.Protrusion = ProtrusionTheme{Left: d.protrusionFactors("protrusion", pr, "left"), Right: d.protrusionFactors("protrusion", pr, "right")}
	}
	d.themeTable(m, "justification", &t.Justification, t)
	return t
}

// page reads [page] and checks that the type area is large enough; it
// reports whether the measure is known to be good.
func (d *decoder) page(m map[string]any, t *Theme) bool {
	before := len(d.diags)
	p := d.table("", m, "page", true)
	if p == nil {
		return false
	}
	d.readKeys("page", p, &t.Page, t)
	d.sideMargins(p, &t.Page)
	pg := t.Page
	if len(d.diags) != before {
		return false
	}
	measureOK := true
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
	return measureOK
}

// checkSpacing relates the spacing to the column: list indents and
// portraits must leave room beside them, QR modules must scan.
func (d *decoder) checkSpacing(t *Theme, measureOK bool) {
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

// fontFamily reads a [fonts] entry: a built-in family or four files.
func (d *decoder) fontFamily(path string, v any) FontFamily {
	m, ok := v.(map[string]any)
	if !ok {
		d.errorf(path, "expected a table with builtin = \"serif\" or regular/bold/italic/bold_italic files, got %s", typeName(v))
		return FontFamily{}
	}
	builtin := d.text(path, m, "builtin", false)
	var f FontFamily
	for i, key := range fontFaceKeys {
		f.Files[i] = d.text(path, m, key, false)
	}
	files := 0
	for _, file := range f.Files {
		if file != "" {
			files++
		}
	}
	builtins := choiceSets[reflect.TypeFor[BuiltinFont]()]
	n, known := builtins.lookup(builtin)
	switch {
	case builtin != "" && files > 0:
		d.errorf(path, "give either builtin or font files, not both")
	case !known:
		d.errorf(joinPath(path, "builtin"), "%s", builtins.expected(builtin))
	case builtin == "" && files != 4:
		d.errorf(path, "needs all four faces: regular, bold, italic and bold_italic (TrueType .ttf files)")
	}
	f.Builtin = BuiltinFont(n)
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
	if m["rgb"] == nil {
		d.errorf(joinPath(path, "rgb"), "required: the colour on screen, e.g. \"#004B87\"")
		return c
	}
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

// role reads a [roles] entry by its declared keys, and checks that its
// leading keeps lines apart.
func (d *decoder) role(path string, m map[string]any, t *Theme) Role {
	var r Role
	d.readKeys(path, m, &r, t)
	if !d.hasErrorAt(joinPath(path, "leading")) && r.Leading > 0 && r.Size > 0 && r.Leading < r.Size*0.8 {
		d.errorf(joinPath(path, "leading"), "%.1f pt leading for %.1f pt type would make lines collide", r.Leading, r.Size)
	}
	return r
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
			key := fmt.Sprintf("fonts.%s.%s", name, fontFaceKeys[i])
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
