package content

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"brochure/fonts"
)

// The enumerations of the theme (and the content's quote style): each is
// a typed constant from parsing on, so layout switches on values, never
// on the strings a file writes.
// choiceSets declares, for every choice type, the names a theme writes
// in the order of the type's values.

// EmptyPages is what the pages added for binding show (page.empty_pages).
type EmptyPages uint8

// What the added pages show.
const (
	NotesPages EmptyPages = iota // „Notizen“ over ruled lines ("notes")
	BlankPages                   // nothing ("blank")
)

// URLForm is how an address prints beside its QR code (links.print_url).
type URLForm uint8

// The printed forms of an address.
const (
	FullURL  URLForm = iota // the address without its scheme ("full")
	HostOnly                // the host name alone ("host")
)

// LinkArrangement is where a link block sets its text against its QR
// code (links.arrangement).
type LinkArrangement uint8

// The arrangements of link blocks.
const (
	LinksBeside LinkArrangement = iota // text beside the code ("beside")
	LinksBelow                         // text below the code ("below")
)

// FloatMode says whether a kind of block may leave its place in the text
// (floats.pictures, floats.links).
type FloatMode uint8

// The float modes.
const (
	// FloatPage lets the block stand at its anchor or at the top of the
	// next page or column ("page").
	FloatPage FloatMode = iota
	// FloatHere keeps it in the text, where its section puts it ("here").
	FloatHere
)

// Alignment is how body paragraphs meet the right edge
// (justification.align).
type Alignment uint8

// The alignments of body text.
const (
	AlignAuto      Alignment = iota // justified, ragged in columns under 25 em ("auto")
	AlignJustified                  // always justified ("justified")
	AlignRagged                     // always ragged right ("ragged")
)

// BuiltinFont names a family embedded in the program (fonts.NAME.builtin).
type BuiltinFont uint8

// The embedded families.
const (
	NoBuiltin    BuiltinFont = iota // the family is four TrueType files ("")
	BuiltinSerif                    // Liberation Serif ("serif")
	BuiltinSans                     // Liberation Sans ("sans")
)

// QuoteStyle is the shape of the quotation marks typed quotes become
// (typography.quote_style in the content file).
type QuoteStyle uint8

// The quotation marks.
const (
	GermanQuotes QuoteStyle = iota // „…“ ("german", the default)
	Guillemets                     // »…« ("guillemets")
)

// String is the choice as a file writes it.
func (e EmptyPages) String() string { return choiceName(e) }

// String is the choice as a file writes it.
func (f URLForm) String() string { return choiceName(f) }

// String is the choice as a file writes it.
func (a LinkArrangement) String() string { return choiceName(a) }

// String is the choice as a file writes it.
func (m FloatMode) String() string { return choiceName(m) }

// String is the choice as a file writes it.
func (a Alignment) String() string { return choiceName(a) }

// String is the choice as a file writes it ("" for none).
func (b BuiltinFont) String() string { return choiceName(b) }

// String is the choice as a file writes it.
func (q QuoteStyle) String() string { return choiceName(q) }

// choiceSet is how a theme writes the values of one choice type.
type choiceSet struct {
	// names are the values' names in the order of the values; notes say
	// what a name means in the message for a wrong one ("" for none).
	names, notes []string
	// noun, when set, gives the message the shape "unknown NOUN %q
	// (expected one of a, b)" instead of "%q: expected "a" or "b"".
	noun string
}

// choiceSets are the theme's choice types.
var choiceSets = map[reflect.Type]choiceSet{
	reflect.TypeFor[EmptyPages]():      {names: []string{"notes", "blank"}, notes: []string{"a „Notizen“ page", ""}},
	reflect.TypeFor[URLForm]():         {names: []string{"full", "host"}, notes: []string{"the address without https://", ""}},
	reflect.TypeFor[LinkArrangement](): {names: []string{"beside", "below"}, notes: []string{"text beside the QR code", ""}},
	reflect.TypeFor[FloatMode]():       {names: []string{"page", "here"}, notes: []string{"may move to the top of the next page", "stays in the text"}},
	reflect.TypeFor[Alignment]():       {names: []string{"auto", "justified", "ragged"}},
	reflect.TypeFor[fonts.Style]():     {names: []string{"regular", "bold", "italic", "bold_italic"}, noun: "style"},
	reflect.TypeFor[BuiltinFont]():     {names: []string{"", "serif", "sans"}, noun: "built-in font"},
	reflect.TypeFor[QuoteStyle]():      {names: []string{"german", "guillemets"}, notes: []string{"„…“", "»…«"}},
}

// choiceName is the name a theme writes for a choice value.
func choiceName[T ~uint8](v T) string {
	names := choiceSets[reflect.TypeFor[T]()].names
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%T(%d)", v, v)
}

// lookup finds the value a name stands for.
func (cs choiceSet) lookup(name string) (uint8, bool) {
	for i, n := range cs.names {
		if n == name {
			return uint8(i), true
		}
	}
	return 0, false
}

// expected is the message for a name that is none of the set's.
func (cs choiceSet) expected(name string) string {
	var named, quoted []string
	for i, n := range cs.names {
		if n == "" {
			continue
		}
		named = append(named, n)
		q := strconv.Quote(n)
		if i < len(cs.notes) && cs.notes[i] != "" {
			q += " (" + cs.notes[i] + ")"
		}
		quoted = append(quoted, q)
	}
	if cs.noun != "" {
		return fmt.Sprintf("unknown %s %q (expected one of %s)", cs.noun, name, strings.Join(named, ", "))
	}
	list := quoted[len(quoted)-1]
	if len(quoted) > 1 {
		list = strings.Join(quoted[:len(quoted)-1], ", ") + " or " + list
	}
	return fmt.Sprintf("%q: expected %s", name, list)
}
