package german

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Typography switches the rules of German typographic normalisation, so
// authors can type plain text and still get correct typesetting. All rules
// are on by default; each can be turned off per document.
type Typography struct {
	NFC           bool // compose decomposed characters: u + U+0308 → ü
	Quotes        bool // "…" → „…“, '…' → ‚…‘, it's → it’s
	Guillemets    bool // with Quotes: »…« and ›…‹ instead of „…“ and ‚…‘
	Dashes        bool // " - " and " -- " → " – " (kept on the line of the word before it)
	Ranges        bool // 9-17 Uhr → 9–17 Uhr, 24.-25. Februar → 24.–25. Februar, Mai-Juni → Mai–Juni
	Ellipsis      bool // ... → …
	Abbreviations bool // z.B., z. B. → z. B. with a narrow no-break space
	NoBreakSpaces bool // Dr. Name, 9 Uhr, 50 %, 75% → 75 %, 26. Juni, § 5 never break apart; 12500 → 12 500
}

// DefaultTypography turns every rule on, with German quotation marks.
func DefaultTypography() Typography {
	return Typography{NFC: true, Quotes: true, Dashes: true, Ranges: true, Ellipsis: true,
		Abbreviations: true, NoBreakSpaces: true}
}

// Typographic characters.
const (
	enDash      = '–'
	emDash      = '—'
	ellipsis    = '…'
	apostrophe  = '’'
	lowDouble   = '„' // German opening
	highDouble  = '“' // German closing (English opening)
	rightDouble = '”' // English closing
	lowSingle   = '‚'
	highSingle  = '‘'
	guilOpen    = '»'
	guilClose   = '«'
	guilOpenS   = '›'
	guilCloseS  = '‹'
)

// Normaliser applies the typography rules to the spans of one paragraph
// in order, carrying context (the last character set, open quotes) from
// span to span. Text that is already correct comes out unchanged.
type Normaliser struct {
	rules      Typography
	last       rune // last rune of the previous span's output; 0 at the paragraph start
	openSingle int  // single quotes opened and not yet closed
}

// normaliseScratch is the rune buffers Normalise works in: the input's
// runes and the output's.
type normaliseScratch struct{ in, out []rune }

// scratchRunes lends Normalise its buffers, so a build does not make two
// rune slices for every span it normalises; a sync.Pool, so what it holds
// is dropped at each collection and never outgrows the longest span of a
// build in progress.
var scratchRunes = sync.Pool{New: func() any { return new(normaliseScratch) }}

// NewNormaliser starts normalising a paragraph.
func NewNormaliser(t Typography) *Normaliser { return &Normaliser{rules: t} }

