package german

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"brochure/assets"
	"brochure/layout/typeset"
)

// Hyphenator decides where German words may be broken: Liang's patterns
// with left and right minimums of two letters, the author's exceptions,
// and the rules of German typesetting for hyphenated compounds, gender
// marks, slashes, abbreviations and web addresses.
type Hyphenator struct {
	patterns   *Patterns
	exceptions map[string][]int // lower-case word → break positions
	// LeftMin and RightMin are the shortest fragments left at a word's
	// start and end (TeX's \lefthyphenmin and \righthyphenmin).
	LeftMin, RightMin int

	mu    sync.Mutex
	cache map[string][]typeset.WordBreak
	// Scratch space reused between words (guarded by mu).
	buf       []uint8
	lower     []rune
	lowerUTF8 []byte
	positions []int
	offsets   []int
	key       []byte
}

var (
	germanOnce     sync.Once
	germanPatterns *Patterns
)

// GermanPatterns are the embedded patterns for reformed German spelling,
// read in place from their compiled form (checked whole by a test).
func GermanPatterns() *Patterns {
	germanOnce.Do(func() {
		p, err := compiledPatterns(assets.GermanHyphenationTrie)
		if err != nil {
			panic("embedded hyphenation patterns: " + err.Error()) // a broken build, not bad input
		}
		germanPatterns = p
	})
	return germanPatterns
}

// NewHyphenator makes a hyphenator with the given patterns and author
// exceptions, each written with hyphens at its allowed breaks
// ("Ma-lo-lep-szy"); an exception without hyphens forbids breaking.
func NewHyphenator(p *Patterns, exceptions []string) *Hyphenator {
	h := &Hyphenator{patterns: p, exceptions: map[string][]int{}, LeftMin: 2, RightMin: 2, cache: map[string][]typeset.WordBreak{}}
	for _, e := range exceptions {
		var pos []int
		n := 0
		for _, r := range e {
			if r == '-' {
				pos = append(pos, n)
				continue
			}
			n++
		}
		h.exceptions[strings.ToLower(strings.ReplaceAll(e, "-", ""))] = pos
	}
	return h
}

