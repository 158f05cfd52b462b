// Package content reads an event's brochure content from TOML into a validated,
// typed model. It knows nothing of pages or fonts: it checks what the author
// wrote, reports every problem at once with its file position and key path, and
// hands the layout stage a model it can trust.
package content

import "time"

// Document is the validated content of one brochure.
type Document struct {
	Meta     Meta
	Sections []Section
	Funding  *Funding // nil when the document declares no funding
	// Hyphenation lists author-supplied hyphenation exceptions such as
	// "Ma-lo-lep-szy"; hyphens mark the allowed breaks.
	Hyphenation []string
	// Typography switches the engine's typographic refinements.
	Typography Typography
	// Theme is the design: the built-in theme, or the file the content
	// names, over it.
	Theme *Theme
	// Source is the content file's path as given by the caller, used in
	// messages; Dir is the folder that relative asset paths start from.
	Source string
	Dir    string
	// keys places the content's keys in Source (nil for a document not
	// read from a file).
	keys *keyLocator
}

// At names a key of the content for messages about it: its file, line
// and column and the key path ("content.toml:12:1: document.title"), at
// the key as written or, when it is not written, at its nearest written
// ancestor (a table missing altogether: the file's start).
func (doc *Document) At(key string) string {
	d := Diagnostic{File: doc.Source, Path: key}
	if doc.keys != nil {
		d.Pos = doc.keys.find(key)
	}
	return d.Location()
}

// Position is where a key of the content is written (line and column
// from 1), zero when it is not written or the document was not read from
// a file.
func (doc *Document) Position(key string) Position {
	if doc.keys == nil {
		return Position{}
	}
	return doc.keys.find(key)
}

// Meta holds what the cover and the PDF metadata say about the event.
type Meta struct {
	Kind     string    // e.g. "Tagungsdokumentation"
	Title    string    // e.g. "Stadt – Land – Flucht"
	Subtitle string    // optional
	Event    string    // event line, e.g. "Fachtag der WIR-Netzwerke …"
	Date     time.Time // the event's date (a TOML local date); its first day
	// DateEnd is the last day of an event over several days (zero for
	// one day): [document] date_end, or the range written in time.
	DateEnd    time.Time
	Time       string // optional time of day, e.g. "9–17 Uhr"
	Venue      string // optional place, e.g. "Kulturhaus Weimar, Saal 2"
	Language   string // BCP 47 tag, German only: "de-DE", "de-AT", …
	Organisers []string
	Keywords   []string
	// CoverImage is the optional picture on the cover, under the event
	// line: [document.cover_image] (file, alt, credit), or cover_image =
	// "file".
	CoverImage *Image
}

// SectionKind says what a section is; the layout gives each kind its label
// and shape.
type SectionKind string

// The section kinds a brochure may contain.
const (
	Welcome  SectionKind = "welcome"  // Begrüßung
	Greeting SectionKind = "greeting" // Grußwort
	Talk     SectionKind = "talk"     // Vortrag
	Workshop SectionKind = "workshop" // Workshop
	Panel    SectionKind = "panel"    // Podiumsdiskussion
	Contact  SectionKind = "contact"  // Kontakt
	// Programme is the agenda: a table of times, titles and speakers.
	Programme SectionKind = "programme" // Programm
)

// SectionKinds lists every valid kind in the order documentation uses them.
var SectionKinds = []SectionKind{Programme, Welcome, Greeting, Talk, Workshop, Panel, Contact}

// DefaultLabel is the label a section of this kind carries when the author
// gives none.
func (k SectionKind) DefaultLabel() string {
	switch k {
	case Welcome:
		return "Begrüßung"
	case Greeting:
		return "Grußwort"
	case Talk:
		return "Vortrag"
	case Workshop:
		return "Workshop"
	case Panel:
		return "Podiumsdiskussion"
	case Contact:
		return "Kontakt"
	case Programme:
		return "Programm"
	}
	return ""
}

// Section is one part of the programme: a talk, a workshop, a panel …
type Section struct {
	Kind          SectionKind
	Label         string // e.g. "Workshop A"; defaults to Kind.DefaultLabel()
	Title         string
	Speakers      []Person
	Moderation    []Person
	Body          []Block
	Presentations []Link
	Links         []Link
	Images        []Image         // pictures of the event, with caption and credit
	Items         []ProgrammeItem // the agenda of a programme section
	Pos           Position        // where the section's table starts
}

// ProgrammeItem is one row of the agenda.
type ProgrammeItem struct {
	// Day is the day the item begins, where the content gives one (zero
	// otherwise): an item without a day is on the day of the item before
	// it (ItemDays).
	Day time.Time
	// Time is „09:30“, a range „09:30–10:15“, or a time open at one end,
	// „ab 19:00“ or „bis 12:00“, normalised to two-digit hours and an en
	// dash (OrderTime is what it is ordered by).
	Time     string
	Title    string
	Speakers []string
	Note     string // optional: a room, a format
}

// Person is a speaker or moderator.
type Person struct {
	Name         string
	Role         string
	Organisation string
	Photo        *Image // optional portrait (JPEG or PNG)
}

