package pdftest

import (
	"bytes"
	"os"
	"slices"
)

// outputIntentKey is the catalog's key of the output intents, and
// hiddenIntentKey the name, as long, it is renamed to in the copy poppler
// reads text and image lists from (see WithoutOutputIntent).
var outputIntentKey, hiddenIntentKey = []byte("/OutputIntents"), []byte("/XOutputIntent")

// WithoutOutputIntent returns the command line to run in place of a
// poppler reader's that reads text (pdftotext) or lists images (pdfimages
// -list) to its standard output, and a function that removes what it made: the PDF it names is
// read from a copy whose catalog's /OutputIntents key is renamed
// /XOutputIntent, a name as long (every offset stays), which poppler
// does not know. Poppler sets up the output intent's ICC profile as the
// display profile for every page it reads (lcms transforms, for the
// print edition's CMYK profile and the screen edition's sRGB one alike):
// half of pdftotext's time on the example's print edition and two thirds
// on a corpus event's (51 → 27 ms, 56 → 18 ms; pdfimages -list 46 → 16
// ms), four fifths on the example's screen edition (148 → 27 ms), for
// text and image lists that do not depend on it (their answers are the
// same byte for byte, TestOutputIntentHiddenReadsTheSame).
// Other command lines, a file without exactly one such key, or a copy
// that cannot be written are returned as they are.
func WithoutOutputIntent(name string, args []string) ([]string, func()) {
	nothing := func() {}
	if name != "pdftotext" && name != "pdfimages" || !printsOnly(name, args) {
		return args, nothing
	}
	at := -1
	for i, a := range args {
		if info, err := os.Stat(a); err == nil && info.Mode().IsRegular() {
			if at >= 0 {
				return args, nothing // a second file: the one read is not known
			}
			at = i
		}
	}
	if at < 0 {
		return args, nothing
	}
	data, err := os.ReadFile(args[at])
	if err != nil || bytes.Count(data, outputIntentKey) != 1 {
		return args, nothing
	}
	f, err := os.CreateTemp("", "poppler-*.pdf")
	if err != nil {
		return args, nothing
	}
	_, werr := f.Write(bytes.Replace(data, outputIntentKey, hiddenIntentKey, 1))
	if cerr := f.Close(); werr != nil || cerr != nil {
		os.Remove(f.Name())
		return args, nothing
	}
	copied := slices.Clone(args)
	copied[at] = f.Name()
	return copied, func() { os.Remove(f.Name()) }
}
