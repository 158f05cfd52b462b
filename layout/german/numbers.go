package german

import "unicode"

// The rules for numbers that German typesetting (DIN 5008, Duden) sets
// apart from what authors type: ranges of days and months take an en
// dash, numbers of five digits and more are grouped in threes by a narrow
// no-break space, and the per-cent sign stands a narrow no-break space
// after its number. Years, postcodes, paragraph numbers, times and codes
// are left as written.

// isDayRange reports whether the hyphen at in[i] joins two days of a
// month: „24.-25. Februar“, „3.-5.5.“. Both sides are days (1 to 31)
// followed by a full stop, and the left one stands alone (not the end of
// a date like 26.06.-).
func isDayRange(in, out []rune, i int) bool {
	j := len(out) - 1
	if j < 1 || out[j] != '.' {
		return false
	}
	k := j - 1
	for k >= 0 && unicode.IsDigit(out[k]) {
		k--
	}
	if k >= 0 && !standsApart(out[k]) || !isDayOfMonth(string(out[k+1:])) {
		return false
	}
	m := i + 1
	for m < len(in) && unicode.IsDigit(in[m]) {
		m++
	}
	return m < len(in) && in[m] == '.' && isDayOfMonth(string(in[i+1:m+1]))
}

// isMonthRange reports whether the hyphen at in[i] joins two month names
// standing alone: „Mai-Juni“, „Januar-März 2026“.
func isMonthRange(in, out []rune, i int) bool {
	j := len(out)
	for j > 0 && unicode.IsLetter(out[j-1]) {
		j--
	}
	if j == len(out) || j > 0 && !standsApart(out[j-1]) || !months[string(out[j:])] {
		return false
	}
	k := i + 1
	for k < len(in) && unicode.IsLetter(in[k]) {
		k++
	}
	return months[string(in[i+1:k])] && (k == len(in) || !unicode.IsLetter(in[k]) && in[k] != '-')
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

// groupThousands returns the number of five digits or more starting at
// in[i] grouped in threes by narrow no-break spaces (12500 → 12 500) and
// how many runes it spans; 0 when the digits are to stay as written: part
// of a code, a date, a time, a decimal's fraction or a word (A4, 3a,
// 14:56, 2024-06-26, 0351 …), a postcode before a place (01067 Dresden,
// after a comma or at the start), or a number after §, Art., Abs., Nr.,
// S. or Tel.
func groupThousands(in, out []rune, i int) ([]rune, int) {
	if len(out) > 0 && !standsApart(out[len(out)-1]) && out[len(out)-1] != '-' || len(out) > 0 && out[len(out)-1] == '/' {
		return nil, 0
	}
	k := i
	for k < len(in) && unicode.IsDigit(in[k]) {
		k++
	}
	digits := in[i:k]
	if len(digits) < 5 || digits[0] == '0' || k < len(in) && !endsNumber(in, k) {
		return nil, 0
	}
	if len(out) > 0 && out[len(out)-1] == '-' && (len(out) < 2 || !unicode.IsSpace(out[len(out)-2])) {
		return nil, 0 // D-01067, ISBN-…: a code
	}
	if titles[wordBefore(out)] || isPostcode(in, out, k) {
		return nil, 0
	}
	grouped := make([]rune, 0, len(digits)+len(digits)/3)
	for n, d := range digits {
		if n > 0 && (len(digits)-n)%3 == 0 {
			grouped = append(grouped, NarrowNoBreakSpace)
		}
		grouped = append(grouped, d)
	}
	return grouped, len(digits)
}

// endsNumber reports whether the number ends before in[k]: at a space, a
// punctuation mark that closes a sentence or clause, or a decimal comma
// with its fraction. A full stop, colon, hyphen or letter after it makes
// the digits part of something else (a date, a time, a code).
func endsNumber(in []rune, k int) bool {
	switch r := in[k]; {
	case unicode.IsSpace(r):
		return true
	case r == ',' || r == '.' || r == ';' || r == '!' || r == '?' || r == ':':
		// 12500, or 12500. at a sentence's end; 12500,50 has a fraction;
		// 12.500 or 14:56 or 12500.3 are something else.
		return k+1 == len(in) || !unicode.IsDigit(in[k+1]) || r == ','
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
// the first did.
func isPostcode(in, out []rune, k int) bool {
	start := len(out) == 0 || len(out) >= 2 && out[len(out)-2] == ',' || len(out) >= 1 && out[len(out)-1] == '\n'
	if !start || k+1 >= len(in) || !unicode.IsSpace(in[k]) || !unicode.IsUpper(in[k+1]) {
		return false
	}
	end := k + 1
	for end < len(in) && unicode.IsLetter(in[end]) {
		end++
	}
	return !units[string(in[k+1:end])]
}

// wordBefore is the word before the space that ends out ("" if out does
// not end in a space).
func wordBefore(out []rune) string {
	j := len(out)
	if j == 0 || !unicode.IsSpace(out[j-1]) {
		return ""
	}
	j--
	k := j
	for k > 0 && !unicode.IsSpace(out[k-1]) {
		k--
	}
	return string(out[k:j])
}

// isPercentAfterNumber reports a per-cent or per-mille sign at in[i]
// written straight after a number standing alone (75%), not inside a URL
// or code (a%20b, 3a%).
func isPercentAfterNumber(in, out []rune, i int) bool {
	if len(out) == 0 || !unicode.IsDigit(out[len(out)-1]) {
		return false
	}
	j := len(out) - 1
	for j >= 0 && (unicode.IsDigit(out[j]) || out[j] == ',' || out[j] == NarrowNoBreakSpace) {
		j--
	}
	if j >= 0 && !standsApart(out[j]) && out[j] != enDash && out[j] != '-' && out[j] != '+' && out[j] != '−' {
		return false
	}
	next := rune(0)
	if i+1 < len(in) {
		next = in[i+1]
	}
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
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
