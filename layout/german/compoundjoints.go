package german

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"brochure/assets"
	"brochure/layout/typeset"
)

// Compound-joint detection: German compounds should break at their joints
// (Arbeits-markt-integration) rather than inside a stem (Ar-beits…). The
// patterns allow both and do not say which is which, so a break is taken
// for a joint when what precedes it ends with a linking element (-ungs,
// -heits, -ts …), when what follows it is a frequent compound head
// (markt, integration, kurse …) that runs to the next break or the end,
// or when what precedes it ends with a short linking element (-s-, -es-,
// -n-, -en-, -er-) and what follows begins with such a head. The short
// elements end too many stems (Kin-der, beschrän-kungen) to count alone.

var (
	jointOnce    sync.Once
	compoundHead map[string]bool // heads in their base form
	longestHead  int             // bytes
	linkEndings  []string
)

func loadJointData() {
	heads := lines(assets.CompoundHeads)
	compoundHead = make(map[string]bool, len(heads))
	for _, w := range heads {
		compoundHead[w] = true
		longestHead = max(longestHead, len(w))
	}
	linkEndings = lines(assets.LinkingElements)
}

// lines returns the non-empty, non-comment lines of a word list.
func lines(data []byte) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && l[0] != '%' {
			out = append(out, l)
		}
	}
	return out
}

// isCompoundJoint reports whether the break at byte offset p of the
// lower-case word (UTF-8) is a compound joint; offsets are the byte
// offsets of all pattern breaks, ascending. Map lookups with converted
// byte slices do not allocate.
func isCompoundJoint(lower []byte, p int, offsets []int) bool {
	jointOnce.Do(loadJointData)
	if utf8.RuneCount(lower[:p]) < 3 || utf8.RuneCount(lower[p:]) < 3 {
		return false // a joint leaves a whole word on each side
	}
	left := lower[:p]
	for _, e := range linkEndings {
		if len(left) > len(e)+1 && string(left[len(left)-len(e):]) == e {
			return true
		}
	}
	// What follows, up to a later break or the end, is a known head,
	// possibly inflected (Sprach-kursen), or a known head with a linking
	// s that is itself the first part of what follows
	// (Dienst-leistungspflicht, Gesetz-gebungsakts).
	for _, q := range offsets {
		if q-p > longestHead+1 {
			break
		}
		if q > p && (compoundHead[string(lower[p:q])] || q-p > 1 && lower[q-1] == 's' && compoundHead[string(lower[p:q-1])]) {
			return true
		}
	}
	rest := lower[p:]
	if len(rest) <= longestHead+3 && isInflectedHead(rest) {
		return true
	}
	return afterShortLink(left) && beginsWithHead(rest)
}

// shortLinks are the linking elements too common at the end of a stem to
// mark a joint on their own.
var shortLinks = []string{"es", "en", "er", "s", "n"}

// afterShortLink reports whether left (lower case) ends with a short
// linking element after a stem of at least three letters (Bundes-,
// Kinder-, Zusammen-; not Kin-).
func afterShortLink(left []byte) bool {
	for _, e := range shortLinks {
		if len(left) > len(e) && string(left[len(left)-len(e):]) == e {
			return utf8.RuneCount(left[:len(left)-len(e)]) >= 3
		}
	}
	return false
}

// beginsWithHead reports whether rest begins with a compound head of at
// least four letters (programmplanung: programm).
func beginsWithHead(rest []byte) bool {
	for n := min(len(rest), longestHead); n >= 4; n-- {
		if compoundHead[string(rest[:n])] {
			return true
		}
	}
	return false
}

// inflections are the endings a compound's head may carry.
var inflections = []string{"", "e", "en", "n", "s", "es", "er", "ern"}

// isInflectedHead reports whether w is a compound head with one of the
// inflection endings (Sprach-kursen: kurs + en). The endings are taken
// off w rather than put on every head at start: no table of heads times
// endings is built for a lookup that runs only at joints.
func isInflectedHead(w []byte) bool {
	for _, e := range inflections {
		if len(w) > len(e) && string(w[len(w)-len(e):]) == e && compoundHead[string(w[:len(w)-len(e)])] {
			return true
		}
	}
	return false
}

// inseparablePrefixes are the verb prefixes that never stand alone
// (ver-ordnung, be-rechtigt, ent-scheidung): a head after one of them is
// the head of a word of its own, whose joint with what comes before is
// before the prefix.
var inseparablePrefixes = []string{"ver", "zer", "ent", "emp", "miss", "be", "ge", "er"}

// jointsBeforePrefixes moves a joint found right after an inseparable
// prefix to the break before the prefix, where what precedes ends with a
// linking element or is a joint itself: in „maßnahmen|ver|ordnung“ the head „ordnung“ marks
// the break after „ver“, but the compound's joint is
// Maßnahmen-verordnung, not Maßnahmenver-ordnung. breaks are the word's
// breaks, at the byte offsets of the lower-case word text; it returns the
// index of the first break it made a joint, -1 if none.
func jointsBeforePrefixes(text []byte, offsets []int, breaks []typeset.WordBreak) int {
	first := -1
	for k := 0; k+1 < len(breaks); k++ {
		p, q := offsets[k], offsets[k+1]
		if breaks[k+1].Kind != typeset.Joint || !slices.Contains(inseparablePrefixes, string(text[p:q])) ||
			breaks[k].Kind != typeset.Joint && !endsWithLink(text[:p]) {
			continue
		}
		if breaks[k].Kind != typeset.Joint && first < 0 {
			first = k
		}
		breaks[k].Kind, breaks[k+1].Kind = typeset.Joint, typeset.Hyphenation
	}
	for k := 0; k+1 < len(breaks); k++ {
		p, q := offsets[k], offsets[k+1]
		if breaks[k].Kind == typeset.Joint || !slices.Contains(separablePrefixes, string(text[p:q])) ||
			utf8.RuneCount(text[q:]) < minAfterSeparablePrefix || !endsWithLink(text[:p]) {
			continue
		}
		breaks[k].Kind = typeset.Joint
		if first < 0 || k < first {
			first = k
		}
	}
	return first
}

// separablePrefixes are the prefixes that begin the head of a compound
// whose own head the list of heads does not know (Anspruchs-voraus-
// setzungen, Sprachkurs-anforderungen): a break before one, after a
// linking element, is taken for the joint, where at least
// minAfterSeparablePrefix letters follow the prefix.
var separablePrefixes = []string{"vor", "an", "aus", "auf", "ab", "ein", "nach", "mit", "zu"}

const minAfterSeparablePrefix = 4

// endsWithLink reports whether left, the lower-case start of a word up
// to a break, ends with a linking element: one of the list's, or a short
// one after a stem of three letters or more (afterShortLink).
func endsWithLink(left []byte) bool {
	if utf8.RuneCount(left) < 3 {
		return false
	}
	for _, e := range linkEndings {
		if len(left) > len(e)+1 && string(left[len(left)-len(e):]) == e {
			return true
		}
	}
	return afterShortLink(left)
}
