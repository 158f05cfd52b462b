package layout

import (
	"strings"
	"testing"
)

// TestMissingCharactersWarnOncePerFont: a speaker's name in Arabic script,
// which the built-in faces lack, is one warning at the speaker's key
// naming each character once (it was six, one a character), and the
// name's words still say what was written (typeset's Said).
func TestMissingCharactersWarnOncePerFont(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections[0].Speakers[0].Name = "محمد الأحمد"
	laid := Compose(doc, DefaultTheme(), Options{})
	var found []Warning
	for _, w := range laid.Warnings {
		if w.Kind == WarnMissingGlyph {
			found = append(found, w)
		}
	}
	if len(found) != 1 || !strings.Contains(found[0].Msg, "6 characters (م ح د ا ل أ: U+0645 U+062D U+062F U+0627 U+0644 U+0623)") ||
		!strings.HasSuffix(found[0].Where, "sections[0].speakers[0]") {
		t.Fatalf("want one warning naming the six characters at sections[0].speakers[0], got %v", found)
	}
}
