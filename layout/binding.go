package layout

import (
	"brochure/layout/typeset"
	"fmt"
)

// padForBinding ends the document on its back cover and pads it to a
// multiple of th.PageMultiple pages, as saddle stitching needs: the pages
// added before the back cover are notes pages or blank (th.EmptyPages),
// and the back cover carries back (the funding notice) at the foot of its
// type area. Material taller than a page runs onto pages of its own before
// the back cover.
func (c *composer) padForBinding(out *Document, back []typeset.VNode) {
	th := c.th
	backPages := typeset.Paginate(back, th.TextHeight())
	if len(backPages) == 0 {
		backPages = []typeset.PageBody{{}}
	}
	total := len(out.Pages) + len(backPages)
	empty := (th.PageMultiple - total%th.PageMultiple) % th.PageMultiple
	for i := 0; i < empty; i++ {
		out.Pages = append(out.Pages, c.emptyPage(len(out.Pages)+1))
	}
	for i, pb := range backPages {
		page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Folio: fmt.Sprint(len(out.Pages) + 1), Kind: BackCoverPage}
		shift := th.MarginTop
		if i == len(backPages)-1 {
			shift += th.TextHeight() - pb.Used // at the foot of the back cover
		}
		for _, it := range pb.Items {
			typeset.MoveDown(it, shift)
		}
		page.Items = append(pb.Items, c.pageFrame(page.Folio)...)
		out.Pages = append(out.Pages, page)
	}
}

// emptyPage is a page added for binding: a notes page — „Notizen“ over
// ruled lines one body leading and a half apart — or a blank page with
// only its foot. Everything on it is an artifact: it holds no content.
func (c *composer) emptyPage(number int) Page {
	th := c.th
	page := Page{Width: th.PageWidth, Height: th.PageHeight, Bleed: th.Bleed, Folio: fmt.Sprint(number), Kind: BlankPage}
	if th.EmptyPages == "notes" {
		page.Kind = NotesPage
		baseline := th.MarginTop + th.Heading.Size
		items, _ := oneLine(plain("Notizen"), th.Heading, th.MarginLeft, baseline)
		step := th.Body.Leading * 3 / 2
		for y := baseline + 2*step; y <= th.MarginTop+th.TextHeight(); y += step {
			items = append(items, &typeset.Rule{X: th.MarginLeft, Y: y, W: th.TextWidth(), H: typeset.Pt(0.4), Colour: th.Muted})
		}
		markArtifacts(items, typeset.DecorationArtifact)
		page.Items = items
	}
	page.Items = append(page.Items, c.pageFrame(page.Folio)...)
	return page
}
