package fonts

import "testing"

// TestGPOSPairsAgreeWithShaping reads every pair of a wide German and
// punctuation repertoire from the GPOS tables directly and compares it with
// HarfBuzz shaping the pair, for all eight embedded faces.
func TestGPOSPairsAgreeWithShaping(t *testing.T) {
	chars := []rune("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜabcdefghijklmnopqrstuvwxyzäöüß0123456789.,;:!?-–—„“‚‘»«()/&*%€§'\"")
	for _, fam := range []*Family{Serif(), Sans()} {
		for _, style := range []Style{Regular, Bold, Italic, BoldItalic} {
			face := fam.Face(style)
			k := face.kerning
			if k.gpos == nil {
				t.Fatalf("%s: kerning not read from GPOS", face.Name)
			}
			kerned, differ := 0, 0
			for _, a := range chars {
				for _, b := range chars {
					direct := k.between(a, b)
					shaped := k.shapePair(a, b)
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
}
