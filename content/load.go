package content

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// MaxFileSize bounds the content file; a documentation brochure is a few
// dozen kilobytes of text.
const MaxFileSize = 8 << 20

// Options adjust how content is read.
type Options struct {
	// Dir is the folder relative asset paths start from; it defaults to the
	// content file's folder.
	Dir string
	// AllowOutside permits asset paths that leave Dir (../…, absolute paths).
	AllowOutside bool
}

// Load reads and validates a content file.
func Load(path string, opts Options) (*Document, error) {
	data, err := ReadFileLimited(path, MaxFileSize, "content files")
	if err != nil {
		return nil, Diagnostics{{File: path, Msg: err.Error()}}
	}
	if opts.Dir == "" {
		opts.Dir = filepath.Dir(path)
	}
	return Parse(path, data, opts)
}

func describeReadError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// Parse validates content given as bytes; name is used in messages. On
// failure the error is a Diagnostics listing every problem found.
func Parse(name string, data []byte, opts Options) (*Document, error) {
	src, diag := checkEncoding(name, data)
	if diag != nil {
		return nil, Diagnostics{*diag}
	}
	doc, _, err := parseSource(name, src, opts)
	return doc, err
}

// parseSource is Parse after the encoding's check, returning the TOML
// tree the document was made from too (for Carry).
func parseSource(name, src string, opts Options) (*Document, map[string]any, error) {
	var tree map[string]any
	if _, err := toml.Decode(src, &tree); err != nil {
		return nil, nil, syntaxErrors(name, src, err, opts)
	}
	d := &decoder{file: name, keys: locateKeys(src), opts: opts}
	d.diags = append(d.diags, gluedLines(name, src)...)
	doc := d.document(tree, src)
	doc.Source, doc.Dir, doc.keys = name, opts.Dir, d.keys
	doc.Theme = d.loadTheme(tree, opts)
	if len(d.diags) > 0 {
		d.diags.sortByPosition()
		return nil, nil, d.diags
	}
	return doc, tree, nil
}

