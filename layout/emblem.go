package layout

import (
	"math"

	"brochure/assets"
	"brochure/fonts"
	"brochure/layout/typeset"
)

// Colours of the EU emblem, from the specification.
var (
	emblemBlue = typeset.Colour{C: assets.EmblemBlueCMYK[0], M: assets.EmblemBlueCMYK[1], Y: assets.EmblemBlueCMYK[2], K: assets.EmblemBlueCMYK[3],
		R: assets.EmblemBlueRGB[0], G: assets.EmblemBlueRGB[1], B: assets.EmblemBlueRGB[2]}
	emblemYellow = typeset.Colour{C: assets.EmblemYellowCMYK[0], M: assets.EmblemYellowCMYK[1], Y: assets.EmblemYellowCMYK[2], K: assets.EmblemYellowCMYK[3],
		R: assets.EmblemYellowRGB[0], G: assets.EmblemYellowRGB[1], B: assets.EmblemYellowRGB[2]}
)

// EUEmblem draws the EU emblem with its top-left corner at (x, y) and the
// given height, to the official geometry (see package assets).
func EUEmblem(x, y, height typeset.Scaled) []typeset.Item {
	at := func(u float64) typeset.Scaled { return typeset.Scaled(math.Round(u * float64(height))) }
	items := []typeset.Item{&typeset.Rule{X: x, Y: y, W: at(assets.EmblemAspect), H: height, Colour: emblemBlue}}
	for i := 0; i < assets.EmblemStarCount; i++ {
		star := assets.Star(i)
		poly := &typeset.Polygon{Colour: emblemYellow, Points: make([]typeset.Vertex, len(star))}
		for k, v := range star {
			poly.Points[k] = typeset.Vertex{X: x + at(v[0]), Y: y + at(v[1])}
		}
		items = append(items, poly)
	}
	return items
}

// EUStatement is the funding statement that must stand next to the emblem,
// written out in full (Annex IX of Regulation (EU) 2021/1060).
const EUStatement = "Kofinanziert von der Europäischen Union"

// EmblemAlt is the emblem's alternate description.
const EmblemAlt = "Emblem der Europäischen Union: zwölf goldene Sterne im Kreis auf blauem Grund"

// euStatementStyle is the statement's style beside an emblem of height:
// the caption's face where it is of a typeface Annex IX allows (a theme
// may give Arial or Verdana), else Ubuntu (fonts.Statement), upright and
// black, at a size proportional to the emblem.
func (c *composer) euStatementStyle(height typeset.Scaled) typeset.TextStyle {
	st := c.th.Caption
	st.Style = fonts.Regular
	if !fonts.AllowedForStatement(st.Face().Name) {
		st.Family = fonts.Statement()
	}
	st.Colour = typeset.Black
	st.Size = typeset.ScaleBy(height, 27, 100) // about 3.3 mm text for a 12 mm emblem
	st.Leading = typeset.ScaleBy(st.Size, 6, 5)
	return st
}

// euStatementX is where the statement begins right of an emblem of
// height: its width and a quarter of its height beyond.
func euStatementX(height typeset.Scaled) typeset.Scaled {
	return typeset.ScaleBy(height, 3, 2) + typeset.ScaleBy(height, 1, 4)
}

// euBlockWidth is the width euBlock gives the emblem of height and its
// statement.
func (c *composer) euBlockWidth(height typeset.Scaled) typeset.Scaled {
	st := c.euStatementStyle(height)
	return euStatementX(height) + max(c.measure(plain("Kofinanziert von der"), st), c.measure(plain("Europäischen Union"), st))
}

// euBlock draws the emblem and, to its right, the statement on two lines
// ("Kofinanziert von der" / "Europäischen Union"), vertically centred, in
// the sans face at a size proportional to the emblem; in the structure the
// emblem is a figure and the statement one paragraph, both under div. It
// returns the items and the block's width.
func (c *composer) euBlock(x, y, height typeset.Scaled, div *typeset.StructElement) ([]typeset.Item, typeset.Scaled) {
	items := EUEmblem(x, y, height)
	tagFigure(items, div, EmblemAlt)
	st := c.euStatementStyle(height)
	tx := x + euStatementX(height)
	first := y + height/2 - st.Leading/2 + typeset.OfEm(st.Face().CapHeight, st.Size)/2
	l1, w1 := c.oneLine(plain("Kofinanziert von der"), st, tx, first)
	l2, w2 := c.oneLine(plain("Europäischen Union"), st, tx, first+st.Leading)
	statement := div.Child(typeset.RoleP)
	tagItems(l1, statement)
	tagItems(l2, statement)
	items = append(append(items, l1...), l2...)
	asc := typeset.OfEm(st.Face().Ascent, st.Size)
	desc := typeset.OfEm(-st.Face().Descent, st.Size)
	items = append(items,
		&Mark{Kind: MarkEmblem, X: x, Y: y, W: typeset.ScaleBy(height, 3, 2), H: height},
		&Mark{Kind: MarkStatement, X: tx, Y: first - asc, W: max(w1, w2), H: st.Leading + asc + desc,
			Face: st.Face().Name, Italic: st.Style&fonts.Italic != 0})
	return items, tx + max(w1, w2) - x
}
