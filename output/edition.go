package output

import (
	"fmt"

	"brochure/assets"
)

// ColourModel is the device colour space content-stream colours are
// written in.
type ColourModel int

// Device colour models of the editions.
const (
	ProcessCMYK ColourModel = iota // DeviceCMYK: k/K operators
	ScreenRGB                      // DeviceRGB: rg/RG operators
)

// ICCProfile is an ICC profile ready to embed: its data Flate-compressed
// and its number of colour components.
type ICCProfile struct {
	Flate      []byte
	Components int // 1, 3 or 4
	// Name describes it in messages and the output intent.
	Name string
}

// OutputIntent is the printing condition (or display) a file is made for
// (ISO 32000-1, 14.11.5).
type OutputIntent struct {
	Subtype    string // "GTS_PDFX" or "GTS_PDFA1"
	Identifier string // OutputConditionIdentifier
	Info       string
	Profile    ICCProfile
}

// Profile says everything an edition means to the written file. The
// build pipeline (output/build) chooses it for the edition; output knows
// no edition, only the profile.
type Profile struct {
	// Version is the PDF version written in the header.
	Version string
	// PDFX is the PDF/X version the file claims ("PDF/X-4"), or "".
	PDFX string
	// PDFAPart and PDFAConformance are the PDF/A level the file claims
	// (2 and "B"), or 0 and "".
	PDFAPart        int
	PDFAConformance string
	// PDFUA is the part of PDF/UA (ISO 14289) the file claims, or 0.
	// Both editions are tagged; the screen edition, which funders put
	// online, also claims PDF/UA-1 and PDF/A-2a.
	PDFUA int
	// Bleed: pages extend past the trim by the layout's bleed, with
	// TrimBox and BleedBox; Marks adds crop marks outside it.
	Bleed, Marks bool
	// Colours is the colour model of text, rules and drawn shapes.
	Colours ColourModel
	Intent  OutputIntent
	// Forbidden is the device colour space the standard does not allow
	// ("DeviceRGB" under a CMYK intent, "DeviceCMYK" under an RGB one).
	// Images and imported artwork in it are written with Substitute, an
	// ICC profile of the same number of components, instead.
	Forbidden  string
	Substitute ICCProfile
	// SRGB is the profile of RGB images that carry none of their own.
	SRGB ICCProfile
}

// Default print characterisation of the print edition.
const (
	DefaultOutputCondition = "FOGRA39"
	fogra39Info            = "Coated FOGRA39 (ISO 12647-2:2004)"
)

// PrintProfile is the profile of the print edition: PDF/X-4 for the given printing
// condition. Its CMYK profile is icc, or the built-in FOGRA39 profile when
// condition is FOGRA39 and icc is nil; any other condition needs icc,
// since PDF/X-4 requires the profile embedded.
func PrintProfile(condition string, icc []byte, marks bool) (Profile, error) {
	if condition == "" {
		condition = DefaultOutputCondition
	}
	cmyk := ICCProfile{Components: 4, Name: fogra39Info}
	info := condition
	switch {
	case len(icc) > 0:
		cmyk = ICCProfile{Flate: deflate(icc), Components: 4, Name: condition}
		if condition == DefaultOutputCondition {
			info = fogra39Info
		}
	case condition == DefaultOutputCondition:
		cmyk.Flate = assets.FOGRA39ProfileFlate
		info = fogra39Info
	default:
		return Profile{}, fmt.Errorf("-output-condition %s: needs its ICC profile (-icc PROFILE.icc), which PDF/X-4 embeds", condition)
	}
	srgb := sRGBProfile()
	return Profile{
		Version: "1.6", PDFX: "PDF/X-4",
		Bleed: true, Marks: marks, Colours: ProcessCMYK,
		Intent:    OutputIntent{Subtype: "GTS_PDFX", Identifier: condition, Info: info, Profile: cmyk},
		Forbidden: "DeviceRGB", Substitute: srgb, SRGB: srgb,
	}, nil
}

// ScreenProfile is the profile of the screen edition: PDF/A-2 with an sRGB output
// intent. CMYK images and artwork are written with the FOGRA39 profile.
func ScreenProfile() Profile {
	srgb := sRGBProfile()
	return Profile{
		Version: "1.7", PDFAPart: 2, PDFAConformance: "A", PDFUA: 1,
		Colours:    ScreenRGB,
		Intent:     OutputIntent{Subtype: "GTS_PDFA1", Identifier: "sRGB IEC61966-2.1", Info: "sRGB IEC61966-2.1", Profile: srgb},
		Forbidden:  "DeviceCMYK",
		Substitute: ICCProfile{Flate: assets.FOGRA39ProfileFlate, Components: 4, Name: fogra39Info},
		SRGB:       srgb,
	}
}

// sRGBProfile is the sRGB profile, stored compressed.
func sRGBProfile() ICCProfile {
	return ICCProfile{Flate: assets.SRGBProfileFlate, Components: 3, Name: "sRGB IEC61966-2.1"}
}
