package layout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/content"
	"brochure/layout/typeset"
)

// referencePPI is the resolution at which a raster image counts as shown
// at 100 %: the print standard.
const referencePPI = 300

// maxEnlargement is how far past its 300-ppi size a picture may be
// enlarged before the author is warned (150 %, i.e. below 200 ppi).
const maxEnlargement = 1.5

// place sizes an image to the given width at (x, y), keeping its
// proportions — narrowed, from the left, where that would make it taller
// than maxHeight (0: no limit) —, and warns when that enlarges a raster
// image beyond 150 % of its size at 300 ppi, at the size it is placed.
func (c *composer) place(img *content.Image, x, y, width, maxHeight typeset.Scaled, where string) *Picture {
	p := &Picture{X: x, Y: y, W: width, H: imageHeight(img, width), Source: img}
	if maxHeight > 0 && p.H > maxHeight {
		p.W = typeset.ScaleBy(p.W, int64(maxHeight), int64(p.H))
		p.H = maxHeight
	}
	c.warnEnlarged(p, img, where)
	return p
}

// warnEnlarged warns where a raster picture is drawn enlarged past
// maxEnlargement of its size at referencePPI (the whole source as drawn:
// a picture that shows part of it enlarges that part).
func (c *composer) warnEnlarged(p *Picture, img *content.Image, where string) {
	if img.Format == "pdf" {
		return
	}
	if img.Where != "" {
		where = img.Where // the file's own key, where errors about it point
	}
	natural := typeset.Pt(float64(img.WidthPx) * 72 / referencePPI)
	_, _, drawn, _ := p.Drawn()
	if scale := float64(drawn) / float64(natural); scale > maxEnlargement {
		c.warn(WarnEnlargedImage, where, "%s is enlarged to %.0f %% of its size at %d ppi (%.0f ppi effective); use a larger image%s",
			img.File, scale*100, referencePPI, p.EffectivePPI(), narrowerAdvice(p, img, scale))
	}
}

// narrowerAdvice is how the warning of a section's picture enlarged by
// scale says how wide it may stand: the frame's width at which it is
// enlarged no more than maxEnlargement, where width = "…" may give it
// (content.MinImageWidthMM or more); "" for a picture no width key sets
// (a portrait, a logo, the cover's: its Width is empty), and for one that
// would have to stand narrower.
func narrowerAdvice(p *Picture, img *content.Image, scale float64) string {
	fits := math.Floor(p.W.MM() / scale * maxEnlargement)
	if img.Width == "" || fits < content.MinImageWidthMM {
		return ""
	}
	return fmt.Sprintf(", or set it at most %.0f mm wide (width = \"%.0fmm\")", fits, fits)
}

// askedWidth is the width a picture asks for in a measure: half of it
// (less half the gap between a pair), a length no wider than it, or the
// whole measure.
func askedWidth(img content.Image, measure typeset.Scaled) typeset.Scaled {
	switch img.Width {
	case "half":
		return (measure - halfGap()) / 2
	case "length":
		return min(typeset.Pt(img.WidthAt), measure)
	}
	return measure
}

// warnNarrowHalf warns where a picture of width = "half", at half the
// measure width, is narrower than minHalfPicture: too small to see, its
// caption in many short lines. A pair of them is warned about before
// pairedAlike sets the two to their shapes' widths.
func (c *composer) warnNarrowHalf(img content.Image, width typeset.Scaled, where string) {
	if pw := askedWidth(img, width); pw < minHalfPicture() {
		c.warn(WarnImageWidth, where, "%s: width = \"half\" sets it %.0f mm wide, half of a %s %.0f mm wide: too small to see, its caption in many short lines; leave width out to set it %.0f mm wide",
			img.File, pw.MM(), map[bool]string{true: "column", false: "type area"}[c.th.Columns > 1], width.MM(), width.MM())
	}
}

// minHalfPicture is the narrowest a picture of width = "half" is set
// without a warning: half of a column in two is some 30 mm, a photo the
// size of a stamp whose caption runs to five lines or six.
func minHalfPicture() typeset.Scaled { return typeset.MM(40) }

