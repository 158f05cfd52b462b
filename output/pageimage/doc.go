// Package pageimage draws the pages of a layout document as images: SVG
// documents whose text is set in the document's subset fonts (embedded),
// and PNG rasters drawn in Go. Both read the same display list the PDF
// writer reads, and place every glyph where the PDF does: they are
// renderers of the layout, not of the PDF. The live preview (brochure
// serve) shows the SVG pages; the README's pictures are the PNGs.
//
// Imported PDF artwork (official logos) is drawn by a small interpreter
// of its content stream: paths, fills and strokes, clipping, colours,
// images, forms and axial or radial shadings. Text inside artwork is not
// drawn (logos set their lettering as outlines almost always).
package pageimage
