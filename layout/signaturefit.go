package layout

import (
	"brochure/content"
	"brochure/layout/typeset"
)

// A bound edition is printed in signatures of Theme.PageMultiple pages;
// a brochure whose text runs a page past one is padded by three empty
// pages („Notizen“). A designer then sets the pictures a little smaller
// until the text ends a signature earlier. fewerSignatures does so: it
// lowers the height limit of the pictures (Theme.PictureShare) a step at
// a time and keeps the first composition that has fewer pages.

// minPictureShare is the lowest share of the type area's height, in per
// cent, fewerSignatures sets a picture's height limit to: a picture of
// a third of the page still shows what it shows; below that a signature
// saved costs the pictures more than three empty pages do.
const minPictureShare = 30

// pictureShareStep is how much fewerSignatures lowers the limit at a
// time.
const pictureShareStep = 10

// signatureFitPages is the most body pages a brochure may have for
// fewerSignatures to try: a brochure, not a book of hundreds of pages,
// each try of which composes it all again.
const signatureFitPages = 32

// SignatureFit is what Compose did to end a bound edition a signature
// earlier: the share of the type area's height, in per cent, to which it
// lowered its pictures' height limit from the theme's (From), and the
// pages the brochure had at the theme's. Zero where it did nothing.
type SignatureFit struct {
	PictureShare, From, PagesBefore int
}

// fewerSignatures composes a bound edition again with its pictures'
// height limit lowered (Theme.PictureShare, by pictureShareStep down to
// minPictureShare) where one page of content less would save it a
// signature (Document.PagesWithout), and returns the composition with
// fewer pages at the highest limit it reaches, or out. It tries the
// lowest limit first: where even that does not save the signature, no
// other does, and the brochure is composed only once more; where it
// does, it raises the limit a step at a time while the signature stays
// saved. A limit no picture of the content reaches is not tried: it
// would compose the same.
func fewerSignatures(doc *content.Document, th Theme, opts Options, out *Document) *Document {
	if !opts.Bound || !th.FitFewerPages || out.Binding.Multiple < 2 || out.sectionPages > signatureFitPages ||
		out.PagesWithout(1) >= len(out.Pages) {
		return out
	}
	shares := lowerShares(doc, th)
	from := th.PictureShare()
	var fitted *Document
	for k := len(shares) - 1; k >= 0; k-- { // the lowest first
		th.pictureShare = shares[k]
		try := composeWithContentsRule(doc, th, opts)
		if len(try.Pages) >= len(out.Pages) {
			break
		}
		try.Fitted = SignatureFit{PictureShare: shares[k], From: from, PagesBefore: len(out.Pages)}
		fitted = try
	}
	if fitted == nil {
		return out
	}
	return fitted
}

// lowerShares are the limits, highest first, below the theme's
// (Theme.PictureShare) that fewerSignatures tries: those that some
// picture of the content, set across the page, is taller than.
func lowerShares(doc *content.Document, th Theme) []int {
	tallest := tallestPicture(doc, th)
	var shares []int
	for share := th.PictureShare() - pictureShareStep; share >= minPictureShare; share -= pictureShareStep {
		th.pictureShare = share
		if tallest > th.pictureLimit() {
			shares = append(shares, share)
		}
	}
	return shares
}

// tallestPicture is the height of the content's tallest picture that
// a lower limit may set smaller, at the width it asks for (its column,
// the type area across the columns, half its measure, a length), before
// any limit: no such picture stands taller. A picture into the bleed
// keeps the theme's limit (bleedLimited).
func tallestPicture(doc *content.Document, th Theme) (tallest typeset.Scaled) {
	for i := range doc.Sections {
		for j := range doc.Sections[i].Images {
			img := &doc.Sections[i].Images[j]
			if bleedLimited(*img, th) {
				continue
			}
			measure := th.ColumnWidth()
			if asksAcross(*img, th) {
				measure = th.TextWidth()
			}
			tallest = max(tallest, imageHeight(img, askedWidth(*img, measure)))
		}
	}
	return tallest
}

// bleedLimited reports whether a picture runs into the bleed (width =
// "full-bleed" in one column) and so keeps the theme's height limit
// (defaultPictureShare) when Compose lowers the others': narrowed, it
// would no longer reach across the page.
func bleedLimited(img content.Image, th Theme) bool {
	return img.Width == "full-bleed" && th.Columns <= 1
}

// PagesWithout is how many pages the document would have with n pages
// of content fewer: in a bound edition, the pages that are not its
// padding (Binding) less n, rounded up to the page multiple.
func (d *Document) PagesWithout(n int) int {
	b := d.Binding
	if b.Multiple < 2 {
		return len(d.Pages) - n
	}
	return (len(d.Pages) - b.Added - n + b.Multiple - 1) / b.Multiple * b.Multiple
}
