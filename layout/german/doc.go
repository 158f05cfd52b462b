// Package german holds the rules of German text for typesetting:
// hyphenation by Liang's patterns (reformed spelling, left and right
// minimum two), compound joints and the breaks German typesetting forbids
// (after a one-letter prefix, at a gender star or colon), and the
// typographic normalisation of what authors type („…“, –, …, narrow
// no-break spaces in z. B. and before %). It implements the typesetting
// core's Hyphenator and needs nothing else from the brochure.
package german