// Link is a web address with its wording: a presentation to download or an
// organiser's web site.
type Link struct {
	Label string   // short name, e.g. "Präsentation der Regionaldirektionen"
	Text  []Inline // optional lead-in sentence, e.g. "Die **Präsentation** … finden Sie hier:"
	// URL is the address as machines read it (7-bit ASCII: punycode host,
	// percent-encoded path), for the link and the QR code; Written is the
	// address as the content gives it, for print.
	URL     string
	Written string
}

// Funding is the funding notice required by the ESF Plus and BMAS rules.
type Funding struct {
	Statement []Block  // the funding statement in the author's words
	Funders   []Funder // national funders, credited with label and logo
	// EUCofunded adds the EU emblem with „Kofinanziert von der Europäischen Union“.
	EUCofunded bool
}

// Funder is a funding body credited with a label and, ideally, its official logo.
type Funder struct {
	Label string // e.g. "Gefördert durch:"
	Name  string // e.g. "Bundesministerium für Arbeit und Soziales"
	Logo  *Image // the official artwork (PNG, JPEG or one-page PDF); nil when not supplied
	// Where is the funder's entry, "content.toml:90:3: funding.funders[0]",
	// for messages about it.
	Where string
}

// BlockKind says what a body block is.
type BlockKind int

// The block kinds of the Markdown subset.
const (
	Paragraph BlockKind = iota
	BulletList
	OrderedList
	Quote
	ListItem
	// Subheading is a sub-heading of a section's body (## or ### in
	// Markdown): it carries Inlines, and text follows it.
	Subheading
)

// Block is a paragraph, a list, a block quote or a sub-heading of body
// text. Paragraphs and sub-headings carry Inlines; lists carry ListItem children; items and quotes carry
// paragraphs as children.
type Block struct {
	Kind     BlockKind
	Inlines  []Inline
	Children []Block
	// Pos is where the block starts in the content file (line and
	// column of its first character); zero when it cannot be told.
	Pos Position
	// By is the attribution of a quote: who said it ("" for none).
	By string
	// Lines marks a paragraph written a line each, whose lines are kept
	// (an address, a contact): it is set ragged, not justified.
	Lines bool
}

// Emphasis marks an inline span bold or italic.
type Emphasis uint8

// Inline styles; they combine.
const (
	Bold Emphasis = 1 << iota
	Italic
)

// Inline is a run of text with one style, or a forced line break.
type Inline struct {
	Text  string
	Style Emphasis
	URL   string // non-empty inside a link: the address in 7-bit ASCII (see Link)
	Lang  string // the language (BCP 47) of a passage marked <span lang="…">; "" for the document's
	Break bool   // a hard line break; Text is empty
}

// Typography switches the rules by which the engine refines the author's
// plain typing (quotes, dashes, spaces). All are on unless turned off.
type Typography struct {
	UnicodeNFC    bool       // compose decomposed characters (text pasted from macOS)
	Quotes        bool       // "…" → „…“
	QuoteStyle    QuoteStyle // „…“ or »…«
	Dashes        bool       // " - " → " – "
	Ranges        bool       // 9-17 → 9–17
	Ellipsis      bool       // ... → …
	Abbreviations bool       // z.B. → z. B. with a narrow no-break space
	NoBreakSpaces bool       // Dr. Name, 9 Uhr, 26. Juni
}

// Files lists every file the document is built from: the content file
// itself, the theme and its fonts, photos, pictures and logos.
func (d *Document) Files() []string {
	var files []string
	if d.Source != "" {
		files = append(files, d.Source)
	}
	if d.Theme != nil && d.Theme.Source != "" {
		files = append(files, d.Theme.Source)
		for _, fam := range mapKeys(d.Theme.Fonts) {
			for _, f := range d.Theme.Fonts[fam].Files {
				if f != "" {
					files = append(files, d.Theme.FontFile(f))
				}
			}
		}
	}
	if img := d.Meta.CoverImage; img != nil {
		files = append(files, img.Path)
	}
	for _, s := range d.Sections {
		for _, p := range append(append([]Person(nil), s.Speakers...), s.Moderation...) {
			if p.Photo != nil {
				files = append(files, p.Photo.Path)
			}
		}
		for _, img := range s.Images {
			files = append(files, img.Path)
		}
	}
	if d.Funding != nil {
		for _, f := range d.Funding.Funders {
			if f.Logo != nil {
				files = append(files, f.Logo.Path)
			}
		}
	}
	return files
}

// LongestParagraph is the length in bytes of the document's longest
// paragraph of running text (body, link lead-in or funding statement):
// the line breaker holds all of one paragraph's material at once.
func (d *Document) LongestParagraph() int {
	longest := 0
	var walk func(blocks []Block)
	walk = func(blocks []Block) {
		for _, b := range blocks {
			longest = max(longest, inlinesLength(b.Inlines))
			walk(b.Children)
		}
	}
	for _, s := range d.Sections {
		walk(s.Body)
		for _, l := range append(append([]Link(nil), s.Presentations...), s.Links...) {
			longest = max(longest, inlinesLength(l.Text))
		}
	}
	if d.Funding != nil {
		walk(d.Funding.Statement)
	}
	return longest
}

func inlinesLength(inlines []Inline) int {
	n := 0
	for _, in := range inlines {
		n += len(in.Text)
	}
	return n
}
