package typeset

import (
	"strings"
	"unicode"
)

// BreakKind says what happens when a line is broken inside a word.
type BreakKind uint8

// The kinds of break inside a word.
const (
	// Hyphenation is a pattern break inside a stem: a hyphen is added.
	Hyphenation BreakKind = iota
	// Joint is a pattern break at a compound joint (Arbeits-markt): a
	// hyphen is added, and the break is preferred over one inside a stem.
	Joint
	// FirstPart is a pattern break inside the first part of a compound
	// (Ar-beitsmarkt): a hyphen is added, and the break costs clearly
	// more than one at the joint, which reads far better.
	FirstPart
	// LaterPart is a pattern break inside a compound's later part
	// (Arbeitsmarkt-in-te-gra-tion): costed as Hyphenation; the kind lets
	// reports tell it from a break in a simple word.
	LaterPart
	// AfterHyphen breaks after a hyphen the author wrote
	// (Sachsen-|Anhalt): nothing is added.
	AfterHyphen
	// AfterSlash breaks after a slash between words
	// (Infrastruktur/|Rechtsrahmen): nothing is added; used only when
	// nothing better exists.
	AfterSlash
	// InAddress breaks a web address after a slash or before a dot:
	// nothing is added.
	InAddress
	// InName breaks a name after the hyphen of a double name
	// (Buchwald-|Chassée): nothing is added; a last resort, taken only
	// where the line could not be set otherwise.
	InName
	// InAddressPoorly breaks a web address where it reads poorly: after
	// its host's „www“, which then stands alone like a word; nothing is
	// added, and it is taken only where the address has no other break.
	InAddressPoorly
	// breakKinds counts the kinds.
	breakKinds
)

// inNamePenalty is the cost of breaking a name at its hyphen: far above
// every other break, below a forbidden one.
const inNamePenalty = 5000

// firstPartPenalty is the cost of a break inside a compound's first part.
const firstPartPenalty = 600

// Hyphenated reports whether a break of this kind adds a hyphen.
func (k BreakKind) Hyphenated() bool {
	return k == Hyphenation || k == Joint || k == FirstPart || k == LaterPart
}

// WordBreak is a place inside a word where a line may end: before the
// rune at Pos.
type WordBreak struct {
	Pos  int
	Kind BreakKind
	// LastResort marks a break in a word that breaks elsewhere by its
	// author's choice — at the soft hyphens or the hyphen the author
	// wrote —, taken only where a part between those is wider than the
	// line (a title's „Arbeitsmarktintegrationsförderungsprogramm\u00ADevaluation“
	// ran 310 pt past the page's edge).
	LastResort bool
}

// Penalties of the break kinds, after TeX's \hyphenpenalty and
// \exhyphenpenalty (50); joints cost less so the breaker prefers them,
// and a break inside a compound's first part costs so much more that the
// joint wins wherever it leaves the paragraph no worse (calibrated on the
// Basic Law at seven measures, see the README).
var breakPenalty = [...]int{
	Hyphenation:     50,
	Joint:           25,
	FirstPart:       firstPartPenalty,
	LaterPart:       400,
	AfterHyphen:     50,
	AfterSlash:      400,
	InAddress:       100,
	InName:          inNamePenalty,
	InAddressPoorly: addressPoorlyPenalty,
}

// lastResortPenalty is added to the penalty of a break marked
// LastResort: as much as a name's break costs, so the breaker takes it
// only where the line could not be set otherwise.
const lastResortPenalty = inNamePenalty

// addressPoorlyPenalty is the cost of an address's poor break: above
// every break a text has, below a name's.
const addressPoorlyPenalty = 3000

// NameBreaks are the breaks a name allows: after the hyphen of a double
// name (Gina Buchwald-|Chassée, Garthus-|Niegel), at a last resort's
// cost; never inside a part.
func NameBreaks(w []rune) []WordBreak {
	var out []WordBreak
	for i := 1; i < len(w)-1; i++ {
		if w[i] == '-' && unicode.IsLetter(w[i-1]) && unicode.IsLetter(w[i+1]) && HyphenBreakAllowed(w, i) {
			out = append(out, WordBreak{Pos: i + 1, Kind: InName})
		}
	}
	return out
}