// checkEncoding turns raw bytes into UTF-8 text, or explains why the file
// is not a TOML text file. (Composition to NFC is a typography rule the
// layout applies, so it can be switched off.)
func checkEncoding(name string, data []byte) (string, *Diagnostic) {
	fail := func(pos Position, format string, args ...any) (string, *Diagnostic) {
		return "", &Diagnostic{File: name, Pos: pos, Msg: fmt.Sprintf(format, args...)}
	}
	kind := binaryKind(data)
	switch {
	case len(data) > MaxFileSize:
		return fail(Position{}, "file is %d bytes; content files may be at most %d MiB", len(data), MaxFileSize>>20)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fail(Position{}, "file is UTF-16 encoded; save it as UTF-8")
	case len(bytes.TrimSpace(data)) == 0:
		return fail(Position{}, "file is empty; expected [document] and [[sections]] tables (`brochure init DIR` writes an example)")
	case kind != "":
		return fail(Position{}, "file is %s, not the event's content: give the content file written in TOML (content.toml; `brochure init DIR` writes an example)", kind)
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(data) && bytes.IndexByte(data, 0) < 0 {
		return string(data), nil // the usual case, checked fast; the loop below finds the fault
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fail(Position{line, col}, "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", data[i])
		case r == 0:
			return fail(Position{line, col}, "file contains NUL bytes; it is binary, not TOML text")
		case r == '\n':
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return string(data), nil
}

// binaryKind names the kind of file data is where it is a document or
// a picture an organiser may give in the content file's place (a PDF
// built before, a photo, a word processor's file), by its first bytes;
// "" for anything else.
func binaryKind(data []byte) string {
	for _, k := range []struct{ magic, kind string }{
		{"%PDF-", "a PDF document (a brochure built before?)"},
		{"\x89PNG\r\n\x1a\n", "a PNG picture"},
		{"\xff\xd8\xff", "a JPEG picture"},
		{"PK\x03\x04", "a ZIP archive (a Word or OpenDocument file?)"},
		{"\xd0\xcf\x11\xe0", "an old Office document"},
	} {
		if bytes.HasPrefix(data, []byte(k.magic)) {
			return k.kind
		}
	}
	return ""
}

// topLevelKeys are the keys a content file has at its top level.
var topLevelKeys = []string{"document", "sections", "funding", "hyphenation", "typography", "theme"}

// syntaxDiagnostic converts a TOML decoder error into a positioned
// diagnostic in the content's terms (see explainSyntax).
func syntaxDiagnostic(name, src string, err error) Diagnostic {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.Usage != "" {
			msg += " (" + strings.TrimSpace(pe.Usage) + ")"
		}
		return explainSyntax(Diagnostic{File: name, Pos: Position{pe.Position.Line, pe.Position.Col}}, src, msg)
	}
	return Diagnostic{File: name, Msg: "TOML syntax: " + err.Error()}
}

func (d *decoder) document(tree map[string]any, src string) *Document {
	doc := &Document{}
	d.known("", tree, topLevelKeys...)
	if m := d.table("", tree, "document", true); m != nil {
		doc.Meta = d.meta("document", m)
	}
	sections := d.tables("", tree, "sections")
	if v, present := tree["sections"]; !present || len(sections) == 0 && (typeName(v) == "an array") {
		d.errorf("sections", "required: at least one [[sections]] entry")
	}
	for i, m := range sections {
		doc.Sections = append(doc.Sections, d.sectionOf(i, m))
	}
	d.checkProgrammeDays(doc)
	if m := d.table("", tree, "funding", false); m != nil {
		doc.Funding = d.funding("funding", m)
	}
	doc.Typography = d.typography("typography", d.table("", tree, "typography", false))
	doc.Hyphenation = d.texts("", tree, "hyphenation")
	for i, h := range doc.Hyphenation {
		if strings.ContainsAny(h, " \t\n") || strings.Trim(h, "-") != h || strings.Contains(h, "--") {
			d.errorf(fmt.Sprintf("hyphenation[%d]", i), "%q: expected one word with hyphens at its break points, such as \"Ma-lo-lep-szy\"", h)
		}
	}
	return doc
}

// typography reads the [typography] switches; every rule defaults to on.
func (d *decoder) typography(path string, m map[string]any) Typography {
	if m == nil {
		m = map[string]any{}
	}
	d.known(path, m, "unicode_nfc", "quotes", "quote_style", "dashes", "ranges", "ellipsis", "abbreviations", "nobreak_spaces")
	t := Typography{
		UnicodeNFC:    d.boolean(path, m, "unicode_nfc", true),
		Quotes:        d.boolean(path, m, "quotes", true),
		Dashes:        d.boolean(path, m, "dashes", true),
		Ranges:        d.boolean(path, m, "ranges", true),
		Ellipsis:      d.boolean(path, m, "ellipsis", true),
		Abbreviations: d.boolean(path, m, "abbreviations", true),
		NoBreakSpaces: d.boolean(path, m, "nobreak_spaces", true),
	}
	quotes := choiceSets[reflect.TypeFor[QuoteStyle]()]
	if s := d.text(path, m, "quote_style", false); s != "" {
		style, ok := quotes.lookup(s)
		if !ok {
			d.errorf(joinPath(path, "quote_style"), "%s", quotes.expected(s))
		}
		t.QuoteStyle = QuoteStyle(style)
	}
	return t
}

func (d *decoder) meta(path string, m map[string]any) Meta {
	d.known(path, m, "kind", "title", "subtitle", "event", "date", "date_end", "time", "venue", "language", "organisers", "keywords", "cover_image")
	meta := Meta{
		Kind:       d.text(path, m, "kind", false),
		Title:      d.text(path, m, "title", true),
		Subtitle:   d.text(path, m, "subtitle", false),
		Event:      d.text(path, m, "event", false),
		Date:       d.date(path, m, "date", true),
		Time:       d.text(path, m, "time", false),
		Venue:      d.text(path, m, "venue", false),
		Language:   d.text(path, m, "language", false),
		Organisers: d.texts(path, m, "organisers"),
		Keywords:   d.texts(path, m, "keywords"),
		CoverImage: d.coverImage(path, m),
	}
	d.eventDates(path, m, &meta)
	if meta.Language == "" {
		meta.Language = "de-DE"
	} else if lang := strings.ToLower(meta.Language); lang != "de" && !strings.HasPrefix(lang, "de-") {
		d.errorf(joinPath(path, "language"), "%q: only German is supported (de-DE, de-AT, de-CH)", meta.Language)
	}
	return meta
}

func (d *decoder) section(path string, m map[string]any) Section {
	d.known(path, m, "kind", "label", "title", "speakers", "moderation", "body", "quotes", "items", "presentations", "links", "images")
	s := Section{Pos: d.keys.find(path)}
	s.Kind = d.sectionKind(path, m)
	s.Label = d.text(path, m, "label", false)
	if s.Label == "" {
		s.Label = s.Kind.DefaultLabel()
	}
	s.Title = d.text(path, m, "title", true)
	s.Speakers = d.people(path, m, "speakers")
	s.Moderation = d.people(path, m, "moderation")
	s.Body = d.markdown(path, m, "body")
	items := d.tables(path, m, "items")
	if len(items) > 0 && s.Kind != Programme {
		d.errorf(joinPath(path, "items"), "items belong to a programme section (kind = \"programme\")")
	}
	for i, it := range items {
		ip := fmt.Sprintf("%s.items[%d]", path, i)
		d.known(ip, it, "day", "time", "title", "speakers", "note")
		item := ProgrammeItem{Day: d.date(ip, it, "day", false), Time: d.programmeTime(ip, it), Title: d.text(ip, it, "title", true),
			Speakers: d.uniqueNames(joinPath(ip, "speakers"), d.texts(ip, it, "speakers")), Note: d.text(ip, it, "note", false)}
		s.Items = append(s.Items, item)
	}
	if s.Kind == Programme && len(items) == 0 {
		d.errorf(path, "a programme section needs its [[sections.items]] (time, title, speakers)")
	}
	for i, q := range d.tables(path, m, "quotes") {
		qp := fmt.Sprintf("%s.quotes[%d]", path, i)
		d.known(qp, q, "text", "by")
		d.text(qp, q, "text", true) // required
		if text := d.markdown(qp, q, "text"); len(text) > 0 {
			s.Body = append(s.Body, Block{Kind: Quote, Children: text, By: d.text(qp, q, "by", false)})
		}
	}
	for i, l := range d.tables(path, m, "presentations") {
		s.Presentations = append(s.Presentations, d.link(fmt.Sprintf("%s.presentations[%d]", path, i), l))
	}
	for i, l := range d.tables(path, m, "links") {
		s.Links = append(s.Links, d.link(fmt.Sprintf("%s.links[%d]", path, i), l))
	}
	for i, im := range d.tables(path, m, "images") {
		if img := d.picture(fmt.Sprintf("%s.images[%d]", path, i), im); img != nil {
			s.Images = append(s.Images, *img)
		}
	}
	return s
}

// sectionKind reads a section's kind; an unknown one is reported with the
// kinds there are and the nearest of them (or the kind whose label it is).
func (d *decoder) sectionKind(path string, m map[string]any) SectionKind {
	kind := d.text(path, m, "kind", true)
	if kind == "" {
		return ""
	}
	if k := SectionKind(kind); k.DefaultLabel() != "" {
		return k
	}
	names := make([]string, len(SectionKinds))
	for i, k := range SectionKinds {
		names[i] = string(k)
	}
	msg := fmt.Sprintf("unknown section kind %q", kind)
	if k, ok := kindByLabel(kind); ok {
		msg += fmt.Sprintf("; did you mean %q?", k)
	} else if sug := Suggest(kind, names); sug != "" {
		msg += fmt.Sprintf("; did you mean %q?", sug)
	}
	d.errorf(joinPath(path, "kind"), "%s (expected one of %s)", msg, strings.Join(names, ", "))
	return SectionKind(kind)
}

// picture reads one of a section's pictures (at path); nil when it has no
// file or its file cannot be read (the error is reported).
func (d *decoder) picture(path string, m map[string]any) *Image {
	d.known(path, m, "file", "caption", "credit", "alt", "width")
	file := d.text(path, m, "file", true)
	caption := d.text(path, m, "caption", false)
	credit := d.text(path, m, "credit", false)
	alt := d.text(path, m, "alt", false)
	width, widthPt := d.pictureWidth(path, m)
	if file == "" {
		return nil
	}
	img := d.image(joinPath(path, "file"), file, photoExts, d.opts)
	if img == nil {
		return nil
	}
	img.Caption, img.Credit, img.Alt = caption, credit, alt
	if rest, said := creditInCaption(caption, credit); said != "" {
		img.Caption, img.CaptionCredit, img.CaptionAt = rest, said, d.where(joinPath(path, "caption"))
	}
	img.Width, img.WidthAt = width, widthPt
	// A missing alt is reported as its key, at the picture's entry.
	img.needsAlt = d.at(path)
	img.needsAlt.Path = joinPath(path, "alt")
	return img
}

// coverImage reads the cover's picture: the table [document.cover_image]
// with file, alt and credit, or the short form cover_image = "file"
// (whose missing alt text the screen edition asks to be written in the
// table). nil when absent, or when its file cannot be read (the error is
// reported).
func (d *decoder) coverImage(path string, m map[string]any) *Image {
	v, ok := m["cover_image"]
	if !ok {
		return nil
	}
	p := joinPath(path, "cover_image")
	if file, isText := v.(string); isText {
		img := d.image(p, file, photoExts, d.opts)
		if img != nil {
			img.needsAlt = d.at(p)
			img.needsAlt.Msg = fmt.Sprintf("the cover picture %q has no alt text; the screen edition needs one: write it as [document.cover_image] with file = %q and alt = \"…\" saying what it shows", file, file)
		}
		return img
	}
	t, isTable := v.(map[string]any)
	if !isTable {
		d.errorf(p, "expected a file name (cover_image = \"titelbild.jpg\") or a table [document.cover_image] with file, alt and credit, got %s", typeName(v))
		return nil
	}
	d.known(p, t, "file", "alt", "credit")
	file := d.text(p, t, "file", true)
	alt, credit := d.text(p, t, "alt", false), d.text(p, t, "credit", false)
	if file == "" {
		return nil
	}
	img := d.image(joinPath(p, "file"), file, photoExts, d.opts)
	if img == nil {
		return nil
	}
	img.Alt, img.Credit = alt, credit
	img.needsAlt = d.at(p)
	img.needsAlt.Path = joinPath(p, "alt")
	return img
}

// MinImageWidthMM is the narrowest a picture's width = "…" may set it, in
// millimetres; maxImageWidthMM the widest it may ask for (the layout sets
// it no wider than its column).
const (
	MinImageWidthMM = 20
	maxImageWidthMM = 1000
)

// pictureWidth reads a picture's width: "measure", "half",
// "type-area", "full-bleed", or a length such as "80mm" (then "length"
// and points); "auto" when none is given (the layout decides: the
// measure, or across a layout's columns for a wide picture).
func (d *decoder) pictureWidth(path string, m map[string]any) (string, float64) {
	v, ok := m["width"]
	if !ok {
		return "auto", 0
	}
	if s, isText := v.(string); isText {
		switch s {
		case "measure", "half", "type-area", "full-bleed":
			return s, 0
		}
		if strings.HasSuffix(strings.TrimSpace(s), "%") {
			d.errorf(joinPath(path, "width"), "expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %q: a share of the measure is \"half\" or a length", s)
			return "measure", 0
		}
		if strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
			return "length", d.length(path, m, "width", MinImageWidthMM*72/25.4, maxImageWidthMM*72/25.4)
		}
	}
	if s, isText := v.(string); isText {
		if meant := widthMeant(s); meant != "" {
			d.errorf(joinPath(path, "width"), "expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %q: write %q", s, meant)
			return "measure", 0
		}
	}
	d.errorf(joinPath(path, "width"), "expected \"measure\", \"half\", \"type-area\", \"full-bleed\" or a length such as \"80mm\", got %s", describeWidth(v))
	return "measure", 0
}