// Breaks returns where word may be broken, in rune positions. A word that
// is kept (a name, a title) is never broken unless an exception lists it.
func (h *Hyphenator) Breaks(word string, keep bool) []typeset.WordBreak {
	key := word
	if keep {
		key = "\x00" + word
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if b, ok := h.cache[key]; ok {
		return b
	}
	b := h.breaks([]rune(word), keep)
	// The cache is bounded: a long stream of words (brochure hyphenate
	// reading standard input) starts it afresh, and words longer than
	// any real one are not kept.
	if len(key) <= maxCachedWord {
		if len(h.cache) >= maxCacheEntries {
			clear(h.cache)
		}
		// A word is often a slice of its paragraph's text: the key is a
		// copy, so the cache does not hold whole paragraphs.
		h.cache[strings.Clone(key)] = b
	}
	return b
}

// longAddressRun is the fewest letters in a row of a web or e-mail
// address that also break at their compound joints, as a last resort
// (typeset.InAddressPoorly, no hyphen added): a host word like
// „bundesarbeitsgemeinschaftderfreienwohlfahrtspflege“ has no other
// break and ran past a column; shorter runs fit any.
const longAddressRun = 24

// addressBreaks are an address's breaks (typeset.AddressBreaks), and in
// each run of longAddressRun letters or more its compound joints as last
// resorts: „www.bundesarbeitsgemeinschaft¦derfreien…“ rather than past
// the column's edge. The line breaker takes a last resort only in a part
// of the address wider than the line.
func (h *Hyphenator) addressBreaks(w []rune) []typeset.WordBreak {
	out := typeset.AddressBreaks(w)
	added := false
	for start := 0; start < len(w); {
		end := start
		for end < len(w) && unicode.IsLetter(w[end]) {
			end++
		}
		if end-start >= longAddressRun {
			for _, b := range h.breaks(w[start:end], false) {
				if b.Kind == typeset.Joint {
					out, added = append(out, typeset.WordBreak{Pos: start + b.Pos, Kind: typeset.InAddressPoorly}), true
				}
			}
		}
		start = end + 1
	}
	if added {
		slices.SortStableFunc(out, func(a, b typeset.WordBreak) int { return a.Pos - b.Pos })
	}
	return out
}

// Bounds of the word cache.
const (
	maxCacheEntries = 200_000
	maxCachedWord   = 100 // bytes
)

// lastResortParts adds to hyphens, the breaks after the hyphens of the
// word core (which starts at start in its word), the pattern breaks of
// each part between them as last resorts (typeset.WordBreak.LastResort): a part
// wider than the line still breaks (a heading's
// „Arbeitsmarktintegrationsförderungsprogramm-Evaluation“ ran into the
// next column).
func (h *Hyphenator) lastResortParts(core []rune, start int, hyphens []typeset.WordBreak) []typeset.WordBreak {
	out := hyphens
	from := 0
	for i := 0; i <= len(core); i++ {
		if i < len(core) && core[i] != '-' {
			continue
		}
		if part := core[from:i]; len(part) >= minLastResortPart {
			for _, b := range h.breaks(part, false) {
				if b.Kind.Hyphenated() {
					out = append(out, typeset.WordBreak{Pos: start + from + b.Pos, Kind: b.Kind, LastResort: true})
				}
			}
		}
		from = i + 1
	}
	slices.SortFunc(out, func(a, b typeset.WordBreak) int { return a.Pos - b.Pos })
	return out
}

// minLastResortPart is the fewest letters a part of a hyphenated word has
// for its pattern breaks to be added as last resorts: a shorter part
// fits any line.
const minLastResortPart = 12

func (h *Hyphenator) breaks(w []rune, keep bool) []typeset.WordBreak {
	if typeset.IsAddress(string(w)) {
		return h.addressBreaks(w)
	}
	// The core is the word without surrounding punctuation: „Fremden“,
	start, end := 0, len(w)
	for start < end && !unicode.IsLetter(w[start]) {
		start++
	}
	for end > start && !unicode.IsLetter(w[end-1]) {
		end--
	}
	core := w[start:end]
	if len(core) == 0 {
		return nil
	}
	if pos, ok := h.exception(core); ok {
		return h.exceptionBreaks(core, start, pos)
	}
	if keep {
		return nil
	}
	var out []typeset.WordBreak
	// A word with hyphens breaks at its hyphens only, and no second
	// hyphen is added (Sachsen-Anhalt-Thüringen).
	for i := 1; i < len(core)-1; i++ {
		if core[i] == '-' && unicode.IsLetter(core[i-1]) && typeset.HyphenBreakAllowed(core, i) {
			out = append(out, typeset.WordBreak{Pos: start + i + 1, Kind: typeset.AfterHyphen})
		}
	}
	if out != nil {
		return h.lastResortParts(core, start, out)
	}
	// Gender star, colon or underscore: never break at it, next to it or
	// inside the ending after it (Pädagog:innen, not Pädagog:in-nen); the
	// stem before it may be hyphenated (Do-zent*innen), but not so close
	// to it that a line begins with less than a syllable of three letters
	// and the ending (Wasser-bauer*innen, not Wasserbau-er*innen).
	for i, r := range core {
		if (r == '*' || r == ':' || r == '_') && i > 0 {
			return h.genderBreaks(core, start, i)
		}
	}
	// A slash between words: each side hyphenates on its own, and the
	// slash itself is a last resort.
	for i := 1; i < len(core)-1; i++ {
		if core[i] == '/' {
			out = append(out, h.stemBreaks(core[:i], start)...)
			out = append(out, typeset.WordBreak{Pos: start + i + 1, Kind: typeset.AfterSlash})
			for _, b := range h.breaks(core[i+1:], false) {
				b.Pos += start + i + 1
				out = append(out, b)
			}
			return out
		}
	}
	return h.stemBreaks(core, start)
}

// genderBreaks are the breaks of core (offset by start), a word with a
// gender mark at i: in the stem before the mark, not too close to it
// (see breaks); and where the ending „innen“ after the mark begins a
// compound (Migrant*innen-selbstorganisationen), at the joint after the
// ending and in the head that follows, as in any compound — the joint
// preferred, the stem before the mark its first part.
func (h *Hyphenator) genderBreaks(core []rune, start, i int) []typeset.WordBreak {
	stem := breaksBefore(h.stemBreaks(core[:i], start), start+i-minBeforeGenderMark)
	joint := i + 1 + len(genderEnding)
	if len(core)-joint < minGenderHead || string(core[i+1:joint]) != genderEnding {
		return stem
	}
	head := h.stemBreaks(core[joint:], start+joint)
	out := make([]typeset.WordBreak, 0, len(stem)+1+len(head))
	for _, b := range stem {
		if b.Kind == typeset.Hyphenation {
			b.Kind = typeset.FirstPart
		}
		out = append(out, b)
	}
	out = append(out, typeset.WordBreak{Pos: start + joint, Kind: typeset.Joint})
	for _, b := range head {
		if b.Kind == typeset.Hyphenation {
			b.Kind = typeset.LaterPart
		}
		out = append(out, b)
	}
	return out
}

// genderEnding is the plural ending after a gender mark that a compound
// may go on from (Teilnehmer*innenzahl); minGenderHead the fewest letters
// of the head after it that make it a compound's joint.
const (
	genderEnding  = "innen"
	minGenderHead = 3
)

// minBeforeGenderMark is the fewest letters a line may begin with
// before a gender star, colon or underscore: „er*innen“ alone reads as an
// ending without its word.
const minBeforeGenderMark = 3

// breaksBefore is breaks without those after position last; breaks is
// not changed (it may be the memo's).
func breaksBefore(breaks []typeset.WordBreak, last int) []typeset.WordBreak {
	for k, b := range breaks {
		if b.Pos > last {
			return breaks[:k:k]
		}
	}
	return breaks
}

// exceptionBreaks are the breaks an author's exception gives core (at
// positions pos, offset by start). Each is of the kind the patterns give
// a break there — a compound joint stays a joint, preferred as the
// patterns' joints are — and plain hyphenation where the patterns have
// none.
func (h *Hyphenator) exceptionBreaks(core []rune, start int, pos []int) []typeset.WordBreak {
	found := h.stemBreaks(core, start)
	out := make([]typeset.WordBreak, len(pos))
	for i, p := range pos {
		out[i] = typeset.WordBreak{Pos: start + p, Kind: typeset.Hyphenation}
		for _, b := range found {
			if b.Pos == start+p {
				out[i].Kind = b.Kind
			}
		}
	}
	return out
}

// exception looks a word up in the author's exceptions.
func (h *Hyphenator) exception(core []rune) ([]int, bool) {
	if len(h.exceptions) == 0 {
		return nil, false
	}
	pos, ok := h.exceptions[strings.ToLower(string(core))]
	return pos, ok
}

// stemBreaks hyphenates a run of letters with the patterns, offset by
// start. Words with digits or more than one capital (ESF, gGmbH,
// BLEIBdran) are left whole.
func (h *Hyphenator) stemBreaks(stem []rune, start int) []typeset.WordBreak {
	upper := 0
	for _, r := range stem {
		if !unicode.IsLetter(r) {
			return nil
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper > 1 || len(stem) < h.LeftMin+h.RightMin {
		return nil
	}
	h.lower = h.lower[:0]
	for _, r := range stem {
		h.lower = append(h.lower, unicode.ToLower(r))
	}
	h.key = stemKey(h.key, h.LeftMin, h.RightMin, h.lower)
	b, ok := h.patterns.memo.load(h.key)
	if !ok {
		b = h.patternBreaks()
		if h.key != nil {
			h.patterns.memo.store(h.key, b)
		}
	}
	if start == 0 || b == nil {
		return b
	}
	out := make([]typeset.WordBreak, len(b))
	for i, w := range b {
		w.Pos += start
		out[i] = w
	}
	return out
}

// patternBreaks hyphenates h.lower, a lower-case stem, with the patterns
// and marks the breaks at compound joints.
func (h *Hyphenator) patternBreaks() []typeset.WordBreak {
	h.buf = h.patterns.Points(h.lower, h.buf)
	positions := h.positions[:0]
	for i := h.LeftMin; i <= len(h.lower)-h.RightMin; i++ {
		if h.buf[i]%2 == 1 {
			// Two breaks one letter apart would leave a one-letter
			// fragment (ment-o-ren, gerade-s-wegs): keep the break the
			// patterns are surer of (the higher value), the later one on
			// a tie — the letter between goes with the syllable before
			// (Men-to-ren, gerades-wegs).
			if n := len(positions); n > 0 && positions[n-1] == i-1 {
				if h.buf[i] >= h.buf[i-1] {
					positions[n-1] = i
				}
				continue
			}
			positions = append(positions, i)
		}
	}
	h.positions = positions
	if len(positions) == 0 {
		return nil
	}
	// Joint detection works on the UTF-8 bytes, with byte offsets.
	text := h.lowerUTF8[:0]
	offsets := h.offsets[:0]
	k := 0
	for i, r := range h.lower {
		if k < len(positions) && positions[k] == i {
			offsets = append(offsets, len(text))
			k++
		}
		text = utf8.AppendRune(text, r)
	}
	h.lowerUTF8, h.offsets = text, offsets
	// A break before the compound's first joint is inside its first part,
	// one after it inside a later part.
	out := make([]typeset.WordBreak, len(positions))
	firstJoint := -1
	for k, p := range positions {
		kind := typeset.Hyphenation
		if isCompoundJoint(text, offsets[k], offsets) {
			kind = typeset.Joint
			if firstJoint < 0 {
				firstJoint = k
			}
		}
		out[k] = typeset.WordBreak{Pos: p, Kind: kind}
	}
	if moved := jointsBeforePrefixes(text, offsets, out); moved >= 0 && (firstJoint < 0 || moved < firstJoint) {
		firstJoint = moved
	}
	if firstJoint >= 0 {
		for k := range out {
			if out[k].Kind == typeset.Hyphenation {
				out[k].Kind = typeset.LaterPart
				if k < firstJoint {
					out[k].Kind = typeset.FirstPart
				}
			}
		}
	}
	return out
}
