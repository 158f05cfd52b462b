package fonts

import (
	"fmt"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// Style selects a face within a family.
type Style uint8

// The four faces of a family; Bold|Italic is BoldItalic.
const (
	Regular Style = 0
	Bold    Style = 1
	Italic  Style = 2
	// BoldItalic is Bold|Italic.
	BoldItalic Style = Bold | Italic
)

// Family is a regular, bold, italic and bold italic face of one design.
type Family struct {
	Name  string
	faces [4]*Face
}

// Face returns the face for a style.
func (fam *Family) Face(s Style) *Face { return fam.faces[s&BoldItalic] }

// NewFamily parses the four faces of a family from TrueType data, given in
// the order regular, bold, italic, bold italic.
func NewFamily(name string, regular, bold, italic, boldItalic []byte) (*Family, error) {
	fam := &Family{Name: name}
	suffix := [4]string{"Regular", "Bold", "Italic", "BoldItalic"}
	for i, data := range [4][]byte{regular, bold, italic, boldItalic} {
		f, err := Parse(fmt.Sprintf("%s-%s", name, suffix[i]), data)
		if err != nil {
			return nil, err
		}
		fam.faces[i] = f
	}
	return fam, nil
}

var (
	serifOnce, sansOnce sync.Once
	serif, sans         *Family
)

// Serif is the embedded default text family, Liberation Serif (metrics of
// Times New Roman), parsed once per process.
func Serif() *Family {
	serifOnce.Do(func() {
		serif = mustFamily("LiberationSerif", liberationserifregular.TTF, liberationserifbold.TTF,
			liberationserifitalic.TTF, liberationserifbolditalic.TTF)
	})
	return serif
}

// Sans is the embedded default display family, Liberation Sans (metrics of
// Arial), parsed once per process.
func Sans() *Family {
	sansOnce.Do(func() {
		sans = mustFamily("LiberationSans", liberationsansregular.TTF, liberationsansbold.TTF,
			liberationsansitalic.TTF, liberationsansbolditalic.TTF)
	})
	return sans
}

// mustFamily parses a family shipped inside the binary; failure there is a
// broken build, not bad input.
func mustFamily(name string, faces ...[]byte) *Family {
	fam, err := NewFamily(name, faces[0], faces[1], faces[2], faces[3])
	if err != nil {
		panic("embedded font " + name + ": " + err.Error())
	}
	return fam
}