// widthMeant is the width value meant by a word an author may write for
// it in German or loosely („halb“, „randabfallend“), or "".
func widthMeant(word string) string {
	switch strings.ToLower(strings.TrimSpace(word)) {
	case "halb", "halbe", "hälfte":
		return "half"
	case "spalte", "spaltenbreite", "column":
		return "measure"
	case "voll", "ganz", "full", "satzspiegel", "span", "seitenbreite", "page":
		return "type-area"
	case "randabfallend", "anschnitt", "vollflächig", "bleed":
		return "full-bleed"
	}
	return ""
}

func (d *decoder) person(path string, m map[string]any) Person {
	d.known(path, m, "name", "role", "organisation", "photo", "photo_alt")
	p := Person{
		Name:         d.text(path, m, "name", true),
		Role:         d.text(path, m, "role", false),
		Organisation: d.text(path, m, "organisation", false),
	}
	alt := d.text(path, m, "photo_alt", false)
	if file := d.text(path, m, "photo", false); file != "" {
		p.Photo = d.image(joinPath(path, "photo"), file, photoExts, d.opts)
		if p.Photo != nil {
			p.Photo.Alt = alt // when empty, layout says „Porträt von <Name>“
		}
	}
	return p
}

func (d *decoder) link(path string, m map[string]any) Link {
	d.known(path, m, "label", "text", "url")
	l := Link{
		Label: d.text(path, m, "label", false),
		URL:   d.text(path, m, "url", true),
	}
	if t := d.text(path, m, "text", false); t != "" {
		blocks, errs := parseMarkdown(t, false)
		for _, e := range errs {
			d.errorf(joinPath(path, "text"), "%s", e.Msg)
		}
		if len(blocks) != 1 || blocks[0].Kind != Paragraph {
			if len(errs) == 0 {
				d.errorf(joinPath(path, "text"), "expected a single paragraph of lead-in text")
			}
		} else {
			l.Text = blocks[0].Inlines
		}
	}
	if l.Label == "" && l.Text == nil {
		d.errorf(path, "needs a label or a text that says what the link is")
	}
	if l.URL != "" {
		if msg := checkURL(l.URL); msg != "" {
			d.errorf(joinPath(path, "url"), "%s", msg)
		}
		l.Written, l.URL = l.URL, asciiURL(l.URL)
	}
	return l
}

