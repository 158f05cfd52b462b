package layout

import (
	"strings"
	"testing"

	"brochure/layout/german"
)

// TestCarriedTextsFollowTheTypography: a text normalised in one build is
// taken again by the next only under the same typography rules; under
// others it is normalised as a fresh build normalises it.
func TestCarriedTextsFollowTheTypography(t *testing.T) {
	const text = `Dr. Weber sagt "Ja" - von 9-17 Uhr, z.B. am 26. Juni...`
	r := new(Reuse)
	for i, typo := range []german.Typography{german.DefaultTypography(), {}, german.DefaultTypography(), {Quotes: true, Guillemets: true}} {
		r.begin()
		c := testComposer(t, DefaultTheme())
		c.typo, c.opts.Reuse = typo, r
		got, want := c.normalise(text), german.NewNormaliser(typo).Normalise(text)
		if got != want {
			t.Errorf("build %d (%+v): carried %q, a fresh build normalises %q", i, typo, got, want)
		}
	}
}

// TestCarriedTextsAreTheLastBuilds: the texts carried are those the last
// build used, so a long session of edits keeps no more than two builds'
// texts.
func TestCarriedTextsAreTheLastBuilds(t *testing.T) {
	r := new(Reuse)
	for _, text := range []string{"Erster Titel", "Zweiter Titel", "Dritter Titel"} {
		r.begin()
		c := testComposer(t, DefaultTheme())
		c.opts.Reuse = r
		c.normalise(text)
	}
	r.begin()
	if _, ok := r.texts[textKey{text: "Dritter Titel"}]; len(r.texts) != 1 || !ok {
		t.Errorf("after three builds of one title each, %d texts are kept, want the last build's one", len(r.texts))
	}
}

// TestCarriedOutsideTextsKeepTheirOwn: a title carried as the bookmarks
// show it (plain spaces) and as the pages show it (no-break spaces) are
// two texts: neither build takes the other's.
func TestCarriedOutsideTextsKeepTheirOwn(t *testing.T) {
	const text = "Dr. Weber zum § 5"
	r := new(Reuse)
	for i, outsideFirst := range []bool{true, false, true} {
		r.begin()
		c := textComposer(t, DefaultTheme())
		c.opts.Reuse = r
		var outside, inside string
		if outsideFirst {
			outside, inside = c.outsideText(text), c.normalise(text)
		} else {
			inside, outside = c.normalise(text), c.outsideText(text)
		}
		fresh := textComposer(t, DefaultTheme())
		if want := fresh.outsideText(text); outside != want || strings.ContainsRune(outside, '\u00A0') {
			t.Errorf("build %d: outside the pages %q, want %q", i, outside, want)
		}
		if want := fresh.normalise(text); inside != want || !strings.ContainsRune(inside, '\u00A0') {
			t.Errorf("build %d: on the pages %q, want %q, with its no-break spaces", i, inside, want)
		}
	}
}