// Extra penalties for hyphenation breaks that leave a short head: fewer
// than three letters before the hyphen („be-“, „Ge-“), and a head of
// three letters inside a compound's first part („Qua-litätssicherung“),
// which the reader takes for a word of its own. They stay possible where
// nothing else fits. A two-letter head costs as much as a break inside a
// compound's first part (firstPartPenalty): at 150 justified text still
// took „In-strumente“ where „Instru-mente“ left the paragraph barely
// looser (the specialist day).
const (
	shortHeadPenalty2   = 600
	shortFirstPartHead3 = 300
)

// shortHeadPenalty is the extra penalty of the break br in the word w.
func shortHeadPenalty(br WordBreak, w []rune) int {
	if !br.Kind.Hyphenated() || br.Kind == AfterHyphen {
		return 0
	}
	head := 0
	for i := br.Pos - 1; i >= 0 && unicode.IsLetter(w[i]); i-- {
		head++
	}
	switch {
	case head < 3:
		return shortHeadPenalty2
	case head == 3 && br.Kind == FirstPart:
		return shortFirstPartHead3
	}
	return 0
}

// IsAddress reports whether a word is a web address: it has a scheme
// (https://), starts with "www.", has a dot before its first slash
// (bleibdranplus.de/…), or is an e-mail address (name@example.org). Text with a space is an address only when a
// scheme comes before the space. Every test is on ASCII bytes, so byte
// offsets answer as character positions would.
func IsAddress(w string) bool {
	if i := strings.IndexByte(w, ' '); i >= 0 {
		return strings.Contains(w[:i], "://")
	}
	if strings.Contains(w, "://") || len(w) > 4 && strings.HasPrefix(w, "www.") {
		return true
	}
	if at := strings.IndexByte(w, '@'); at > 0 && strings.IndexByte(w[at:], '.') > 1 {
		return true // an e-mail address: never hyphenated, broken as an address
	}
	firstDot, firstSlash := strings.IndexByte(w, '.'), strings.IndexByte(w, '/')
	return firstDot > 0 && firstSlash > firstDot
}

// HyphenBreakAllowed says whether a word may break after its hyphen at i:
// not when a single letter stands before or after it (E-|Mail, U-|Bahn,
// x-|beliebig, Vitamin-|C).
func HyphenBreakAllowed(w []rune, i int) bool {
	before, after := 0, 0
	for j := i - 1; j >= 0 && w[j] != '-' && unicode.IsLetter(w[j]); j-- {
		before++
	}
	for j := i + 1; j < len(w) && w[j] != '-' && unicode.IsLetter(w[j]); j++ {
		after++
	}
	return before >= 2 && after >= 2
}

// ExplicitBreaks are the breaks display text allows: after a hyphen or a
// slash the author wrote between letters (Garthus-|Niegel, Land/|Stadt),
// and a web address's own.
func ExplicitBreaks(w []rune) []WordBreak {
	if IsAddress(string(w)) {
		return AddressBreaks(w)
	}
	var out []WordBreak
	for i := 1; i < len(w)-1; i++ {
		if unicode.IsLetter(w[i-1]) && unicode.IsLetter(w[i+1]) {
			switch w[i] {
			case '-':
				if HyphenBreakAllowed(w, i) {
					out = append(out, WordBreak{Pos: i + 1, Kind: AfterHyphen})
				}
			case '/':
				out = append(out, WordBreak{Pos: i + 1, Kind: AfterSlash})
			}
		}
	}
	return out
}

// addressTail is the shortest last line a broken web address may leave:
// a file's ending (.pdf) or the end of a date alone on a line is a stub.
const addressTail = 8