// markdown reads m[key] as body text in the Markdown subset; errors point at
// the line inside the multi-line string where the construct starts.
func (d *decoder) markdown(path string, m map[string]any, key string) []Block {
	s := d.text(path, m, key, false)
	if s == "" {
		return nil
	}
	p := joinPath(path, key)
	blocks, errs := parseMarkdown(s, key == "body")
	first, multiLine := d.keys.valueLineOf(p)
	for _, e := range errs {
		if multiLine && e.Line > 0 {
			col := e.Col // the problem's own column (an HTML tag's), else where the line's text starts
			if col == 0 {
				col = textColumn(s, e.Line)
			}
			d.errorAt(p, Position{first + e.Line - 1, col}, "%s", e.Msg)
		} else {
			d.errorf(p, "%s", e.Msg)
		}
	}
	at, _ := d.keys.at(p)
	placeBlocks(blocks, first, multiLine, at)
	return blocks
}

// textColumn is the column (in characters, from 1) where the text of
// the line-th line of s (from 1) begins, past its indentation.
func textColumn(s string, line int) int {
	lines := strings.SplitN(s, "\n", line+1)
	if line < 1 || line > len(lines) {
		return 1
	}
	l := lines[line-1]
	return utf8.RuneCountInString(l[:len(l)-len(strings.TrimLeft(l, " \t"))]) + 1
}

