package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bare addresses: a web or e-mail address written in body text as it is
// (www.caritas-vorpommern.de, info@caritas-berlin.de), not as a Markdown
// link, is a link all the same, as a reader of the screen edition expects
// of anything that looks like one. The address is printed as written;
// its link is the address a machine reads (asciiURL): https:// before a
// web address without a scheme, mailto: before an e-mail address.

// linkBareAddresses returns inl with each address written as plain text
// outside a link made a link of its own, the text around it kept as it
// was (its emphasis and language too). Text that only looks like part of
// an address (a slash between words, „Team@Home“) stays text.
func linkBareAddresses(inl []Inline) []Inline {
	var out []Inline
	for i, in := range inl {
		if in.Break || in.URL != "" || !mayHoldAddress(in.Text) {
			if out != nil {
				out = append(out, in)
			}
			continue
		}
		if out == nil {
			out = append(make([]Inline, 0, len(inl)+2), inl[:i]...)
		}
		out = appendLinkingAddresses(out, in)
	}
	if out == nil {
		return inl
	}
	return out
}

// mayHoldAddress is a quick test that s may hold an address at all.
func mayHoldAddress(s string) bool {
	return strings.ContainsAny(s, "@/") || strings.Contains(s, "www.")
}

// appendLinkingAddresses appends in to out, split where its text holds
// addresses, each of which becomes an inline with its link.
func appendLinkingAddresses(out []Inline, in Inline) []Inline {
	text, from := in.Text, 0
	for i := 0; i < len(text); {
		start := i + wordStart(text[i:])
		end := start + wordEnd(text[start:])
		if start == end {
			break
		}
		lo, hi := trimAddress(text, start, end)
		if link := addressLink(text[lo:hi]); link != "" {
			if lo > from {
				out = append(out, Inline{Text: text[from:lo], Style: in.Style, Lang: in.Lang})
			}
			out = append(out, Inline{Text: text[lo:hi], Style: in.Style, Lang: in.Lang, URL: link})
			from = hi
		}
		i = end
	}
	if from < len(text) {
		out = append(out, Inline{Text: text[from:], Style: in.Style, Lang: in.Lang})
	}
	return out
}

// wordStart is the byte offset in s of the first character that is not
// a space; wordEnd that of the first space (len(s) if none).
func wordStart(s string) int {
	if k := strings.IndexFunc(s, func(r rune) bool { return !isWordSpace(r) }); k >= 0 {
		return k
	}
	return len(s)
}

func wordEnd(s string) int {
	if k := strings.IndexFunc(s, isWordSpace); k >= 0 {
		return k
	}
	return len(s)
}

// isWordSpace reports a space between words, breaking or not.
func isWordSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00A0' || r == '\u202F'
}

// trimAddress narrows the word text[start:end] to what may be an
// address: without the brackets, quotes and punctuation around it that
// belong to the sentence („www.example.org“, (info@example.org),
// www.example.org/a.). A closing bracket stays where the address opens
// one (…/Integration_(Soziologie)).
func trimAddress(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !strings.ContainsRune("(„\"'‚»«›‹[{<“‘", r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if r == ')' && strings.Count(text[start:end], "(") >= strings.Count(text[start:end], ")") {
			break
		}
		if !strings.ContainsRune(".,;:!?)]}\"“”'‘’«»›‹>…", r) {
			break
		}
		end -= size
	}
	return start, end
}

// addressLink is the link of w when it is a web or e-mail address
// written out, "" otherwise: an absolute http(s) address, one starting
// www., a host name with a path (example.org/kontakt), or an e-mail
// address; each must pass the check a Markdown link's target does.
func addressLink(w string) string {
	var link string
	lower := strings.ToLower(w)
	switch {
	case strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "http://"):
		link = w
	case strings.HasPrefix(lower, "www.") && isHostName(hostOf(w[len("www."):])):
		link = "https://" + w
	case strings.Contains(w, "@"):
		if !isEmailAddress(w) {
			return ""
		}
		link = "mailto:" + w
	case strings.Contains(w, "/") && isHostName(hostOf(w)) && isASCII(hostOf(w)):
		link = "https://" + w
	default:
		return ""
	}
	if checkURL(link) != "" {
		return ""
	}
	return asciiURL(link)
}

// hostOf is what w holds before its first slash, question mark or hash.
func hostOf(w string) string {
	if k := strings.IndexAny(w, "/?#"); k >= 0 {
		return w[:k]
	}
	return w
}

// isHostName reports a host name of two labels or more, each of letters,
// digits and inner hyphens, the last of two letters or more
// (caritas-vorpommern.de; not „Std.“ nor „1.5“).
func isHostName(h string) bool {
	labels := strings.Split(h, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	if utf8.RuneCountInString(tld) < 2 {
		return false
	}
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isEmailAddress reports name@host: a name of ASCII letters, digits and
// . _ % + - (neither starting nor ending with a dot), and a host name.
func isEmailAddress(w string) bool {
	name, host, ok := strings.Cut(w, "@")
	if !ok || name == "" || name[0] == '.' || name[len(name)-1] == '.' {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("._%+-", c) >= 0) {
			return false
		}
	}
	return isHostName(host)
}
