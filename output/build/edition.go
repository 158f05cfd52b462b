package build

import (
	"brochure/content"
	"brochure/layout"
	"brochure/output"
	"brochure/output/preflight"
)

// Edition names one of the two files a brochure is made as.
type Edition int

// The two editions of a brochure.
const (
	// Print is PDF/X-4 in process colours with bleed, bound, for the
	// print shop.
	Print Edition = iota
	// Screen is PDF/A-2a and PDF/UA-1 in RGB without bleed, one-sided,
	// for reading and publishing.
	Screen
)

// String names the edition as the command line does.
func (e Edition) String() string {
	if e == Screen {
		return "screen"
	}
	return "print"
}

// checkContent applies what the edition requires of the content beyond
// its validation: the screen edition is published for screen readers
// and under BITV 2.0, so every picture needs its alternate text and the
// theme's text its contrast (print warns of both instead, in layout).
func (e Edition) checkContent(doc *content.Document) error {
	if e != Screen {
		return nil
	}
	refused := doc.MissingAlt()
	if doc.Theme != nil {
		refused = append(refused, doc.Theme.Contrast...)
	}
	if len(refused) > 0 {
		return refused
	}
	return nil
}

// layoutOptions are what the edition asks of the layout. Only the print
// edition is bound, and only when the theme pads its pages
// (page_multiple above 1): a theme of page_multiple 1 makes a one-sided
// print edition with the funding notice at the end of the body.
func (e Edition) layoutOptions(th layout.Theme) layout.Options {
	return layout.Options{Bound: e == Print && th.PageMultiple > 1}
}

// profile is the written file's profile for the edition: PDF/X-4 for the
// printing condition (with its CMYK profile, which must pass
// CheckICCProfile, and crop marks if asked) or PDF/A-2a with PDF/UA-1 in
// sRGB.
func (e Edition) profile(p Printing) (output.Profile, error) {
	if e == Screen {
		return output.ScreenProfile(), nil
	}
	if len(p.ICC) > 0 {
		if err := CheckICCProfile(p.ICC); err != nil {
			return output.Profile{}, err
		}
	}
	prof, err := output.PrintProfile(p.Condition, p.ICC, p.Marks)
	if err != nil {
		return prof, SettingError{err.Error()}
	}
	return prof, nil
}

// expectations are what preflight checks the written file against: the
// profile it was written with, for print process colours only, and the
// resolution the edition's pictures want.
func (e Edition) expectations(prof output.Profile) preflight.Expectations {
	images := preflight.PrintResolution()
	if e == Screen {
		images = preflight.ScreenResolution()
	}
	return preflight.Expectations{Edition: e.String(), Profile: prof, ProcessColours: e == Print, Images: images}
}
