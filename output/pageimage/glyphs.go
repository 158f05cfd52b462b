package pageimage

import (
	"fmt"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"brochure/fonts"
	"brochure/layout/typeset"
)

// placedGlyph is one glyph of a run: its character, its glyph number in
// the face and the x of its origin on the page, in points.
type placedGlyph struct {
	r   rune
	gid uint16
	x   float64
}

// placeRun positions the glyphs of a run exactly as the PDF writer's TJ
// array does: each advances by its width in the font plus the kerning
// after it (not after the last), plus the letter spacing, all scaled by
// the run's horizontal scale.
func placeRun(g *typeset.GlyphRun) []placedGlyph {
	size := g.Size.Points()
	tc := typeset.OfEm(int(g.Tracking), g.Size).Points()
	h := hscale(g)
	runes := []rune(g.Text)
	out := make([]placedGlyph, 0, len(runes))
	x := g.X.Points()
	kern := g.Kern()
	for i, r := range runes {
		gid, _ := g.Face.Glyph(r)
		out = append(out, placedGlyph{r: r, gid: gid, x: x})
		w := float64(g.Face.Advance(r))
		if i < len(kern) && i < len(runes)-1 {
			w += float64(kern[i])
		}
		x += (w/1000*size + tc) * h
	}
	return out
}

// hscale is a run's horizontal glyph scale as a factor.
func hscale(g *typeset.GlyphRun) float64 {
	if g.HScale == 0 {
		return 1
	}
	return float64(g.HScale) / 10000
}

// outlines reads glyph outlines from the faces' TrueType data, each face
// parsed once and each glyph loaded once per renderer. A renderer lives
// as long as the preview, which sees new faces whenever a font file
// changes, so the cache is bounded: past maxOutlineFaces faces or
// maxOutlineGlyphs glyphs it starts afresh.
type outlines struct {
	fonts  map[*fonts.Face]*sfnt.Font
	glyphs map[glyphKey][]segment // in font units, y down
	buf    sfnt.Buffer
	// maxFaces and maxGlyphs bound the cache.
	maxFaces, maxGlyphs int
}

type glyphKey struct {
	face *fonts.Face
	gid  uint16
}

// Bounds of the outline cache: a brochure uses a few families of four
// faces and a few hundred glyphs of each.
const (
	maxOutlineFaces  = 16
	maxOutlineGlyphs = 1 << 16
)

func newOutlines() *outlines {
	return &outlines{fonts: map[*fonts.Face]*sfnt.Font{}, glyphs: map[glyphKey][]segment{},
		maxFaces: maxOutlineFaces, maxGlyphs: maxOutlineGlyphs}
}

// glyph returns the outline of a glyph in font units (y down) and the
// face's units per em.
func (o *outlines) glyph(face *fonts.Face, gid uint16) ([]segment, float64, error) {
	f, ok := o.fonts[face]
	if !ok {
		if len(o.fonts) >= o.maxFaces {
			clear(o.fonts)
			clear(o.glyphs)
		}
		var err error
		if f, err = sfnt.Parse(face.Data); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", face.Name, err)
		}
		o.fonts[face] = f
	}
	upem := float64(f.UnitsPerEm())
	key := glyphKey{face, gid}
	if segs, ok := o.glyphs[key]; ok {
		return segs, upem, nil
	}
	// Loaded at one pixel per font unit: the coordinates are font units.
	raw, err := f.LoadGlyph(&o.buf, sfnt.GlyphIndex(gid), fixed.I(int(upem)), nil)
	if err != nil {
		return nil, 0, fmt.Errorf("%s glyph %d: %w", face.Name, gid, err)
	}
	segs := make([]segment, 0, len(raw)+4)
	var cur point
	open := false
	for _, s := range raw {
		a := func(i int) point { return point{float64(s.Args[i].X) / 64, float64(s.Args[i].Y) / 64} }
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				segs = append(segs, segment{kind: segClose})
			}
			cur, open = a(0), true
			segs = append(segs, segment{kind: segMove, p: [3]point{cur}})
		case sfnt.SegmentOpLineTo:
			cur = a(0)
			segs = append(segs, segment{kind: segLine, p: [3]point{cur}})
		case sfnt.SegmentOpQuadTo:
			// A quadratic as the cubic with the same curve.
			c, e := a(0), a(1)
			segs = append(segs, segment{kind: segCube, p: [3]point{
				{cur.x + 2*(c.x-cur.x)/3, cur.y + 2*(c.y-cur.y)/3},
				{e.x + 2*(c.x-e.x)/3, e.y + 2*(c.y-e.y)/3}, e}})
			cur = e
		case sfnt.SegmentOpCubeTo:
			cur = a(2)
			segs = append(segs, segment{kind: segCube, p: [3]point{a(0), a(1), cur}})
		}
	}
	if open {
		segs = append(segs, segment{kind: segClose})
	}
	if len(o.glyphs) >= o.maxGlyphs {
		clear(o.glyphs)
	}
	o.glyphs[key] = segs
	return segs, upem, nil
}

// runPath is the outline of a whole run in page points (y down), its
// glyphs scaled to the run's size and horizontal scale.
func (o *outlines) runPath(g *typeset.GlyphRun, into *path) error {
	size := g.Size.Points()
	h := hscale(g)
	y := g.Y.Points()
	for _, pg := range placeRun(g) {
		segs, upem, err := o.glyph(g.Face, pg.gid)
		if err != nil {
			return err
		}
		sx, sy := size/upem*h, size/upem
		for _, s := range segs {
			t := s
			for i := range t.p {
				t.p[i] = point{pg.x + s.p[i].x*sx, y + s.p[i].y*sy}
			}
			into.segs = append(into.segs, t)
		}
	}
	return nil
}
