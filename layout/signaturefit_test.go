package layout_test

import (
	"testing"

	"brochure/layout"
	"brochure/layout/typeset"
)

// TestFewerSignatures: a bound edition whose text runs a page past a
// signature is composed with its pictures set smaller, to a lower height
// limit that ends it a signature earlier, and no picture on its pages
// stands taller than that limit (corpus event 01: 12 pages at the
// theme's 60 %, three of them empty, 8 at 40 %); its screen edition,
// padded to nothing, keeps the theme's limit; and a bound event whose
// pictures, however small, save it no signature (event 04) is composed
// as at the theme's limit.
func TestFewerSignatures(t *testing.T) {
	events := corpus(t)
	bound := sharedPrint(events[1].path)
	if bound.err != nil {
		t.Fatal(bound.err)
	}
	laid, th := bound.laid, bound.th
	fit := laid.Fitted
	if fit.PictureShare == 0 || fit.PictureShare >= fit.From || fit.From != th.PictureShare() {
		t.Fatalf("event 01's print edition (%d pages) is fitted %+v; want its pictures' limit lowered from the theme's %d %%", len(laid.Pages), fit, th.PictureShare())
	}
	if n := len(laid.Pages); n >= fit.PagesBefore || n%th.PageMultiple != 0 || laid.Binding.Added >= th.PageMultiple-1 {
		t.Errorf("fitted at %d %%: %d pages (%d of them padding), before %d; want a signature fewer", fit.PictureShare, n, laid.Binding.Added, fit.PagesBefore)
	}
	if laid.PictureShare != fit.PictureShare {
		t.Errorf("the document says its pictures stand at most %d %%, fitted at %d %%", laid.PictureShare, fit.PictureShare)
	}
	limit := th.TextHeight()*typeset.Scaled(fit.PictureShare)/100 + typeset.Pt(0.5)
	for i, p := range laid.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*typeset.Picture); ok && p.Kind == layout.BodyPage && pic.H > limit {
				t.Errorf("page %d: a picture %.1f mm tall, taller than the fitted limit %.1f mm", i+1, pic.H.MM(), limit.MM())
			}
		}
	}
	doc, th := events[1].load(t)
	if screen := layout.Compose(doc, th, layout.Options{}); screen.Fitted != (layout.SignatureFit{}) || screen.PictureShare != th.PictureShare() {
		t.Errorf("the screen edition is fitted %+v at %d %%; want the theme's limit", screen.Fitted, screen.PictureShare)
	}
	// Rebuilt as watch rebuilds it, the fitted edition takes its
	// sections as composed by the build before, whose tries did not
	// push them out, and sets the same pages.
	reuse := new(layout.Reuse)
	layout.Compose(doc, th, layout.Options{Bound: true, Reuse: reuse})
	again := layout.Compose(doc, th, layout.Options{Bound: true, Reuse: reuse})
	if reuse.SectionsTaken() == 0 {
		t.Error("the fitted edition rebuilt took none of its sections as composed before")
	}
	if again.Fitted != fit || len(again.Pages) != len(laid.Pages) {
		t.Errorf("rebuilt: fitted %+v, %d pages; fresh: %+v, %d pages", again.Fitted, len(again.Pages), fit, len(laid.Pages))
	}
	// A theme that keeps its pictures' size keeps the padding pages.
	th.FitFewerPages = false
	if kept := layout.Compose(doc, th, layout.Options{Bound: true}); kept.Fitted != (layout.SignatureFit{}) || len(kept.Pages) != fit.PagesBefore {
		t.Errorf("page.fit_fewer_pages = false: fitted %+v, %d pages; want %d pages at the theme's limit", kept.Fitted, len(kept.Pages), fit.PagesBefore)
	}
	other := sharedPrint(events[4].path)
	if other.err != nil {
		t.Fatal(other.err)
	}
	if other.laid.Fitted != (layout.SignatureFit{}) || other.laid.PagesWithout(1) >= len(other.laid.Pages) {
		t.Errorf("event 04: fitted %+v, %d pages, %d with a page of content less; want it unfitted where a page less would save a signature", other.laid.Fitted, len(other.laid.Pages), other.laid.PagesWithout(1))
	}
}