// AddressBreaks are the breaks of a web or e-mail address, none with a
// hyphen added. An e-mail address breaks after its „@“ and after a dot
// (emailBreaks). A web address breaks after a slash and before ".", "?",
// "&", "=", "#" and "_", never inside the scheme but after its „://“
// (the host then begins a line whole), never between digits (a
// date, 2026-03-24, or a version, 1.2), never leaving a fragment shorter
// than two characters, nor a last one shorter than addressTail. Neither
// breaks at a hyphen the address has, nor after a web host's „www“,
// except as a last resort (InAddressPoorly, poorBreaks): a hyphen at a
// line's end would read as a word's, and „www“ alone as a word, but a
// long hyphenated host with no other break would otherwise run past its
// column.
func AddressBreaks(w []rune) []WordBreak {
	var good []WordBreak
	if isEmail(w) {
		good = emailBreaks(w)
	} else {
		good = webBreaks(w)
	}
	return poorBreaks(w, good)
}

// webBreaks are a web address's good breaks (AddressBreaks).
func webBreaks(w []rune) []WordBreak {
	var out []WordBreak
	schemeEnd := schemeLength(w)
	host := hostEnd(w)
	last := 0
	for i := 2; i < len(w)-addressTail+1; i++ {
		if i < schemeEnd || i-last < 2 || isWWW(w[schemeEnd:i]) {
			continue
		}
		afterSlash := w[i-1] == '/' && w[i] != '/'
		beforeMark := strings.ContainsRune(".?&=#_", w[i]) && w[i-1] != w[i] &&
			!(unicode.IsDigit(w[i-1]) && unicode.IsDigit(w[i+1])) && !(w[i] == '.' && i < host) && !isExtension(w, i)
		if afterSlash || beforeMark {
			out = append(out, WordBreak{Pos: i, Kind: InAddress})
			last = i
		}
	}
	return out
}