// imageHeight is the height of an image set in the width.
func imageHeight(img *content.Image, width typeset.Scaled) typeset.Scaled {
	w, h := shapeOf(*img)
	return typeset.ScaleBy(width, h, w)
}

// imageWidth is the width of an image set at the height.
func imageWidth(img *content.Image, height typeset.Scaled) typeset.Scaled {
	w, h := shapeOf(*img)
	return typeset.ScaleBy(height, w, h)
}

// picture sets an event picture no taller than the height limit (60 % of
// the type area, Theme.PictureShare), with caption and credit beneath
// (or beside a narrow picture that stands alone: captionBeside);
// picture and caption stay together. Its
// width is the picture's choice: the measure (the default, flush with
// both text edges), half of it, the page's full width into the bleed, or
// a length (at most the measure). It is a Figure under parent, with the
// caption as its Caption.
func (c *composer) picture(img content.Image, x, width typeset.Scaled, where string, parent *typeset.StructElement, alone bool) []typeset.VNode {
	th := c.th
	px, pw := x, askedWidth(img, width)
	switch img.Width {
	case "half":
		c.warnNarrowHalf(img, width, where)
	case "length":
		if typeset.Pt(img.WidthAt) > width+typeset.Pt(0.5) {
			c.warn(WarnImageWidth, where, "%s: width = %.0f mm is wider than the %.0f mm of the %s; it is set %.0f mm wide, the %[4]s's width",
				img.File, typeset.Pt(img.WidthAt).MM(), width.MM(), map[bool]string{true: "column", false: "type area"}[th.Columns > 1], width.MM())
		}
	case "full-bleed":
		if th.Columns > 1 {
			c.warn(WarnImageWidth, where, "%s: width = \"full-bleed\" cannot bleed in a layout of %d columns; it is set as width = \"type-area\" sets it (write that to keep this warning away)", img.File, th.Columns)
		} else {
			px, pw = -th.Bleed, th.PageWidth+2*th.Bleed
		}
	}
	// A tall picture is narrowed to the height limit (60 % of the type
	// area's height, Theme.PictureShare), still from the text's left edge,
	// but no narrower than minGivenWidth; one into the bleed keeps the
	// theme's limit (bleedLimited).
	limit := th.pictureLimit()
	if bleedLimited(img, th) {
		limit = th.TextHeight() * defaultPictureShare / 100
	}
	// Narrowed, it stays as wide as a picture given room beside its text
	// (minGivenWidth): a roll-up banner of 1:3 is no sliver.
	limit = max(limit, imageHeight(&img, minGivenWidth()))
	p := c.place(&img, px, 0, pw, limit, where)
	alt := img.Alt
	if alt == "" {
		// Only print gets here (the screen edition refuses a picture
		// without alt): the caption at least stands in.
		altWhere := where
		if at := img.AltWhere(); at != "" {
			altWhere = at // where the screen edition's error points
		}
		c.warn(WarnMissingAlt, altWhere, "the picture %s has no alt text; screen readers get %s (add alt = \"…\"; the screen edition requires it)",
			img.File, map[bool]string{true: "nothing", false: "its caption"}[img.Caption == ""])
		alt = img.Caption
	}
	fig := tagFigure([]typeset.Item{p}, parent, alt)
	v := []typeset.VNode{typeset.Box(p.H, p)}
	var spans []typeset.Span
	if img.Caption != "" {
		spans = append(spans, typeset.Span{Text: img.Caption})
	}
	if img.Credit != "" {
		if len(spans) > 0 {
			spans = append(spans, typeset.Span{Text: "\u00a0– "}) // the dash never begins a line
		}
		spans = append(spans, typeset.Span{Text: c.fittedCredit(img.Credit, th.Caption, captionWidth(img, p, width))})
	}
	if len(spans) > 0 {
		st := th.Caption
		st.Colour = th.Muted
		if beside, ok := c.captionBeside(spans, st, p, x, width, alone, where, fig); ok {
			v[0] = beside
		} else {
			v = append(v, typeset.Space(typeset.Pt(4)))
			v = append(v, tag(c.balancedText(spans, st, x, captionWidth(img, p, width), where), fig.Child(typeset.RoleCaption))...)
		}
	}
	// The grid is kept by the space after the picture, not by narrowing
	// it off the text edge.
	return typeset.KeepTogether(c.padToGrid(v))
}

