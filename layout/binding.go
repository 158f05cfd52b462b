package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// padForBinding ends the document on its back cover and pads it to a
// multiple of the bound edition's page multiple, as saddle stitching needs: the pages
// added before the back cover are notes pages or blank (th.EmptyPages),
// and the back cover carries back (the funding notice) at the foot of its
// type area. None of them has a running head or folio. Material taller than a page runs onto pages of its own before
// the back cover.
func (c *composer) padForBinding(out *Document, back []typeset.VNode) {
	th := c.th
	backPages := typeset.Paginate(back, th.TextHeight())
	if len(backPages) == 0 {
		backPages = []typeset.PageBody{{}}
	}
	total := len(out.Pages) + len(backPages)
	multiple := c.pageMultiple()
	empty := (multiple - total%multiple) % multiple
	out.Binding = BindingPadding{Added: empty, Multiple: multiple}
	for i := 0; i < empty; i++ {
		out.Pages = append(out.Pages, c.emptyPage())
	}
	for i, pb := range backPages {
		page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Kind: BackCoverPage}
		shift := th.MarginTop
		if i == len(backPages)-1 {
			shift += th.TextHeight() - pb.Used // at the foot of the back cover
		}
		for _, it := range pb.Items {
			typeset.MoveDown(it, shift)
		}
		page.Items = pb.Items
		out.Pages = append(out.Pages, page)
	}
}

// emptyPage is a page added for binding: a notes page — „Notizen“ over
// ruled lines one body leading and a half apart — or a blank page with
// nothing. Neither has a running head or folio. Everything on it is an
// artifact: it holds no content.
func (c *composer) emptyPage() Page {
	th := c.th
	page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Kind: BlankPage}
	if th.EmptyPages == content.NotesPages {
		page.Kind = NotesPage
		baseline := th.MarginTop + th.Heading.Size
		items, _ := c.oneLine(plain("Notizen"), th.Heading, th.MarginLeft, baseline)
		step := th.Body.Leading * 3 / 2
		for y := baseline + 2*step; y <= th.MarginTop+th.TextHeight(); y += step {
			items = append(items, &typeset.Rule{X: th.MarginLeft, Y: y, W: th.TextWidth(), H: typeset.Pt(0.4), Colour: th.Muted})
		}
		markArtifacts(items, typeset.DecorationArtifact)
		page.Items = items
	}
	return page
}
