package layout

import (
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// TestCopierPanicReachesTheComposer: a panic while the copier copies a
// kept section, on its own goroutine, is raised on the composer's, where
// a build's recovery (watch, serve) catches it, not past it. A kept
// template broken by hand (a nil run) makes copying panic.
func TestCopierPanicReachesTheComposer(t *testing.T) {
	carry, reuse := new(content.Carry), new(Reuse)
	compose := func() {
		doc, err := carry.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
		if err != nil {
			t.Fatal(err)
		}
		c := newComposer(doc, DefaultTheme(), Options{Reuse: reuse})
		c.bodyAndBackCover(false)
	}
	compose()
	broken := 0
	for slot, kept := range reuse.sections {
		if slot.key.part != wholeSection {
			continue
		}
		for k := range kept.v {
			if len(kept.v[k].Items) > 0 {
				kept.v[k].Items[0] = (*typeset.GlyphRun)(nil)
				broken++
				break
			}
		}
	}
	if broken == 0 {
		t.Fatal("no kept section to break")
	}
	defer func() {
		if recover() == nil {
			t.Error("a kept section that cannot be copied composed without a panic")
		}
	}()
	compose()
}
