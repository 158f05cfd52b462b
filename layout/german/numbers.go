package german

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules for numbers that German typesetting (DIN 5008, Duden) sets
// apart from what authors type: ranges of days and months take an en
// dash, numbers of five digits and more are grouped in threes by a narrow
// no-break space, and the per-cent sign stands a narrow no-break space
// after its number. Years, postcodes, paragraph numbers, times and codes
// are left as written.

// isDayRange reports whether the hyphen at byte offset i of in joins two
// days of a month: „24.-25. Februar“, „3.-5.5.“. Both sides are days (1
// to 31) followed by a full stop, and the left one stands alone (not the
// end of a date like 26.06.-).
func isDayRange(in string, out []byte, i int) bool {
	j := len(out) - 1
	if j < 1 || out[j] != '.' {
		return false
	}
	k := j
	for k > 0 {
		r, size := lastRune(out[:k])
		if !unicode.IsDigit(r) {
			break
		}
		k -= size
	}
	if r, size := lastRune(out[:k]); size > 0 && !standsApart(r) || !isDayOfMonth(out[k:]) {
		return false
	}
	m := i + 1
	for m < len(in) {
		r, size := utf8.DecodeRuneInString(in[m:])
		if !unicode.IsDigit(r) {
			break
		}
		m += size
	}
	return runeAt(in, m) == '.' && isDayOfMonth(in[i+1:m+1])
}

// isDigitBefore reports a digit as the last character of b.
func isDigitBefore(b []byte) bool {
	r, _ := lastRune(b)
	return unicode.IsDigit(r)
}

// isMonthRange reports whether the hyphen at byte offset i of in joins
// two month names standing alone: „Mai-Juni“, „Januar-März 2026“.
func isMonthRange(in string, out []byte, i int) bool {
	return isNameRange(in, out, i, months, false)
}