// isExtension reports whether the dot at w[i] begins a file name's
// extension in a web address's path: one to five letters or digits up
// to its end, a query or a fragment (linkliste.xlsx?download=1). A line
// that begins with „.xlsx“ reads as a slip; the name breaks before it
// only where nothing else lets it fit (poorBreaks).
func isExtension(w []rune, i int) bool {
	if w[i] != '.' || i == 0 || !unicode.IsLetter(w[i-1]) && !unicode.IsDigit(w[i-1]) {
		return false
	}
	n := 0
	for _, r := range w[i+1:] {
		if r == '?' || r == '#' {
			break
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 5
}

// isWWW reports whether w is „www“ in any case (as strings.EqualFold
// with "www", whose only folds are w and W), without making a string of
// every prefix of an address it is asked about.
func isWWW(w []rune) bool {
	if len(w) != 3 {
		return false
	}
	for _, r := range w {
		if r != 'w' && r != 'W' {
			return false
		}
	}
	return true
}

// hostEnd is the index of the slash that ends a web address's host
// (https://example.org|/forum), or its length where no path follows.
// Before a dot inside the host is no good break: the host is the
// address's name, read whole (bundesagentur-fuer-arbeit / .de reads as
// two), and breaks there only as a last resort (poorBreaks).
func hostEnd(w []rune) int {
	for i := schemeLength(w); i < len(w); i++ {
		if w[i] == '/' {
			return i
		}
	}
	return len(w)
}

// schemeLength is the length of an address's scheme with its „://“
// (https://), or of its „mailto:“; 0 for none.
func schemeLength(w []rune) int {
	s := string(w)
	if k := strings.Index(s, "://"); k >= 0 {
		return len([]rune(s[:k])) + 3
	}
	if strings.HasPrefix(s, "mailto:") {
		return len("mailto:")
	}
	return 0
}

// poorRun is the longest run of an address between good breaks that
// gets no last resort: a shorter one fits any column, and a break
// offered inside it is taken to even out a ragged line, not to fit one.
const poorRun = 30

// poorBreaks adds to an address's good breaks its last resorts, each at
// InAddressPoorly's cost: before a hyphen of its own (the hyphen begins
// the next line; not between digits), before a dot inside a web host and
// after its „www“, in a
// run between good breaks longer than poorRun, where no good break is
// within two characters, at least two characters stand before it, and
// the rest is no stub (addressTail, emailTail). The breaks come in
// order.
func poorBreaks(w []rune, good []WordBreak) []WordBreak {
	scheme, host := schemeLength(w), hostEnd(w)
	out := make([]WordBreak, 0, len(good)+2)
	next := 0 // the next good break to place
	near := func(i int) bool {
		for _, g := range good {
			if g.Pos-i <= 2 && i-g.Pos <= 2 {
				return true
			}
		}
		return false
	}
	// long reports whether position i lies in a run between good breaks
	// (or the address's ends) longer than poorRun.
	long := func(i int) bool {
		from, to := 0, len(w)
		for _, g := range good {
			if g.Pos <= i {
				from = g.Pos
			} else {
				to = g.Pos
				break
			}
		}
		return to-from > poorRun
	}
	email := isEmail(w)
	for i := scheme + 2; i <= len(w)-2; i++ {
		for next < len(good) && good[next].Pos <= i {
			out = append(out, good[next])
			next++
		}
		atHyphen := w[i] == '-' && w[i-1] != '-' && !(unicode.IsDigit(w[i-1]) && unicode.IsDigit(w[i+1]))
		afterWWW := !email && isWWW(w[scheme:i])
		hostDot := !email && w[i] == '.' && w[i-1] != '.' && i < host && !afterWWW && !(unicode.IsDigit(w[i-1]) && unicode.IsDigit(w[i+1]))
		stub := email && alphanumerics(w[i:]) < emailTail || !email && len(w)-i < addressTail
		if (atHyphen || afterWWW || hostDot) && !stub && !near(i) && long(i) {
			out = append(out, WordBreak{Pos: i, Kind: InAddressPoorly})
		}
	}
	return append(out, good[next:]...)
}

// isEmail reports an e-mail address (name@example.org, with a mailto:
// before it or punctuation around it): an „@“ and no scheme's „://“.
func isEmail(w []rune) bool {
	s := string(w)
	return strings.ContainsRune(s, '@') && !strings.Contains(s, "://")
}

// emailTail is the fewest letters and digits the last line of a broken
// e-mail address holds: its domain (bund.de) may stand alone, its
// top-level domain (org) may not.
const emailTail = 4

// emailBreaks are the breaks of an e-mail address: after its „@“
// (name@|example.org) and after a dot (max.|muster@, beratung.|example.org),
// never in a „mailto:“, never between digits, never leaving fewer than
// two characters before the break nor fewer than emailTail letters and
// digits after the last.
func emailBreaks(w []rune) []WordBreak {
	var out []WordBreak
	start := 0
	if s := string(w); strings.HasPrefix(s, "mailto:") {
		start = len("mailto:")
	}
	last := start
	for i := start + 2; i < len(w); i++ {
		after := w[i-1] == '@' || w[i-1] == '.' && w[i] != '.' && !(unicode.IsDigit(w[i-2]) && unicode.IsDigit(w[i]))
		if !after || i-last < 2 || alphanumerics(w[i:]) < emailTail {
			continue
		}
		out = append(out, WordBreak{Pos: i, Kind: InAddress})
		last = i
	}
	return out
}

// alphanumerics counts the letters and digits of w.
func alphanumerics(w []rune) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// Hyphenator says where a word of running text may be broken. The
// language's rules live behind it (layout/german implements it for
// German); the paragraph builder only asks. A word that is a name (keep)
// should break only where the author allowed it.
type Hyphenator interface {
	Breaks(word string, keep bool) []WordBreak
}

// FunctionWords is a sibling of Hyphenator a language may implement: its
// function words (articles, conjunctions, short prepositions), which a
// display line should not end on.
type FunctionWords interface {
	IsFunctionWord(word string) bool
}

// LineEnds is what a Hyphenator may also tell the paragraph builder: the
// cost of a line ending at the space after a word (0: none), given to
// that space's glue as its Penalty. Display text asks it for its function
// words; running text does not.
type LineEnds interface {
	LineEndPenalty(word string) int
}