// minCaptionBeside is the narrowest room beside a picture its caption is
// set in.
var minCaptionBeside = typeset.MM(35)

// captionBeside sets the caption of a picture that stands alone at the
// text's left edge, leaving at least two fifths of the measure and
// minCaptionBeside empty beside it (a tall picture narrowed to the height
// limit, a lone half), in that room: balanced, its last line at the
// picture's foot, as designers caption a narrow picture, instead of
// under it with the room beside left white. ok is false where the
// caption would stand taller than the picture, or the picture does not
// leave the room: it then goes under the picture.
func (c *composer) captionBeside(spans []typeset.Span, st typeset.TextStyle, p *Picture, x, width typeset.Scaled, alone bool, where string, fig *typeset.StructElement) (typeset.VNode, bool) {
	room := width - p.W - halfGap()
	if !alone || !leavesRoomBeside(p, x, width) {
		return typeset.VNode{}, false
	}
	lines := c.balancedText(spans, st, x+p.W+halfGap(), room, where)
	h := typeset.StackHeight(lines)
	if h > p.H {
		return typeset.VNode{}, false
	}
	tag(lines, fig.Child(typeset.RoleCaption))
	items := []typeset.Item{p}
	for _, it := range flatten(lines) {
		typeset.MoveDown(it, p.H-h)
		items = append(items, it)
	}
	return typeset.Box(p.H, items...), true
}

// leavesRoomBeside reports whether picture p, set in width from x,
// stands at the text's left edge and leaves at least two fifths of the
// measure and minCaptionBeside beside it: room for its caption, or its
// section's codes (linksBesidePicture).
func leavesRoomBeside(p *Picture, x, width typeset.Scaled) bool {
	return p.X == x && p.W <= width*3/5 && width-p.W-halfGap() >= minCaptionBeside
}

// captionWidth is the width of a picture's caption: the picture's own
// where the author chose it narrower than the measure (half, a length),
// so the caption does not run on past the picture's edge; else the
// measure (a full-bleed picture's caption keeps to the text, and a tall
// picture narrowed to the height limit is captioned in the measure).
func captionWidth(img content.Image, p *Picture, measure typeset.Scaled) typeset.Scaled {
	if img.Width == "half" || img.Width == "length" {
		return min(p.W, measure)
	}
	return measure
}

// pictureBlocks sets section i's pictures as blocks, each with the
// space before it, and says how each may float. Two pictures of half the
// measure in a row stand side by side, each with its caption beneath it,
// as one block: the pair stays together wherever it goes.
func (c *composer) pictureBlocks(i int, s content.Section, x, width typeset.Scaled, sect *typeset.StructElement) ([][]typeset.VNode, []floatBlock) {
	th := c.th
	var blocks [][]typeset.VNode
	var kinds []floatBlock
	for j := 0; j < len(s.Images); j++ {
		where, first := c.where(i, fmt.Sprintf(".images[%d]", j)), j
		var v []typeset.VNode
		var give typeset.Scaled
		if j+1 < len(s.Images) && s.Images[j].Width == "half" && s.Images[j+1].Width == "half" {
			c.warnNarrowHalf(s.Images[j], width, where)
			c.warnNarrowHalf(s.Images[j+1], width, c.where(i, fmt.Sprintf(".images[%d]", j+1)))
			a, b, shift := pairedAlike(s.Images[j], s.Images[j+1], width)
			v = c.picture(a, x, width, where, sect, false)
			j++
			v = c.besideEachOther(v, c.picture(b, x, width, c.where(i, fmt.Sprintf(".images[%d]", j)), sect, false), shift)
			if th.Columns < 2 {
				give = c.pictureGive(v)
			}
		} else if c.spans(s.Images[j]) {
			v = c.picture(s.Images[j], x, th.TextWidth(), where, sect, true)
			blocks = append(blocks, append([]typeset.VNode{c.gridSpace(th.ParSkip)}, v...))
			var column func() []typeset.VNode
			if img := s.Images[j]; fitsAColumn(img) {
				// Made only where it is used (spanincolumn.go): its
				// warnings and caption are the picture's then.
				column = func() []typeset.VNode {
					return append([]typeset.VNode{c.gridSpace(th.ParSkip)}, c.picture(img, x, width, where, sect, true)...)
				}
			}
			kinds = append(kinds, floatBlock{mode: FloatPage, class: spanFloats, where: where, column: column, files: imageFiles(s.Images[j : j+1])})
			continue
		} else {
			v = c.picture(s.Images[j], x, width, where, sect, true)
			if s.Images[j].Width != "full-bleed" && th.Columns < 2 {
				give = c.pictureGive(v)
			}
		}
		blocks = append(blocks, append([]typeset.VNode{c.gridSpace(th.ParSkip)}, v...))
		kinds = append(kinds, floatBlock{mode: th.PictureFloat, class: pictureFloats, where: where, give: give,
			columnWide: c.acrossInColumn(s.Images[j]), files: imageFiles(s.Images[first : j+1])})
	}
	return blocks, kinds
}