// placeBlocks turns the blocks' positions inside the string into positions
// in the file: a multi-line string's lines are the file's from first on
// (columns as written there); a one-line string gets its key's position.
func placeBlocks(blocks []Block, first int, multiLine bool, key Position) {
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.Pos.Line == 0:
		case multiLine:
			b.Pos.Line += first - 1
		default:
			b.Pos = key
		}
		placeBlocks(b.Children, first, multiLine, key)
	}
}

func (d *decoder) funding(path string, m map[string]any) *Funding {
	d.known(path, m, "statement", "funders", "eu_cofunded")
	f := &Funding{
		Statement:  d.markdown(path, m, "statement"),
		EUCofunded: d.boolean(path, m, "eu_cofunded", false),
	}
	for i, fm := range d.tables(path, m, "funders") {
		fp := fmt.Sprintf("%s.funders[%d]", path, i)
		d.known(fp, fm, "label", "name", "logo", "logo_alt")
		fu := Funder{
			Label: d.text(fp, fm, "label", false),
			Name:  d.text(fp, fm, "name", true),
			Where: d.where(fp),
		}
		alt := d.text(fp, fm, "logo_alt", false)
		if file := d.text(fp, fm, "logo", false); file != "" {
			fu.Logo = d.image(joinPath(fp, "logo"), file, logoExts, d.opts)
			if fu.Logo != nil {
				fu.Logo.Alt = alt // when empty, layout uses the funder's name
			}
		}
		if fu.Label == "" {
			fu.Label = "Gefördert durch:"
		}
		f.Funders = append(f.Funders, fu)
	}
	return f
}

