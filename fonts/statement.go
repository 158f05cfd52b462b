package fonts

import (
	_ "embed" // the statement face
	"strings"
)

// The EU funding statement beside the emblem („Kofinanziert von der
// Europäischen Union“) must be set in one of the typefaces Annex IX 1.3 of
// Regulation (EU) 2021/1060 names. The built-in sans, Liberation Sans, has
// Arial's metrics but is not Arial; Ubuntu, one of those named, is free to
// embed and is compiled in for the statement (Ubuntu Font Licence 1.0,
// fonts/ubuntu/LICENCE.txt).

// StatementTypefaces are the typefaces Annex IX 1.3 allows for the
// statement.
var StatementTypefaces = []string{"Arial", "Auto", "Calibri", "Garamond", "Trebuchet", "Tahoma", "Verdana", "Ubuntu"}

// AllowedForStatement reports whether a face, by its PostScript name
// (a subset's tag before „+“ and the style after „-“ aside), is of one of
// the StatementTypefaces: the family itself, or it with the foundry's
// suffix („ArialMT“, „TrebuchetMS“); any Garamond cut („EBGaramond“).
// „Ubuntu Mono“ or „Autour One“ are other typefaces.
func AllowedForStatement(face string) bool {
	if _, after, ok := strings.Cut(face, "+"); ok {
		face = after
	}
	family, _, _ := strings.Cut(face, "-")
	family = strings.ToLower(strings.ReplaceAll(family, " ", ""))
	for _, t := range StatementTypefaces {
		t = strings.ToLower(t)
		switch {
		case family == t, family == t+"mt", family == t+"ms", family == t+"psmt":
			return true
		case t == "garamond" && strings.Contains(family, t):
			return true
		}
	}
	return false
}

//go:embed ubuntu/Ubuntu-Regular.ttf
var ubuntuRegular []byte

// statement is Ubuntu Regular, for every style: the statement is never
// bold or italic.
var statement = oneFaceFamily("Ubuntu", ubuntuRegular)

// Statement is the family the EU funding statement is set in where the
// theme's own faces are not of the StatementTypefaces: Ubuntu Regular,
// parsed once per process, when first used.
func Statement() *Family { return statement }

// oneFaceFamily is a family compiled into the program of one regular face,
// which stands for every style.
func oneFaceFamily(name string, data []byte) *Family {
	fam := embeddedFamily(name, data, nil, nil, nil)
	for i := 1; i < len(fam.lazy); i++ {
		fam.lazy[i] = func() *Face { return fam.Face(Regular) }
	}
	return fam
}
