package assets

import _ "embed"

// GermanHyphenationPatterns are Liang patterns for reformed German
// spelling (dehyph-exptl, MIT licence; see the notice in the file),
// converted by assets/gen/hyphpatterns.
//
//go:embed hyphenation/de-1996.pat
var GermanHyphenationPatterns []byte

// GermanHyphenationTrie is the same pattern set compiled into the packed
// trie the hyphenator uses (written by assets/gen/hyphpatterns, with the
// licence notice at its head), so no program start compiles it again.
//
//go:embed hyphenation/de-1996.trie
var GermanHyphenationTrie []byte

// CompoundHeads lists frequent second elements of German compounds, one a
// line; hyphenation prefers breaks before them.
//
//go:embed hyphenation/compound-heads.txt
var CompoundHeads []byte

// LinkingElements lists endings of first compound elements (Fugenelemente
// such as -ungs, -heits), one a line; hyphenation prefers breaks after them.
//
//go:embed hyphenation/linking-elements.txt
var LinkingElements []byte