// imageFiles are the files of images, as the content names them.
func imageFiles(images []content.Image) []string {
	files := make([]string, len(images))
	for k, img := range images {
		files[k] = img.File
	}
	return files
}

// pictureGive is how much shorter a section's picture block v (a
// picture in its column, or two half-width ones side by side) may be set
// where it stands beside its text (typeset.VNode.Give): each picture
// down to half its height, but not below a fifth of the type area's,
// so a small picture keeps its size, nor narrower than minGivenWidth, so
// a tall one (a roll-up banner of 1:3, already narrowed by the height
// limit) does not become a sliver; in whole lines on a baseline grid,
// which the block keeps.
func (c *composer) pictureGive(v []typeset.VNode) typeset.Scaled {
	var give typeset.Scaled
	seen := false
	for _, n := range v {
		for _, it := range n.Items {
			if p, ok := it.(*typeset.Picture); ok {
				floor := max(p.H/2, c.th.TextHeight()/5)
				if p.W > 0 {
					floor = max(floor, typeset.ScaleBy(p.H, int64(minGivenWidth()), int64(p.W)))
				}
				g := min(p.H-floor, besideRoom(n.Items, p))
				if !seen || g < give {
					give, seen = g, true
				}
			}
		}
	}
	if c.th.BaselineGrid && c.th.Body.Leading > 0 {
		give = give / c.th.Body.Leading * c.th.Body.Leading
	}
	return max(give, 0)
}

// minGivenWidth is the narrowest a picture is set smaller beside its
// text (pictureGive): the room a caption beside it needs.
func minGivenWidth() typeset.Scaled { return minCaptionBeside }

// besideRoom is how much shorter picture p may be set before a caption
// beside it, which keeps to the picture's foot, would rise above its top:
// the room above the caption's first line (the picture's height where
// nothing stands beside it).
func besideRoom(items []typeset.Item, p *typeset.Picture) typeset.Scaled {
	room := p.H
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.X >= p.X+p.W && g.Y > p.Y && g.Y-g.Size < p.Y+p.H {
			room = min(room, g.Y-typeset.OfEm(g.Face.Ascent, g.Size)-p.Y)
		}
	}
	return max(room, 0)
}

