package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestBoldLeadStaysWithItsText: a short paragraph all in bold without a
// full stop (an author's sub-heading, **Ausblick**) is followed by no
// legal page break; a bold sentence, a long bold paragraph, one in part
// bold and the last block are not held.
func TestBoldLeadStaysWithItsText(t *testing.T) {
	bold := func(s string) content.Block {
		return content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: s, Style: content.Bold}}}
	}
	mixed := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Ausblick", Style: content.Bold}, {Text: " und mehr"}}}
	text := content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: "Zum Schluss plädierte sie für eine Integrationspolitik."}}}
	for _, c := range []struct {
		lead content.Block
		held bool
	}{
		{bold("Ausblick"), true},
		{bold("Wo es hakt"), true},
		{bold("Das ist ein ganzer Satz."), false},
		{bold(strings.Repeat("Ein langer fetter Absatz ", 4)), false},
		{mixed, false},
	} {
		comp := testComposer(t, DefaultTheme())
		v := comp.blocks(nil, 0, comp.root, []content.Block{c.lead, text}, comp.th.MarginLeft, comp.th.ColumnWidth())
		if held := heldWithNext(v); held != c.held {
			t.Errorf("%q: held with the next paragraph %v, want %v", c.lead.Inlines[0].Text, held, c.held)
		}
	}
	comp := testComposer(t, DefaultTheme())
	v := comp.blocks(nil, 0, comp.root, []content.Block{text, bold("Ausblick")}, comp.th.MarginLeft, comp.th.ColumnWidth())
	if last := v[len(v)-1]; last.Kind == typeset.VPenalty {
		t.Error("a bold lead that ends the text is held with nothing")
	}
}

// TestLeadInStaysWithItsList: a paragraph that ends in a colon before a
// list or a quote („… orientierten:“) is followed by no legal page break,
// so it never ends a page with its list overleaf; one that ends in a full
// stop, or whose colon is followed by a paragraph, is not held.
func TestLeadInStaysWithItsList(t *testing.T) {
	para := func(s string) content.Block {
		return content.Block{Kind: content.Paragraph, Inlines: []content.Inline{{Text: s}}}
	}
	item := content.Block{Kind: content.ListItem, Children: []content.Block{para("Grundlagen der Lagerlogistik")}}
	list := content.Block{Kind: content.OrderedList, Children: []content.Block{item, item}}
	quote := content.Block{Kind: content.Quote, Children: []content.Block{para("Ohne sie gäbe es keine Indikatoren.")}}
	for _, c := range []struct {
		lead, next content.Block
		what       string
		held       bool
	}{
		{para("Es wurden Bausteine entwickelt, die sich an den Bedarfen orientierten:"), list, "list", true},
		{para("Sie sagte: "), quote, "quote", true},
		{para("Es wurden Bausteine entwickelt."), list, "list", false},
		{para("Es gab drei Themen:"), para("Die Mobilität, die Arbeit und die Wohnungen."), "paragraph", false},
	} {
		comp := testComposer(t, DefaultTheme())
		v := comp.blocks(nil, 0, comp.root, []content.Block{c.lead, c.next}, comp.th.MarginLeft, comp.th.ColumnWidth())
		if held := heldWithNext(v); held != c.held {
			t.Errorf("%q before a %s: held with it %v, want %v", c.lead.Inlines[0].Text, c.what, held, c.held)
		}
	}
}

// heldWithNext reports whether the first block of v is held with the
// next: its lines end where the next block's space begins, and no page
// break comes before that space.
func heldWithNext(v []typeset.VNode) bool {
	for k, n := range v {
		if n.Kind == typeset.VGlue {
			return k > 0 && v[k-1].Kind == typeset.VPenalty && v[k-1].Penalty >= typeset.Infinity
		}
	}
	return false
}