// isNameRange reports a hyphen at byte offset i of in between two words
// of names standing alone, each with a full stop after it where dotted
// (Mo.-Fr.): a range, set with an en dash.
func isNameRange(in string, out []byte, i int, names map[string]bool, dotted bool) bool {
	end := len(out)
	if dotted && end > 0 && out[end-1] == '.' {
		end--
	}
	j := end
	for j > 0 {
		r, size := lastRune(out[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	if j == end || !names[string(out[j:end])] {
		return false
	}
	if r, size := lastRune(out[:j]); size > 0 && !standsApart(r) {
		return false
	}
	k := i + 1
	for k < len(in) {
		r, size := utf8.DecodeRuneInString(in[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	word := in[i+1 : k]
	if dotted && k < len(in) && in[k] == '.' {
		k++
	}
	after := runeAt(in, k)
	return names[word] && (k == len(in) || !unicode.IsLetter(after) && after != '-')
}

// labelNouns are the nouns that number or letter what they name — a
// forum, a room, a chapter — and the compounds ending in them
// (Fachforum, Seminarraum), whose number is not left at a line's start:
// „Forum 1“, „Workshop B“.
var labelNouns = []string{"forum", "workshop", "raum", "saal", "gruppe", "kapitel", "modul", "phase", "seite",
	"abschnitt", "stufe", "runde", "panel", "session", "track", "station", "halle", "etage", "zimmer", "gleis",
	"linie", "baustein", "themenblock", "block", "anlage", "abbildung", "tabelle", "folie"}

// isLabelNumber reports whether after numbers or letters the label before
// it: a noun of labelNouns (or a compound ending in one), capitalised,
// before a number of one to three digits or a single capital; or any
// capitalised word before a single capital (Aufzug B, Haus C).
func isLabelNumber(before, after string) bool {
	// The number first: it is cheap to check, and most words before a
	// space are followed by none, so the label's lower-cased copy is made
	// for few of them. Brackets and quotation marks around the two are
	// not theirs: „(Haus C)“, „„Plan B““, „(Raum 204)“.
	after = strings.TrimRight(after, "“‘«‹\"'`´”")
	if !isLabelsNumber(after) {
		return false
	}
	before = strings.TrimLeft(before, "([{„‚»›")
	first, _ := utf8.DecodeRuneInString(before)
	if !unicode.IsUpper(first) {
		return false
	}
	if isSingleCapital(after) && isWord(before) {
		return true // Aufzug B, Haus C, Plan B: a letter alone never opens a line
	}
	if before == "Teil" || before == "AG" || before == "Tisch" {
		return true
	}
	lower := strings.ToLower(before)
	for _, n := range labelNouns {
		// The noun itself, or a compound of it with a first part of
		// three letters or more (Fachforum, not Traum).
		if prefix := len(lower) - len(n); strings.HasSuffix(lower, n) && (prefix == 0 || prefix >= 3) {
			return true
		}
	}
	return false
}

// isSingleCapital reports whether after, without a final full stop, is
// one capital letter (A to Z).
func isSingleCapital(after string) bool {
	after = strings.TrimSuffix(after, ".")
	return len(after) == 1 && after[0] >= 'A' && after[0] <= 'Z'
}

// isWord reports whether w is a word of two letters or more and nothing
// else (no digit, no punctuation).
func isWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// isLabelsNumber reports whether after, without a final full stop, is
// what a label numbers with: one to three digits or a single capital.
func isLabelsNumber(after string) bool {
	if isSingleCapital(after) {
		return true
	}
	after = strings.TrimSuffix(after, ".")
	if len(after) == 0 || len(after) > 3 {
		return false
	}
	for _, r := range after {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isLicenceName reports the space inside a Creative Commons licence's
// name, which reads as one: „CC BY-SA 4.0“, „CC BY 4.0“, „CC0 1.0“.
func isLicenceName(before, after string) bool {
	after = strings.TrimRight(after, ".")
	switch {
	case before == "CC":
		return after == "BY" || strings.HasPrefix(after, "BY-") || after == "0"
	case before == "BY" || strings.HasPrefix(before, "BY-") || before == "CC0":
		return len(after) == 3 && after[1] == '.' && after[0] >= '1' && after[0] <= '9' && after[2] >= '0' && after[2] <= '9'
	}
	return false
}

// weekdays are the days' names and their short forms, which a range of
// days joins by an en dash: Mo–Fr, Mo.–Fr., Montag–Freitag.
var weekdays = map[string]bool{"Mo": true, "Di": true, "Mi": true, "Do": true, "Fr": true, "Sa": true, "So": true,
	"Montag": true, "Dienstag": true, "Mittwoch": true, "Donnerstag": true, "Freitag": true, "Samstag": true,
	"Sonnabend": true, "Sonntag": true}

// isWeekdayRange reports a hyphen at byte offset i of in between two
// names of days standing apart (Mo-Fr, Mo.-Fr., Montag-Freitag): a range,
// set with an en dash.
func isWeekdayRange(in string, out []byte, i int) bool {
	return isNameRange(in, out, i, weekdays, true)
}

// standsApart reports a character before a number or word that leaves it
// standing on its own: a space, an opening bracket or quote.
func standsApart(r rune) bool {
	switch r {
	case '(', '[', lowDouble, lowSingle, guilOpen, guilOpenS, highDouble, '/':
		return true
	}
	return unicode.IsSpace(r)
}

// groupThousands appends to out the number of five digits or more
// starting at byte offset i of in, grouped in threes by narrow no-break
// spaces (12500 → 12 500), and returns how many bytes of in it spans; 0,
// with out as it was, when the digits are to stay as written: part of a
// code, a date, a time, a decimal's fraction or a word (A4, 3a, 14:56,
// 2024-06-26, 0351 …), a postcode before a place (01067 Dresden, after a
// comma or at the start), a number after §, Art., Abs., Nr., S. or
// Tel., or a group of a telephone number (Telefon 0381 12345, +49 381
// 12345: continuesPhoneNumber).
func groupThousands(in string, out []byte, i int) ([]byte, int) {
	last, before := lastTwo(out)
	if len(out) > 0 && !standsApart(last) && last != '-' || last == '/' {
		return out, 0
	}
	k, count := i, 0
	for k < len(in) {
		r, size := utf8.DecodeRuneInString(in[k:])
		if !unicode.IsDigit(r) {
			break
		}
		k += size
		count++
	}
	if count < 5 || in[i] == '0' || k < len(in) && !endsNumber(in, k) {
		return out, 0
	}
	if last == '-' && (!unicode.IsSpace(before) || continuesPhoneNumber(out[:len(out)-1])) {
		return out, 0 // D-01067, ISBN-…: a code; 0381 12345-0 oder -12346: an extension
	}
	if titles[string(wordBefore(out))] || isPostcode(in, out, k) || continuesPhoneNumber(out) {
		return out, 0
	}
	n := 0
	for _, d := range in[i:k] {
		if n > 0 && (count-n)%3 == 0 {
			out = utf8.AppendRune(out, NarrowNoBreakSpace)
		}
		out = utf8.AppendRune(out, d)
		n++
	}
	return out, k - i
}

// endsNumber reports whether the number ends before byte offset k of in:
// at a space, a punctuation mark that closes a sentence or clause, or a
// decimal comma with its fraction. A full stop, colon, hyphen or letter
// after it makes the digits part of something else (a date, a time, a
// code).
func endsNumber(in string, k int) bool {
	switch r := runeAt(in, k); {
	case unicode.IsSpace(r):
		return true
	case r == ',' || r == '.' || r == ';' || r == '!' || r == '?' || r == ':':
		// 12500, or 12500. at a sentence's end; 12500,50 has a fraction;
		// 12.500 or 14:56 or 12500.3 are something else.
		return !unicode.IsDigit(runeAt(in, k+1)) || r == ','
	case r == ')' || r == ']' || r == '%' || r == '‰' || isQuoteMark(r):
		return true
	}
	return false
}

// isPostcode reports a five-digit number before a place name at the
// start of a line of an address: at the paragraph's start or after a
// comma, followed by a capitalised word that is not a unit (10000
// Minuten is a quantity). Any space counts, the no-break space the
// normaliser puts before a unit included, so a second pass decides as
// the first did. k is the byte offset in in after the number.
func isPostcode(in string, out []byte, k int) bool {
	space, size := utf8.DecodeRuneInString(in[k:])
	if !startsPlace(out) || !unicode.IsSpace(space) || !unicode.IsUpper(runeAt(in, k+size)) {
		return false
	}
	end := k + size
	for end < len(in) {
		r, n := utf8.DecodeRuneInString(in[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return !units[in[k+size:end]]
}

// startsPlace reports whether what follows out begins an address's place
// line, where a postcode stands: at the start, after a comma and its
// space, or on a line of its own; after a house or room number (an
// address typed a line each and run together: „Bahnhofstraße 16 17489
// Greifswald“); or after „in“, „nach“, „aus“ or „bei“ („in 17489
// Greifswald“: a count there, „in 12500 Fällen“, is left ungrouped
// rather than a postcode grouped).
func startsPlace(out []byte) bool {
	last, before := lastTwo(out)
	if len(out) == 0 || before == ',' || last == '\n' {
		return true
	}
	switch w := string(wordBefore(out)); w {
	case "in", "nach", "aus", "bei":
		return true
	default:
		return isHouseNumber(w)
	}
}

// isHouseNumber reports a house or room number: one to four digits, and
// a letter after them at most (16, 16a, 12).
func isHouseNumber(w string) bool {
	digits := strings.TrimRightFunc(w, unicode.IsLetter)
	if len(w)-len(digits) > 1 || digits == "" || len(digits) > 4 {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// wordBefore is the word before the space that ends out (empty if out
// does not end in a space).
func wordBefore(out []byte) []byte {
	r, size := lastRune(out)
	if size == 0 || !unicode.IsSpace(r) {
		return nil
	}
	j := len(out) - size
	k := j
	for k > 0 {
		r, n := lastRune(out[:k])
		if unicode.IsSpace(r) {
			break
		}
		k -= n
	}
	return out[k:j]
}

// isPercentAfterNumber reports a per-cent or per-mille sign written
// straight after a number standing alone (75%), not inside a URL or code
// (a%20b, 3a%); next is the byte offset in in of the character after it.
func isPercentAfterNumber(in string, out []byte, next int) bool {
	if !isDigitBefore(out) {
		return false
	}
	j := len(out)
	for j > 0 {
		r, size := lastRune(out[:j])
		if !unicode.IsDigit(r) && r != ',' && r != NarrowNoBreakSpace {
			if !standsApart(r) && r != enDash && r != '-' && r != '+' && r != '−' {
				return false
			}
			break
		}
		j -= size
	}
	r := runeAt(in, next)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// isQuoteMark reports a quotation mark or apostrophe, typed or already
// typographic: the normaliser turns one into another, so a number before
// either is treated alike.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '´', '`', apostrophe, lowDouble, highDouble, rightDouble, lowSingle, highSingle, guilOpen, guilClose, guilOpenS, guilCloseS:
		return true
	}
	return false
}

// isPhoneNumber reports whether the number before a hyphen, num (digits,
// full stops and colons) after before, is part of a telephone number,
// so that the hyphen is an extension's, not a range's: a group of digits
// after another and a space (0271 23602-0, +49 271 23602-0), or a
// dialling code, three digits or more led by a zero (030-1234). Times
// and ranges are not written so (09:30-11:00 has colons).
func isPhoneNumber(before, num []byte) bool {
	if len(num) >= 3 && num[0] == '0' && isDigits(num) {
		return true
	}
	r, size := lastRune(before)
	group := before[:len(before)-size]
	if r, size := lastRune(group); r == ')' {
		group = group[:len(group)-size] // (0381) 12345-67
	}
	return isSpace(r) && isDigitBefore(group)
}

// isDigits reports b made of ASCII digits only.
func isDigits[T ~string | ~[]byte](b T) bool {
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return false
		}
	}
	return true
}

// isDigitGroupSpace reports whether a space between out and rest
// separates the groups of one number, typed as DIN 5008 writes it:
// one to three digits not led by a zero (or a group before it), then a
// group of exactly three digits that ends the number or is followed by
// another such group (12 500, 1 250 000). Telephone numbers are left
// as written: their first group is led by a zero or a plus, or is longer,
// and so are the groups after it.
func isDigitGroupSpace(out []byte, rest string) bool {
	k := len(out)
	for k > 0 && out[k-1] >= '0' && out[k-1] <= '9' {
		k--
	}
	left := out[k:]
	if len(left) == 0 || len(left) > 3 || left[0] == '0' {
		return false
	}
	if r, size := lastRune(out[:k]); size > 0 {
		grouped := r == NarrowNoBreakSpace && isDigitBefore(out[:k-size])
		if !grouped && (unicode.IsLetter(r) || r == '+' || r == '.' || r == ',' || r == '-' || r == '/' ||
			isSpace(r) && isDigitBefore(out[:k-size])) {
			return false // a word's part, a code, or a later group of digits typed apart (+49 271 236 020)
		}
	}
	for {
		if len(rest) < 3 || !isDigits(rest[:3]) {
			return false
		}
		after := runeAt(rest, 3)
		if unicode.IsDigit(after) || after == NarrowNoBreakSpace {
			// A longer group, or one grouped already (1 100000 becomes
			// 1 100 000 with narrow spaces inside the second number): not
			// a number typed in groups, so a second pass leaves it too.
			return false
		}
		size := utf8.RuneLen(after)
		if after != ' ' && after != NoBreakSpace || !unicode.IsDigit(runeAt(rest, 3+size)) {
			return true
		}
		// Another group follows, after a space or the no-break space a
		// first pass bound a telephone number's groups with: it must be
		// a group too, so a second pass decides as the first did.
		rest = rest[3+size:]
	}
}

// isLawReference reports whether a space between before and after, with
// text before them, lies inside a reference to a law, which a line must
// not part: between a paragraph's or article's number and the law's
// abbreviation (§ 43 IfSG, Art. 3 GG), and between a code and its book
// (SGB II).
func isLawReference(text, before []byte, after string) bool {
	if isLawAbbreviation(string(before)) {
		return isRomanNumeral(after)
	}
	if len(before) == 0 || before[0] < '1' || before[0] > '9' || !isLawAbbreviation(after) {
		return false
	}
	for _, c := range before[1:] {
		if (c < '0' || c > '9') && (c < 'a' || c > 'z') {
			return false // 45a, not a word
		}
	}
	t := bytes.TrimRight(text, " \u00a0")
	return bytes.HasSuffix(t, []byte("§")) || bytes.HasSuffix(t, []byte("Art."))
}

// isFileReference reports whether a space between before and after, with
// text before them, lies inside a file number, which a line must not
// part: after its label (Az., Gz., Drucksache, Drs.) and between its
// parts — numbers (12, 20/1234, 12345/2026), roman numerals (II), a
// chamber's letter (A) and a dash (Az. II 3 – 12345/2026, Az. 12 A 345/26,
// Drucksache 20/1234).
func isFileReference(text, before []byte, after string) bool {
	return inLabelledRun(text, before, after, isFileLabel, isFilePart, maxFileParts)
}

// inLabelledRun reports whether a space between before and after, with
// text before them, lies inside a run of parts after its label (a file
// number after „Az.“, a telephone number after „Telefon“): after is a
// part, and so is every word back to a label, up to maxParts of them.
func inLabelledRun(text, before []byte, after string, isLabel, isPart func(string) bool, maxParts int) bool {
	if !isPart(after) {
		return false
	}
	word := string(before)
	for range maxParts {
		if isLabel(word) {
			return true
		}
		if !isPart(word) || strings.HasSuffix(word, ",") || strings.HasSuffix(word, ";") || strings.HasSuffix(word, ".") {
			return false // not a part, or the run ended at its punctuation: 12345, 12500 Gäste
		}
		text = bytes.TrimRight(text, " \u00a0")
		start := len(text)
		for start > 0 {
			r, size := utf8.DecodeLastRune(text[:start])
			if r == ' ' || r == NoBreakSpace {
				break
			}
			start -= size
		}
		word, text = string(text[start:]), text[:start]
	}
	return false
}

// maxFileParts is the most parts a file number's label stands before.
const maxFileParts = 6

// isFileLabel reports a word that a file number follows: Az.
// (Aktenzeichen), Gz. (Geschäftszeichen), Drucksache and Drs. (BT-Drs.),
// after an opening bracket or quote too.
func isFileLabel(w string) bool {
	switch strings.TrimLeft(w, "([„‚\"'") {
	case "Az.", "AZ", "Gz.", "Aktenzeichen", "Geschäftszeichen", "Drucksache", "Drs.", "BT-Drs.", "BR-Drs.", "LT-Drs.":
		return true
	}
	return false
}

// isFilePart reports a part of a file number: a number, possibly with
// slashes, hyphens or full stops inside (20/1234, 12345/2026), a roman
// numeral (II), a single capital letter (A) or a dash.
func isFilePart(w string) bool {
	switch {
	case w == "–" || w == "-" || isRomanNumeral(w) || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return true
	case w == "" || w[0] < '0' || w[0] > '9':
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != '/' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// isLawAbbreviation reports a word like SGB, IfSG or AufenthG: a capital
// first and another capital later, letters only, at most eight.
func isLawAbbreviation(w string) bool {
	if len(w) < 2 || len(w) > 8 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	capitals := 0
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		if unicode.IsUpper(c) {
			capitals++
		}
	}
	return capitals >= 2
}

// isRomanNumeral reports I to XII and the like, as books of a code are
// numbered (SGB II, SGB XII).
func isRomanNumeral(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, c := range w {
		if c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// isInPhoneNumber reports whether a space between before and after, with
// text before them, lies inside a telephone number after its label
// („Telefon 03834 55 12 30“, „Fax: +49 381 123-45“): after is a part of a
// number, and so is every word back to the label, up to maxPhoneParts of
// them. A number that breaks at a line's end cannot be dialled as read.
// The space after the label is not inside: a line may end on „Telefon“
// with the whole number on the next, which an address in a narrow column
// needs („Telefon 03834 79 83 12,“ bound whole left a line of two words
// stretched across the measure before it). „Tel.“ stays with its number
// as every abbreviation does (titles).
//
// A number without a label is known by its dialling code, a group led by
// a zero or a plus (0381 12345, +49 381 12345-67), whose space binds as
// the groups' after it do. An abbreviated label (Tel.:, ☎) stays with its
// number as „Tel.“ does.
func isInPhoneNumber(text, before []byte, after string) bool {
	if isPhoneLabel(string(before)) {
		return isShortPhoneLabel(string(before)) && isPhonePart(after)
	}
	return inLabelledRun(text, before, after, isPhoneLead, isPhonePart, maxPhoneParts)
}

// continuesPhoneNumber reports whether a number written after out, which
// ends in a space, is a group of a telephone number: out ends in its
// label or in groups back to its label or dialling code (Tel. 0381
// 12345, Hotline 0800 12345, +49 381 12345). Its digits are the
// organiser's, never regrouped in threes.
//
// A number written after another of a telephone number and „oder“,
// „und“, „bzw.“, „sowie“ or „/“ is another line of it, or its
// extension (Telefon 0381 12345 oder 12346), and keeps its digits too,
// up to maxPhoneAlternatives of them.
func continuesPhoneNumber(out []byte) bool {
	for range maxPhoneAlternatives + 1 {
		before := wordBefore(out)
		if len(before) == 0 {
			return false
		}
		_, size := lastRune(out)
		rest := out[:len(out)-size-len(before)]
		if inLabelledRun(rest, before, "0", isPhoneLead, isPhonePart, maxPhoneParts) {
			return true
		}
		// „oder“ after a group: is that group a telephone number's?
		prev := wordBefore(rest)
		if !isPhoneAlternative(string(before)) || !isPhonePart(string(prev)) || strings.HasSuffix(string(prev), ",") {
			return false
		}
		_, size = lastRune(rest)
		out = rest[:len(rest)-size-len(prev)] // ends in the space before that group
		if isPhoneLead(string(prev)) {
			return true // 0381 12345 oder …: the dialling code leads
		}
	}
	return false
}

// isPhoneAlternative reports a word between a telephone number and
// another of it or its extension (0381 12345 oder 12346).
func isPhoneAlternative(w string) bool {
	switch w {
	case "oder", "und", "bzw.", "sowie", "/":
		return true
	}
	return false
}

// maxPhoneAlternatives is the most numbers after a telephone number
// joined to it by „oder“ and the like that keep their digits.
const maxPhoneAlternatives = 3

// isPhoneLead reports a word a telephone number's groups follow: its
// label, or its dialling code (isDiallingCode).
func isPhoneLead(w string) bool { return isPhoneLabel(w) || isDiallingCode(w) }

// isDiallingCode reports a telephone number's first group as DIN 5008
// writes it: an area code of three to six digits led by a single zero
// (030, 0381, (03834), 0381/), or a country code of one to three digits
// after a plus (+49).
func isDiallingCode(w string) bool {
	if code, ok := strings.CutPrefix(w, "+"); ok {
		return len(code) >= 1 && len(code) <= 3 && code[0] != '0' && isDigits(code)
	}
	if inner, ok := strings.CutPrefix(w, "("); ok {
		w, ok = strings.CutSuffix(inner, ")")
		if !ok {
			return false
		}
	}
	w = strings.TrimSuffix(w, "/")
	return len(w) >= 3 && len(w) <= 6 && w[0] == '0' && w[1] != '0' && isDigits(w)
}

// maxPhoneParts is the most groups a telephone number's label stands
// before.
const maxPhoneParts = 6

// isPhoneLabel reports a word a telephone number follows.
func isPhoneLabel(w string) bool {
	switch strings.TrimRight(w, ":") {
	case "Telefon", "Tel.", "Tel", "Fax", "Telefax", "Mobil", "Handy", "Mobiltelefon", "Hotline", "Telefonnummer",
		"Rufnummer", "Faxnummer", "Mobilnummer", "Tel.-Nr.", "Fon", "☎", "✆", "📞":
		return true
	}
	return false
}

// isShortPhoneLabel reports a label that a line must not end on, apart
// from its number: an abbreviation or a sign (Tel.:, Tel.-Nr., ☎).
func isShortPhoneLabel(w string) bool {
	w = strings.TrimRight(w, ":")
	return strings.HasSuffix(w, ".") || w == "☎" || w == "✆" || w == "📞"
}

// isPhonePart reports a group of a telephone number: digits, with a
// leading + or (0) and inner hyphens or slashes (+49, 0381, 55, 123-45,
// 0381/123); a closing comma or full stop belongs to the sentence.
func isPhonePart(w string) bool {
	w = strings.TrimRight(w, ".,;")
	digits := 0
	for i, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0, r == '-' || r == '/' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits > 0
}

// isInIBAN reports whether a space between before and after, with text
// before them, lies inside an IBAN written in DIN 5008's groups of four
// (DE12 3456 7890 1234 5678 90): after is a group, and so is every word
// back to the country code and check digits that lead it. An account
// number is copied as read and never parts at a line's end; its groups
// are the bank's, never regrouped.
func isInIBAN(text, before []byte, after string) bool {
	return inLabelledRun(text, before, after, isIBANStart, isIBANGroup, maxIBANGroups)
}

// maxIBANGroups is the most groups after an IBAN's first (34 characters
// at most, in groups of four).
const maxIBANGroups = 8

// isIBANStart reports an IBAN's first group: a country's two capitals and
// two check digits (DE12, AT61).
func isIBANStart(w string) bool {
	return len(w) == 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && isDigits(w[2:])
}

// isIBANGroup reports a later group of an IBAN: one to four digits or
// capitals; a closing comma or full stop belongs to the sentence.
func isIBANGroup(w string) bool {
	w = strings.TrimRight(w, ".,;")
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