// shrinkPictures is a picture block's typeset.VNode.Resize: each of its
// pictures by `by` shorter, narrowed in proportion from its left edge,
// and the rest of the block moved up with their foot. A caption beside a
// picture moves left with the picture's right edge; a caption under a
// picture keeps its place under it, however far it runs past the
// picture's new edge; and the second picture of a pair, with its
// caption, moves left by what the first gave, as far as the first one's
// caption leaves room (so the two captions never run into each other).
func shrinkPictures(items []typeset.Item, by typeset.Scaled) {
	pics := shrunkPictures(items, by)
	if len(pics) == 0 {
		return
	}
	for k := 1; k < len(pics); k++ {
		prev := pics[k-1]
		room := prev.w - captionReach(items, prev, pics[k].x)
		pics[k].shift = prev.shift + max(0, min(prev.w-prev.newW, room))
	}
	for _, it := range items {
		owner := ownerOf(pics, it)
		switch x := it.(type) {
		case *typeset.Picture:
			if owner != nil {
				x.Offset(-owner.shift, 0)
			}
		case *typeset.GlyphRun:
			dx := typeset.Scaled(0)
			if owner != nil {
				dx = owner.shift
				if owner.beside(x) {
					dx += owner.w - owner.newW // beside it: with its right edge
				}
			}
			x.Offset(-dx, -by)
		default:
			dx := typeset.Scaled(0)
			if owner != nil {
				dx = owner.shift
				if x, y, ok := itemCorner(it); ok && x >= owner.x+owner.w && y >= owner.y && y < owner.y+owner.h {
					dx += owner.w - owner.newW // a code beside it (linksBesidePicture): with its right edge
				}
			}
			it.Offset(-dx, -by)
		}
	}
}

// itemCorner is the top-left corner of a QR code or a link's area, the
// items besides pictures and text that stand beside a picture.
func itemCorner(it typeset.Item) (x, y typeset.Scaled, ok bool) {
	switch v := it.(type) {
	case *typeset.QRCode:
		return v.X, v.Y, true
	case *typeset.LinkArea:
		return v.X, v.Y, true
	default: // pictures and text have their own rules in shrinkPictures; rules and marks stand nowhere beside one
		return 0, 0, false
	}
}

// shrunkPicture is a picture of a block that gives height: where it
// stood and how wide (before), how wide it is now, and how far it and
// what belongs to it move left.
type shrunkPicture struct {
	x, y, w, h typeset.Scaled // before
	newW       typeset.Scaled
	shift      typeset.Scaled
}

// beside reports whether a run stands right of the picture, level with
// it (a caption beside it), as it stood before.
func (p *shrunkPicture) beside(g *typeset.GlyphRun) bool {
	return g.X >= p.x+p.w && g.Y > p.y && g.Y-g.Size < p.y+p.h
}

// shrunkPictures makes a block's pictures by shorter, each narrowed in
// proportion from its left edge, and lists them from the left as they
// stood (none when none gives: by is 0 or not less than a picture's
// height).
func shrunkPictures(items []typeset.Item, by typeset.Scaled) []shrunkPicture {
	var pics []shrunkPicture
	for _, it := range items {
		if p, ok := it.(*typeset.Picture); ok && by > 0 && by < p.H {
			h := p.H - by
			w := typeset.ScaleBy(p.W, int64(h), int64(p.H))
			pics = append(pics, shrunkPicture{x: p.X, y: p.Y, w: p.W, h: p.H, newW: w})
			p.W, p.H = w, h
		}
	}
	slices.SortFunc(pics, func(a, b shrunkPicture) int { return cmp.Compare(a.x, b.x) })
	return pics
}

// ownerOf is the picture an item belongs to: the rightmost whose left
// edge it stands at or right of (a picture belongs to itself), nil for
// an item left of every picture.
func ownerOf(pics []shrunkPicture, it typeset.Item) *shrunkPicture {
	var x typeset.Scaled
	switch v := it.(type) {
	case *typeset.Picture:
		x = v.X
	case *typeset.GlyphRun:
		x = v.X
	default:
		var ok bool
		if x, _, ok = itemCorner(it); !ok {
			return nil
		}
	}
	var owner *shrunkPicture
	for k := range pics {
		if pics[k].x <= x {
			owner = &pics[k]
		}
	}
	return owner
}

// captionReach is how far right of picture p's left edge the runs under
// it reach, among those left of limit (the next picture's left edge).
func captionReach(items []typeset.Item, p shrunkPicture, limit typeset.Scaled) typeset.Scaled {
	reach := p.newW
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok && g.X >= p.x && g.X < limit && g.Y-g.Size >= p.y+p.h-typeset.Pt(1) {
			reach = max(reach, g.X+g.Width-p.x)
		}
	}
	return reach
}

