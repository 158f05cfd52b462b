package layout

import "brochure/content"

// referencePPI is the resolution at which a raster image counts as shown
// at 100 %: the print standard.
const referencePPI = 300

// maxEnlargement is how far past its 300-ppi size a picture may be
// enlarged before the author is warned (150 %, i.e. below 200 ppi).
const maxEnlargement = 1.5

// place sizes an image to the given width at (x, y), keeping its
// proportions, and warns when that enlarges a raster image beyond 150 %
// of its size at 300 ppi.
func (c *composer) place(img *content.Image, x, y, width Scaled, where string) *Picture {
	p := &Picture{X: x, Y: y, W: width, Source: img}
	if img.Format == "pdf" {
		p.H = scaleBy(width, int64(img.HeightPt*1000), int64(img.WidthPt*1000))
		return p
	}
	p.H = scaleBy(width, int64(img.HeightPx), int64(img.WidthPx))
	natural := Pt(float64(img.WidthPx) * 72 / referencePPI)
	if scale := float64(width) / float64(natural); scale > maxEnlargement {
		c.warn(WarnEnlargedImage, where, "%s is enlarged to %.0f %% of its size at %d ppi (%.0f ppi effective); use a larger image",
			img.File, scale*100, referencePPI, p.EffectivePPI())
	}
	return p
}

// picture sets an event picture across the column, no taller than 60 %
// of the type area, its height whole lines of the grid, with caption and
// credit beneath; picture and caption stay together. It is a Figure under
// parent, with the caption as its Caption.
func (c *composer) picture(img content.Image, x, width Scaled, where string, parent *StructElement) []VNode {
	th := c.th
	p := c.place(&img, x, 0, width, where)
	alt := img.Alt
	if alt == "" {
		// Only print gets here (the screen edition refuses a picture
		// without alt): the caption at least stands in.
		c.warn(WarnMissingAlt, where, "the picture %s has no alt text; screen readers get %s (add alt = \"…\"; the screen edition requires it)",
			img.File, map[bool]string{true: "nothing", false: "its caption"}[img.Caption == ""])
		alt = img.Caption
	}
	fig := tagFigure([]Item{p}, parent, alt)
	if limit := th.TextHeight() * 3 / 5; p.H > limit {
		p.W = scaleBy(p.W, int64(limit), int64(p.H))
		p.H = limit
	}
	if l := th.Body.Leading; th.BaselineGrid && p.H > l {
		h := p.H / l * l
		p.W = scaleBy(p.W, int64(h), int64(p.H))
		p.H = h
	}
	v := []VNode{Box(p.H, p)}
	var spans []Span
	if img.Caption != "" {
		spans = append(spans, Span{Text: img.Caption})
	}
	if img.Credit != "" {
		if len(spans) > 0 {
			spans = append(spans, Span{Text: " – "})
		}
		spans = append(spans, Span{Text: "Foto: " + img.Credit})
	}
	if len(spans) > 0 {
		st := th.Caption
		st.Colour = th.Muted
		v = append(v, Space(Pt(4)))
		v = append(v, tag(c.displayText(spans, st, x, width, where), fig.Child(RoleCaption))...)
	}
	return keepTogether(c.padToGrid(v))
}