// Asset kinds and the file endings accepted for them.
var (
	photoExts = []string{".jpg", ".jpeg", ".png"}
	logoExts  = []string{".jpg", ".jpeg", ".png", ".pdf"}
)

// checkFolder applies the folder rule to a path as written: relative, and
// not leaving dir, unless allowOutside.
func checkFolder(dir, file string, allowOutside bool) error {
	if allowOutside {
		return nil
	}
	if filepath.IsAbs(file) || !within(dir, filepath.Join(dir, file)) {
		return fmt.Errorf("%q lies outside the content folder; move the file next to the content or build with --allow-outside", file)
	}
	return nil
}

// within reports whether path lies inside dir.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// ResolveAsset turns an asset path from the content into a file path: it is
// taken relative to dir, must not leave dir unless allowOutside is set, and
// must name an existing regular file.
func ResolveAsset(dir, file string, allowOutside bool) (string, error) {
	full := file
	if !filepath.IsAbs(file) {
		full = filepath.Join(dir, file)
	}
	if err := checkFolder(dir, file, allowOutside); err != nil {
		return "", err
	}
	if !allowOutside {
		// A link inside the folder may point anywhere: judge its target.
		if target, err := filepath.EvalSymlinks(full); err == nil {
			base, berr := filepath.EvalSymlinks(dir)
			if berr != nil || !within(base, target) {
				return "", fmt.Errorf("%q is a link to a file outside the content folder; copy the file in or build with --allow-outside", file)
			}
		}
	}
	info, err := os.Stat(full)
	if err != nil && errors.Is(err, os.ErrNotExist) {
		if meant := similarPath(dir, file); meant != "" {
			return "", fmt.Errorf("%q: no such file; did you mean %q? (the case of letters counts in file names)", file, meant)
		}
		if hint := missingPathHint(dir, file); hint != "" {
			return "", fmt.Errorf("%q: no such file: %s", file, hint)
		}
	}
	switch {
	case err != nil:
		return "", fmt.Errorf("%q: %s", file, describeReadError(err))
	case !info.Mode().IsRegular():
		return "", fmt.Errorf("%q is not a regular file", file)
	}
	return full, nil
}