// spans reports whether a section's picture is set across all columns
// of the type area, as a page-wide float (spanning.go): in a layout of
// more than one column, one whose width says so ("type-area", or
// "full-bleed", which cannot bleed beside a column). A picture whose
// width is left open stands in its column: set across the columns by
// default, wide pictures left columns unbalanced above them, stood
// before their section's heading or after „Kontakt“, and took a
// conference from 8 pages to 12 (a reviewer's events); the designer
// chooses the pictures that span. A tall one that the height limit
// would narrow to little more than a column's width (acrossWidth) stands
// in its column as well (acrossInColumn).
func (c *composer) spans(img content.Image) bool {
	return c.askedAcross(img) && !c.acrossInColumn(img)
}

// askedAcross reports whether a picture asks to stand across the columns
// of a layout of more than one.
func (c *composer) askedAcross(img content.Image) bool { return asksAcross(img, c.th) }

// asksAcross reports whether a picture asks to stand across the columns
// of theme th's layout of more than one (askedAcross).
func asksAcross(img content.Image, th Theme) bool {
	return th.Columns > 1 && (img.Width == "type-area" || img.Width == "full-bleed")
}

// acrossInColumn reports whether a picture asked across the columns is
// set in its column instead: narrowed to the height limit (picture), it
// would stand flush left with white beside it as wide as half a column
// or more. A portrait photo stands a little smaller in its column (a
// 2:3 one 61 mm wide, not 97 mm in a type area of 130), with text beside
// it instead of white.
func (c *composer) acrossInColumn(img content.Image) bool {
	return c.askedAcross(img) && c.th.TextWidth()-acrossWidth(&img, c.th.TextWidth(), c.th.pictureLimit()) >= c.th.ColumnWidth()/2
}

// fitsAColumn reports whether a picture asked across the columns may
// stand a column wide where no page of its section's text has room for
// it across them (spanincolumn.go): one no wider than 3:2. A panorama
// or a group in a row set a column wide is a strip too low to show its
// faces (an 80-person group photo 24 mm tall); it stays across the
// columns, where it waits for a page that has room.
func fitsAColumn(img content.Image) bool {
	w, h := shapeOf(img)
	return w > 0 && h > 0 && 2*w <= 3*h
}

// acrossWidth is the width of a picture set at the width measure and
// narrowed to the height limit.
func acrossWidth(img *content.Image, measure, limit typeset.Scaled) typeset.Scaled {
	if h := imageHeight(img, measure); h > limit {
		return imageWidth(img, limit)
	}
	return measure
}

// besideEachOther sets two pictures of a pair (each as picture sets it,
// at the measure's left edge) side by side: the second moved right by
// shift, the first's width and the gap between, both tops level, each
// caption under its own picture, as one block as tall as the taller side.
func (c *composer) besideEachOther(left, right []typeset.VNode, shift typeset.Scaled) []typeset.VNode {
	l, r := flatten(left), flatten(right)
	h := max(typeset.StackHeight(left), typeset.StackHeight(right))
	for _, it := range r {
		typeset.MoveRight(it, shift)
	}
	return typeset.KeepTogether(c.padToGrid([]typeset.VNode{typeset.Box(h, append(l, r...)...)}))
}

// pairedAlike sizes two pictures asked for at half the measure to one
// height, as a designer sets a pair: together with the gap between they
// fill the measure, each as wide as its shape asks, so tops, feet and
// captions are level. When that would make one narrower than a third of
// the measure (a panorama beside a portrait), both stay at half, tops
// level. It returns the two as placed and how far the second stands
// right of the first.
func pairedAlike(a, b content.Image, width typeset.Scaled) (content.Image, content.Image, typeset.Scaled) {
	half := (width + halfGap()) / 2
	aw, ah := shapeOf(a)
	bw, bh := shapeOf(b)
	if aw <= 0 || ah <= 0 || bw <= 0 || bh <= 0 {
		return a, b, half
	}
	avail := width - halfGap()
	wa := typeset.Scaled(int64(avail) * (aw * bh) / (aw*bh + bw*ah))
	if min(wa, avail-wa) < width/3 {
		return a, b, half
	}
	a.Width, a.WidthAt = "length", wa.Points()
	b.Width, b.WidthAt = "length", (avail - wa).Points()
	return a, b, wa + halfGap()
}

