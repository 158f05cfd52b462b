package content

import (
	"regexp"
	"strings"
)

// creditWords are the words that say a caption's last part is a credit:
// „Foto: Max Muster“, „Bild: …“, „© …“.
const creditWords = `(?:fotos?|bild(?:er)?|abb\.|abbildung|grafik|quelle)\s*:|fotos?\s*©|©|\(c\)`

// creditInCaption finds the credit a caption carries at its end when the
// picture's credit = says it too, which would print it twice („Im Saal.
// Foto: Max Muster – Foto: Max Muster“): the credit's name after a word
// that says it is a credit (Foto:, Bild:, ©, in parentheses or not), or
// alone after the caption's last sentence or a dash. It returns the
// caption without it ("" for a caption that is the credit alone) and the
// credit as the caption wrote it; said is "" when the caption carries no
// credit, or a name mid-sentence, which may be the person shown.
func creditInCaption(caption, credit string) (rest, said string) {
	name := strings.TrimSpace(credit)
	if _, n, ok := creditPrefix(credit); ok {
		name = n
	}
	if caption == "" || name == "" {
		return caption, ""
	}
	quoted := strings.Join(strings.Fields(regexp.QuoteMeta(name)), `\s+`)
	pattern := regexp.MustCompile(`(?i)(?:\s*[–—-]\s*|\s*/\s*|\s*\(\s*|\s+|^)(?:` + creditWords + `)\s*` + quoted + `\s*\)?\.?\s*$` +
		`|(?:[.!?]\s+|\s+[–—/]\s+)(` + quoted + `)\.?\s*$`)
	loc := pattern.FindStringSubmatchIndex(caption)
	if loc == nil {
		return caption, ""
	}
	from := loc[0]
	if loc[2] >= 0 { // the name alone after a sentence: the sentence's end stays
		from = loc[2]
	}
	rest = strings.TrimRight(caption[:from], " –—/(")
	return rest, strings.TrimSpace(caption[from:])
}

var creditPrefixPattern = lazyRegexp(`(?i)^(` + creditWords + `)\s*(.+)$`)

// creditPrefix splits a credit that begins with its own credit word
// („Foto: Max Muster“) into that word and the name; ok is false for a
// credit that is a name alone.
func creditPrefix(credit string) (head, name string, ok bool) {
	m := creditPrefixPattern().FindStringSubmatch(strings.TrimSpace(credit))
	if m == nil {
		return "", credit, false
	}
	return m[1], m[2], true
}
