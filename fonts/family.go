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
// Faces are parsed when first asked for: a brochure rarely uses all four.
type Family struct {
	Name  string
	faces [4]*Face
	// lazy holds what is needed to parse faces on demand.
	lazy [4]func() *Face
	once [4]sync.Once
}

// Face returns the face for a style.
func (fam *Family) Face(s Style) *Face {
	i := s & BoldItalic
	if fam.lazy[i] != nil {
		fam.once[i].Do(func() { fam.faces[i] = fam.lazy[i]() })
	}
	return fam.faces[i]
}

func faceName(family string, style int) string {
	return fmt.Sprintf("%s-%s", family, [4]string{"Regular", "Bold", "Italic", "BoldItalic"}[style])
}

// FamilyOf makes a family of four parsed faces (regular, bold, italic,
// bold italic); ok is false when one of them is missing.
func FamilyOf(name string, faces [4]*Face) (fam *Family, ok bool) {
	for _, f := range faces {
		if f == nil {
			return nil, false
		}
	}
	return &Family{Name: name, faces: faces}, true
}

// embeddedFamily is a family compiled into the program: its faces are
// parsed on first use; failure there is a broken build, not bad input.
func embeddedFamily(name string, faces ...[]byte) *Family {
	fam := &Family{Name: name}
	for i := range fam.lazy {
		data := faces[i]
		fam.lazy[i] = func() *Face {
			f, err := openEmbedded(faceName(name, i), data)
			if err != nil {
				panic("embedded font " + name + ": " + err.Error())
			}
			return f
		}
	}
	return fam
}

// Preload parses the given styles of a family concurrently, so the first
// page does not wait for them one after another.
func (fam *Family) Preload(styles ...Style) {
	var wg sync.WaitGroup
	for _, s := range styles {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fam.Face(s)
		}()
	}
	wg.Wait()
}

var (
	serif = embeddedFamily("LiberationSerif", liberationserifregular.TTF, liberationserifbold.TTF,
		liberationserifitalic.TTF, liberationserifbolditalic.TTF)
	sans = embeddedFamily("LiberationSans", liberationsansregular.TTF, liberationsansbold.TTF,
		liberationsansitalic.TTF, liberationsansbolditalic.TTF)
)

// Serif is the embedded default text family, Liberation Serif (metrics of
// Times New Roman); each face is parsed once per process, when first used.
func Serif() *Family { return serif }

// Sans is the embedded default display family, Liberation Sans (metrics of
// Arial); each face is parsed once per process, when first used.
func Sans() *Family { return sans }