// Normalise returns s with the rules applied.
func (n *Normaliser) Normalise(s string) string {
	if !utf8.ValidString(s) {
		// Content is checked to be UTF-8; anything else is replaced
		// first, so composition sees the text the output will hold.
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if n.rules.NFC && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	sc := scratchRunes.Get().(*normaliseScratch)
	defer scratchRunes.Put(sc)
	in := slices.Grow(sc.in[:0], len(s)) // a rune at most for each byte
	for _, r := range s {
		in = append(in, r)
	}
	out := slices.Grow(sc.out[:0], len(in)+4)
	defer func() { sc.in, sc.out = in[:0], out[:0] }()
	prev := func() rune {
		if len(out) > 0 {
			return out[len(out)-1]
		}
		return n.last
	}
	at := func(i int) rune {
		if i >= 0 && i < len(in) {
			return in[i]
		}
		return 0
	}
	for i := 0; i < len(in); i++ {
		r := in[i]
		switch {
		case n.rules.Ellipsis && r == '.' && at(i+1) == '.' && at(i+2) == '.':
			out = append(out, ellipsis)
			i += 2
		case n.rules.Quotes && (r == '"' || r == highDouble || r == rightDouble || r == lowDouble || r == guilOpen || r == guilClose):
			out = append(out, n.doubleQuote(r, prev()))
		case n.rules.Quotes && (r == '\'' || r == highSingle || r == '´' || r == '`' || r == lowSingle || r == guilOpenS):
			out = append(out, n.singleQuote(r, prev(), at(i+1), at(i+2)))
		case r == '-' && n.rules.Dashes && isSpace(prev()) && (at(i+1) == ' ' || at(i+1) == 0 || at(i+1) == '-' && at(i+2) == ' '):
			if at(i+1) == '-' {
				i++
			}
			out = n.dashAfterSpace(out, enDash)
		case r == '-' && n.rules.Dashes && isSpace(prev()) && at(i+1) == '-' && at(i+2) == '-' && at(i+3) == ' ':
			// --- is an em dash in TeX, which German typesetting does not
			// use: the Gedankenstrich is the en dash.
			i += 2
			out = n.dashAfterSpace(out, enDash)
		case r == '-' && n.rules.Ranges && (isRange(in, out, i, n.last) || isLetterRange(in, out, i) ||
			isDayRange(in, out, i) || isMonthRange(in, out, i)):
			out = append(out, enDash)
		case n.rules.NoBreakSpaces && unicode.IsDigit(r) && !unicode.IsDigit(prev()):
			if grouped, length := groupThousands(in, out, i); length > 0 {
				out = append(out, grouped...)
				i += length - 1
			} else {
				out = append(out, r)
			}
		case n.rules.NoBreakSpaces && (r == '%' || r == '‰') && isPercentAfterNumber(in, out, i):
			out = append(out, NarrowNoBreakSpace, r) // 75% → 75 %
		// An abbreviation starts a word, not right after a full stop: in
		// „s.u.a.“ „u.a.“ is no abbreviation of its own.
		case n.rules.Abbreviations && unicode.IsLetter(r) && !unicode.IsLetter(prev()) && prev() != '.':
			if abbr, length := matchAbbreviation(in[i:]); length > 0 {
				out = append(out, abbr.runes...)
				i += length - 1
			} else {
				out = append(out, r)
			}
		case r == ' ' && n.rules.NoBreakSpaces && len(out) > 0 && unicode.IsDigit(out[len(out)-1]) && (at(i+1) == '%' || at(i+1) == '‰'):
			out = append(out, NarrowNoBreakSpace) // 50 %: a narrow space that never breaks
		case r == ' ' && n.rules.NoBreakSpaces && keepsTogether(out, in[i+1:], n.last):
			out = append(out, NoBreakSpace)
		default:
			out = append(out, r)
		}
	}
	if len(out) > 0 {
		n.last = out[len(out)-1]
	}
	return string(out)
}

// isSpace reports a space (or the paragraph start, 0) before a dash.
func isSpace(r rune) bool { return r == 0 || r == ' ' || r == NoBreakSpace }

// dashAfterSpace appends a dash; the space before it becomes a no-break
// space so the dash never starts a line.
func (n *Normaliser) dashAfterSpace(out []rune, dash rune) []rune {
	if len(out) > 0 && out[len(out)-1] == ' ' {
		out[len(out)-1] = NoBreakSpace
	}
	return append(out, dash)
}

// opensQuote reports whether a quote after prev opens: at the start, after
// a space, an opening bracket, a dash, a slash or another opening quote.
func opensQuote(prev rune) bool {
	switch prev {
	case 0, '(', '[', '{', '/', enDash, emDash, '-', lowDouble, lowSingle, guilOpen, guilOpenS, NoBreakSpace, NarrowNoBreakSpace:
		return true
	}
	return unicode.IsSpace(prev)
}

func (n *Normaliser) doubleQuote(r, prev rune) rune {
	// Only „ is unambiguous. Guillemets point either way (German »…«,
	// Swiss «…») and “ opens in English but closes in German, so their
	// direction comes from the context, as for straight quotes.
	open := opensQuote(prev) || r == lowDouble
	switch {
	case open && n.rules.Guillemets:
		return guilOpen
	case open:
		return lowDouble
	case n.rules.Guillemets:
		return guilClose
	}
	return highDouble
}

// singleQuote decides between apostrophe, opening and closing single
// quote from the characters around it.
func (n *Normaliser) singleQuote(r, prev, next, after rune) rune {
	letterBefore := unicode.IsLetter(prev) || unicode.IsDigit(prev)
	letterAfter := unicode.IsLetter(next)
	switch {
	case r == lowSingle || r == guilOpenS: // already an opening quote
		n.openSingle++
		if n.rules.Guillemets {
			return guilOpenS
		}
		return lowSingle
	case letterBefore && letterAfter:
		return apostrophe // geht’s, Ku’damm
	case letterBefore || prev == '.' || prev == ',' || prev == '!' || prev == '?':
		if n.openSingle > 0 && r != '´' {
			n.openSingle--
			if n.rules.Guillemets {
				return guilCloseS
			}
			return highSingle
		}
		return apostrophe // Hans’ Auto
	case opensQuote(prev) && letterAfter && (next == 's' || next == 'n') && !unicode.IsLetter(after):
		return apostrophe // ’s ist, ’n Abend
	case opensQuote(prev) && r != '´':
		n.openSingle++
		if n.rules.Guillemets {
			return guilOpenS
		}
		return lowSingle
	}
	return apostrophe
}

// isLetterRange reports a hyphen between two single capitals standing
// alone (A-Z, von A-Z): a range, set with an en dash.
func isLetterRange(in, out []rune, i int) bool {
	if len(out) == 0 || i+1 >= len(in) || !unicode.IsUpper(out[len(out)-1]) || !unicode.IsUpper(in[i+1]) {
		return false
	}
	if len(out) > 1 && unicode.IsLetter(out[len(out)-2]) || i+2 < len(in) && unicode.IsLetter(in[i+2]) {
		return false // a word: U-Bahn, ABC-Analyse
	}
	return true
}

// isRange reports whether the hyphen at in[i] stands between two numbers
// of a range (9-17, 9.30-11.00, 1990-2000), but not inside a date or code
// written with several hyphens (2024-06-26).
func isRange(in, out []rune, i int, last rune) bool {
	before := last
	if len(out) > 0 {
		before = out[len(out)-1]
	}
	if !unicode.IsDigit(before) || i+1 >= len(in) || !unicode.IsDigit(in[i+1]) {
		return false
	}
	// The number on the left, in the output so far.
	j := len(out) - 1
	for j >= 0 && (unicode.IsDigit(out[j]) || out[j] == '.' || out[j] == ':') {
		j--
	}
	if j >= 0 && (out[j] == '-' || out[j] == enDash || unicode.IsLetter(out[j])) {
		return false // a chain like 2024-06-26, or a code like A4-2
	}
	k := i + 1
	for k < len(in) && (unicode.IsDigit(in[k]) || (in[k] == '.' || in[k] == ':') && k+1 < len(in) && unicode.IsDigit(in[k+1])) {
		k++
	}
	if k < len(in) && (in[k] == '-' || unicode.IsLetter(in[k])) {
		return false
	}
	return true
}

// abbreviations are multi-part abbreviations (Duden): their parts are
// joined by a narrow no-break space.
var abbreviations = [][]string{
	{"z", "B"}, {"d", "h"}, {"u", "a"}, {"e", "V"}, {"i", "d", "R"}, {"o", "Ä"}, {"u", "Ä"}, {"o", "ä"}, {"u", "ä"},
	{"u", "U"}, {"v", "a"}, {"z", "T"}, {"s", "o"}, {"s", "u"}, {"u", "v", "m"}, {"m", "E"}, {"o", "g"}, {"i", "A"},
	{"z", "Zt"}, {"a", "D"}, {"i", "R"}, {"u", "v", "a"},
}

// abbreviation is one of abbreviations as matchAbbreviation reads it:
// its parts as runes, and its correct form as text and as runes.
type abbreviation struct {
	parts   [][]rune
	written string
	runes   []rune
}

// abbreviationForms are the abbreviations made ready for matching once.
var abbreviationForms = func() []abbreviation {
	forms := make([]abbreviation, len(abbreviations))
	for i, parts := range abbreviations {
		a := &forms[i]
		for _, p := range parts {
			a.parts = append(a.parts, []rune(p))
		}
		a.written = strings.Join(parts, ".\u202F") + "."
		a.runes = []rune(a.written)
	}
	return forms
}()

// matchAbbreviation recognises a multi-part abbreviation at the start of
// in, written with or without spaces (z.B., z. B., z. B.), and returns
// it and how many runes it spans (nil and 0 if none).
func matchAbbreviation(in []rune) (*abbreviation, int) {
	if len(in) == 0 {
		return nil, 0
	}
	for i := range abbreviationForms {
		a := &abbreviationForms[i]
		if a.parts[0][0] != in[0] {
			continue // every part is at least one rune: the first must match
		}
		pos := 0
		ok := true
		for k, pr := range a.parts {
			if k > 0 {
				for pos < len(in) && (in[pos] == ' ' || in[pos] == NarrowNoBreakSpace || in[pos] == NoBreakSpace || in[pos] == '\u2009') && pos < len(in)-1 {
					pos++
				}
			}
			if pos+len(pr)+1 > len(in) || !slices.Equal(in[pos:pos+len(pr)], pr) || in[pos+len(pr)] != '.' {
				ok = false
				break
			}
			pos += len(pr) + 1
		}
		// The abbreviation must end the word. A narrow no-break space
		// joins the parts of an abbreviation ("u.\u202Fa."), so a letter
		// after one continues the word: "s. u.a." becomes "s. u.\u202Fa."
		// and stays so when normalised again.
		end := pos
		for end < len(in) && in[end] == NarrowNoBreakSpace {
			end++
		}
		if ok && (end >= len(in) || !unicode.IsLetter(in[end])) {
			return a, pos
		}
	}
	return nil, 0
}

// Words after which a space never breaks.
var titles = map[string]bool{"Dr.": true, "Prof.": true, "Nr.": true, "S.": true, "Abs.": true, "Art.": true,
	"§": true, "§§": true, "Hr.": true, "Fr.": true, "St.": true, "Bd.": true, "Kap.": true, "Tel.": true}

// Words before which a space after a number never breaks.
var units = map[string]bool{"Uhr": true, "%": true, "‰": true, "€": true, "EUR": true, "Euro": true, "Prozent": true,
	"km": true, "m": true, "cm": true, "mm": true, "kg": true, "g": true, "t": true, "h": true, "min": true,
	"Min.": true, "Std.": true, "Mio.": true, "Mrd.": true, "ha": true, "qm": true, "m²": true, "l": true, "°C": true,
	"s": true, "Sek.": true, "Sekunde": true, "Sekunden": true, "Minute": true, "Minuten": true, "Stunde": true,
	"Stunden": true, "Tag": true, "Tage": true, "Tagen": true, "Woche": true, "Wochen": true, "Monat": true,
	"Monate": true, "Monaten": true, "Jahr": true, "Jahre": true, "Jahren": true, "Tsd.": true, "Cent": true,
	"ct": true, "Seiten": true, "Prozentpunkte": true, "$": true, "£": true, "CHF": true, "USD": true}

// Legal forms, never separated from the name before them: „Netzwerk
// e. V.“, „Bildungswerk gGmbH“.
var legalForms = map[string]bool{"e.V.": true, "e.\u202FV.": true, "GmbH": true, "gGmbH": true, "mbH": true, "AG": true,
	"gAG": true, "KG": true, "eG": true, "e.G.": true, "UG": true, "gUG": true, "KdöR": true}

// The month names: „26. Juni“ stays together.
var months = map[string]bool{"Januar": true, "Februar": true, "März": true, "April": true, "Mai": true, "Juni": true,
	"Juli": true, "August": true, "September": true, "Oktober": true, "November": true, "Dezember": true, "Jänner": true}

// keepsTogether decides whether the space between out and rest must not
// break: after a title (Dr., Prof., §), between a number and its unit,
// between day and month, and before a legal form (e. V., gGmbH).
func keepsTogether(out, rest []rune, last rune) bool {
	if len(out) == 0 {
		return false
	}
	// The word before the space.
	j := len(out)
	for j > 0 && !unicode.IsSpace(out[j-1]) && out[j-1] != NoBreakSpace {
		j--
	}
	before := string(out[j:])
	if before == "" {
		return false // a second space in a row
	}
	// The word after it, without trailing punctuation.
	k := 0
	for k < len(rest) && !unicode.IsSpace(rest[k]) && rest[k] != NoBreakSpace {
		k++
	}
	after := strings.TrimRight(string(rest[:k]), ",;:!?)")
	if after == "" {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(after); titles[before] && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
		return true
	}
	lastBefore, _ := utf8.DecodeLastRuneInString(before)
	if unicode.IsDigit(lastBefore) && (units[after] || units[strings.TrimRight(after, ".")]) {
		return true
	}
	if _, day, _ := strings.Cut(before, string(enDash)); (isDayOfMonth(before) || isDayOfMonth(day)) && months[after] {
		return true
	}
	if legalForms[after] {
		return true
	}
	// A legal form in parts (e. V.), however it is spaced: as it will be
	// written once normalised.
	if abbr, n := matchAbbreviation(rest); n > 0 && legalForms[abbr.written] {
		return true
	}
	return false
}

// isDayOfMonth reports "1." to "31.".
func isDayOfMonth(s string) bool {
	d, ok := strings.CutSuffix(s, ".")
	if !ok || len(d) == 0 || len(d) > 2 {
		return false
	}
	for _, r := range d {
		if r < '0' || r > '9' {
			return false
		}
	}
	return d != "0" && d != "00" && (len(d) == 1 || d[0] <= '3')
}

// The no-break spaces the normaliser inserts.
const (
	// NoBreakSpace joins a title or number to what follows (Dr. Weber,
	// 9 Uhr, 5 €) at a full word space.
	NoBreakSpace = '\u00A0'
	// NarrowNoBreakSpace joins the parts of an abbreviation (z. B.) and
	// a number to its per-cent sign (50 %) at a narrow space.
	NarrowNoBreakSpace = '\u202F'
)