// shapeOf is a picture's width and height in its own units: pixels, or
// thousandths of a point for a PDF.
func shapeOf(img content.Image) (int64, int64) {
	if img.Format == "pdf" {
		return int64(img.WidthPt * 1000), int64(img.HeightPt * 1000)
	}
	return int64(img.WidthPx), int64(img.HeightPx)
}

// halfGap is the space between two pictures of half the measure side by
// side.
func halfGap() typeset.Scaled { return typeset.MM(5) }

// creditLine is „Foto: Name“, unless the credit already says what it is
// (Foto:, Fotos:, Bild:, Grafik:, Abbildung:, Quelle:, ©). The word that
// says it is bound to the first word of the name by a no-break space, so
// no line ends on „Foto:“ alone, and a short name's words are bound
// (boundName).
func creditLine(credit string) string {
	head, name, ok := creditParts(credit)
	if !ok {
		return name
	}
	return head + "\u00a0" + boundName(name)
}

// fittedCredit is creditLine for a caption of the given width in style
// st, the name's words left free where, bound, the credit would take
// more than two thirds of the width: a narrow caption could then not
// balance its lines, and divided a bound word („Netz-/werk Jugend
// Nordost“).
func (c *composer) fittedCredit(credit string, st typeset.TextStyle, width typeset.Scaled) string {
	line := creditLine(credit)
	head, name, ok := creditParts(credit)
	if !ok || c.measure([]typeset.Span{{Text: line}}, st) <= width*2/3 {
		return line
	}
	return head + "\u00a0" + name
}

// creditParts splits a credit into the word that says what it is
// („Foto:“, the credit's own or added) and the name; ok is false for a
// credit that is that word alone, given whole as name. A credit whose
// first word ends in a colon names its own kind („Handyfoto:“,
// „Illustration:“, „Karte:“) and gets no „Foto:“ before it.
func creditParts(credit string) (head, name string, ok bool) {
	credit = strings.TrimSpace(credit)
	if first, rest, found := strings.Cut(credit, " "); ownCreditHead(first) {
		if !found {
			return "", credit, false // its kind alone, as „Foto:“ alone
		}
		return first, strings.TrimLeft(rest, " "), true
	}
	lower := strings.ToLower(credit)
	for _, prefix := range []string{"foto", "fotos", "bild", "bilder", "grafik", "abbildung", "abb.", "quelle", "©", "(c)"} {
		if strings.HasPrefix(lower, prefix+":") || strings.HasPrefix(lower, prefix+" ") || prefix == "©" && strings.HasPrefix(lower, prefix) {
			head, rest, ok := strings.Cut(credit, " ")
			if !ok {
				return "", credit, false
			}
			return head, strings.TrimLeft(rest, " "), true
		}
	}
	return "Foto:", credit, true
}

// ownCreditHead reports whether a credit's first word says what the
// credit is: a word of letters (a hyphen or full stop allowed) ending
// in a colon.
func ownCreditHead(word string) bool {
	kind, ok := strings.CutSuffix(word, ":")
	if !ok || utf8.RuneCountInString(kind) < 2 {
		return false
	}
	for _, r := range kind {
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// maxBoundName is the longest credited name, in characters, whose words
// are bound together.
const maxBoundName = 24

// boundName binds the words of a short credited name by no-break spaces
// („Werkstatt Plus“, „Jana Richter“), so a narrow caption does not divide
// it; a longer one („Netzwerk Ausbildung Nordost e. V.“) keeps its
// spaces, or a caption could not break at all.
func boundName(name string) string {
	if utf8.RuneCountInString(name) > maxBoundName || strings.Count(name, " ") > 2 {
		return name
	}
	return strings.ReplaceAll(name, " ", "\u00a0")
}
