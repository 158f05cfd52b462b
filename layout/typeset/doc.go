// Package typeset is the typesetting engine: it breaks paragraphs into
// lines (Knuth–Plass, with margin protrusion and font expansion), builds
// vertical lists and breaks them into pages, and returns positioned items
// — glyph runs, rules, polygons, QR modules, link areas — as plain data.
// It knows neither PDF nor the brochure, and no language: where a word may
// break comes from a Hyphenator (layout/german provides one).
//
// All lengths are Scaled: integer fixed-point units of 1/65536 PostScript
// point, in the spirit of TeX's scaled points, so sums are exact and every
// machine computes the same pages.
package typeset