// kindByLabel finds the kind whose German label is name ("Vortrag" →
// talk), for authors who write the kind in German.
func kindByLabel(name string) (SectionKind, bool) {
	for _, k := range SectionKinds {
		label := k.DefaultLabel()
		if strings.EqualFold(name, label) || strings.EqualFold(name, strings.ReplaceAll(label, "ß", "ss")) {
			return k, true
		}
	}
	if strings.EqualFold(name, "podium") {
		return Panel, true
	}
	return "", false
}

// loadTheme loads the theme the content names (theme = "…", relative to
// the content file), or the built-in one; its problems join the
// content's diagnostics.
func (d *decoder) loadTheme(tree map[string]any, opts Options) *Theme {
	file := d.text("", tree, "theme", false)
	if file == "" {
		return DefaultTheme()
	}
	if !strings.EqualFold(filepath.Ext(file), ".toml") {
		d.errorf("theme", "%q: expected a .toml theme file", file)
		return DefaultTheme()
	}
	path, err := ResolveAsset(opts.Dir, file, opts.AllowOutside)
	if err != nil {
		d.fileErrorf("theme", opts.Dir, file, "%v", err)
		return DefaultTheme()
	}
	t, err := LoadTheme(path, opts.AllowOutside)
	if err != nil {
		if ds, ok := err.(Diagnostics); ok {
			d.diags = append(d.diags, ds...)
		} else {
			d.fileErrorf("theme", opts.Dir, file, "%v", err)
		}
		return DefaultTheme()
	}
	return t
}

// describeWidth names a width value that is none of the accepted ones.
func describeWidth(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return typeName(v)
}

// programmeDatePattern is a date written where a programme item's time
// belongs: 18.01.2024, 18.1., 2024-01-18.
var programmeDatePattern = lazyRegexp(`^(\d{1,2}\.\s?\d{1,2}\.(\s?\d{2,4})?|\d{4}-\d{1,2}-\d{1,2})$`)

// programmeTime reads an agenda item's time and writes it as „09:30“, a
// range „09:30–10:15“, or, open at one end, „ab 19:00“ or „bis 12:00“
// (see ProgrammeItem.Time).
func (d *decoder) programmeTime(path string, m map[string]any) string {
	raw := d.text(path, m, "time", true)
	if raw == "" {
		return ""
	}
	open, minutes, ok := parseProgrammeTime(strings.TrimSpace(raw))
	switch {
	case !ok && programmeDatePattern().MatchString(strings.TrimSpace(raw)):
		d.errorf(joinPath(path, "time"), "%q is a date, not a time of day: an item's time is \"09:30\" or a range \"09:30–10:15\", and its day goes in day, a TOML date without quotes (day = 2024-01-18; the items after it are on that day too)", raw)
		return raw
	case !ok:
		d.errorf(joinPath(path, "time"), "%q is not a time of day: expected \"09:30\", a range \"09:30–10:15\" or an open end \"ab 19:00\"", raw)
		return raw
	}
	out := fmt.Sprintf("%02d:%02d", minutes[0]/60, minutes[0]%60)
	switch {
	case open != "":
		return open + " " + out
	case minutes[1] >= 0:
		if minutes[1] <= minutes[0] {
			d.errorf(joinPath(path, "time"), "%q ends before it begins", raw)
		}
		out += fmt.Sprintf("–%02d:%02d", minutes[1]/60, minutes[1]%60)
	}
	return out
}
