package fonts

import (
	"bytes"
	"os"
	"testing"

	"github.com/go-text/typesetting/font"
)

// shapingKerning is a face's kerning answered by HarfBuzz shaping each
// pair over go-text's reading of the complete font file.
func shapingKerning(t *testing.T, face *Face) *pairKerning {
	t.Helper()
	full, err := font.ParseTTF(bytes.NewReader(face.Data))
	if err != nil {
		t.Fatal(err)
	}
	shaped := &Face{Name: face.Name, Data: face.Data, sfnt: face.sfnt, ot: full, upem: face.upem, advances: map[rune]int16{}}
	return newPairKerning(shaped, nil)
}

// TestGPOSPairsAgreeWithShaping reads every pair of a wide German and
// punctuation repertoire from the GPOS tables directly and compares it with
// HarfBuzz shaping the pair, for all eight embedded faces.
func TestGPOSPairsAgreeWithShaping(t *testing.T) {
	var faces []*Face
	for _, fam := range []*Family{Serif(), Sans()} {
		for _, style := range []Style{Regular, Bold, Italic, BoldItalic} {
			faces = append(faces, fam.Face(style))
		}
	}
	comparePairsWithShaping(t, faces)
}

// TestGPOSClassPairsAgreeWithShaping does the same for DejaVu Sans and
// Serif (Debian's fonts-dejavu-core), whose kerning is class-based
// (PairPos format 2), which the embedded Liberation faces do not use.
func TestGPOSClassPairsAgreeWithShaping(t *testing.T) {
	var faces []*Face
	for _, name := range []string{"DejaVuSans", "DejaVuSerif-Bold"} {
		path := "/usr/share/fonts/truetype/dejavu/" + name + ".ttf"
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (install fonts-dejavu-core; .ci/run does)", err)
		}
		face, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		faces = append(faces, face)
	}
	comparePairsWithShaping(t, faces)
}

// comparePairsWithShaping reads every pair of a wide German and
// punctuation repertoire from GPOS directly and by HarfBuzz shaping.
func comparePairsWithShaping(t *testing.T, faces []*Face) {
	chars := []rune("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß0123456789.,;:!?-–—„“‚‘»«()/&*%€§'\"")
	for _, face := range faces {
		k := face.kerning
		if k.pairs() == nil {
			t.Fatalf("%s: kerning not read from GPOS", face.Name)
		}
		shaping := shapingKerning(t, face)
		kerned, differ := 0, 0
		for _, a := range chars {
			for _, b := range chars {
				direct := k.between(a, b)
				shaped := shaping.between(a, b)
				if direct != 0 {
					kerned++
				}
				if direct != shaped {
					differ++
					if differ <= 5 {
						t.Errorf("%s: %q%q: GPOS gives %d, shaping %d", face.Name, a, b, direct, shaped)
					}
				}
			}
		}
		if kerned < 50 {
			t.Errorf("%s: only %d kerned pairs: the comparison proves little", face.Name, kerned)
		}
		if differ > 0 {
			t.Errorf("%s: %d of %d pairs differ", face.Name, differ, len(chars)*len(chars))
		}
	}
}
