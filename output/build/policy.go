package build

import (
	"encoding/binary"
	"fmt"
	"strings"

	"brochure/layout"
)

// SettingError is a problem with a setting of the build itself rather
// than with the content: a printing condition without its profile, an
// output profile that is not a CMYK printer profile. The command reports
// it against the flag that gave the setting.
type SettingError struct{ Msg string }

// Error is the message about the setting.
func (e SettingError) Error() string { return e.Msg }

// Refusal lists what the layout could set only incompletely and the
// build therefore refuses: a QR code that cannot be made at the theme's
// size (layout.WarnNoQRCode), since no brochure goes out with a block
// missing its code. Each line names the content's key.
type Refusal []layout.Warning

// Error lists the refused blocks, one a line.
func (r Refusal) Error() string {
	lines := make([]string, len(r))
	for i, w := range r {
		lines[i] = w.Where + ": " + w.Msg
	}
	return strings.Join(lines, "\n")
}

// refusedBlocks returns the warnings that make a build fail, or nil.
func refusedBlocks(warnings []layout.Warning) error {
	var r Refusal
	for _, w := range warnings {
		if w.Kind == layout.WarnNoQRCode {
			r = append(r, w)
		}
	}
	if len(r) == 0 {
		return nil
	}
	return r
}

// CheckICCProfile checks that p is a CMYK output profile the print
// edition can embed (ICC.1, 7.2–7.3): the size in its header matches
// the data, the "acsp" signature, the output ("prtr") class, the CMYK
// colour space, a tag table that fits and the A2B0 tag a colour
// conversion needs. The error says what is wrong.
func CheckICCProfile(p []byte) error {
	if msg := iccProblem(p); msg != "" {
		return SettingError{msg}
	}
	return nil
}

// iccProblem says what is wrong with an ICC output profile, or "".
func iccProblem(p []byte) string {
	if len(p) < 132 || string(p[36:40]) != "acsp" {
		return "not an ICC profile"
	}
	if size := int(binary.BigEndian.Uint32(p[0:4])); size != len(p) {
		return fmt.Sprintf("the profile says it is %d bytes, the file has %d: it is damaged", size, len(p))
	}
	if class := string(p[12:16]); class != "prtr" {
		return fmt.Sprintf("the profile's class is %q; the print edition needs an output (printer) profile", class)
	}
	if space := string(p[16:20]); space != "CMYK" {
		return fmt.Sprintf("the profile's colour space is %q; the print edition needs a CMYK output profile", space)
	}
	count := int(binary.BigEndian.Uint32(p[128:132]))
	if count < 1 || 132+12*count > len(p) {
		return "the profile's tag table is damaged"
	}
	hasA2B0 := false
	for i := 0; i < count; i++ {
		rec := p[132+12*i:]
		off, size := int(binary.BigEndian.Uint32(rec[4:8])), int(binary.BigEndian.Uint32(rec[8:12]))
		if off < 0 || size < 0 || off+size > len(p) {
			return "a tag of the profile lies outside it: it is damaged"
		}
		hasA2B0 = hasA2B0 || string(rec[0:4]) == "A2B0"
	}
	if !hasA2B0 {
		return "the profile has no A2B0 table (a colour conversion to the printing condition)"
	}
	return ""
}

// withoutSuppliedFiles drops, for the built-in example, the warnings that
// ask for a file only the user can supply: the example is embedded in the
// program, so nobody can add its funder's official logo to it, and the
// first command a new user types stays quiet. `init` says which artwork
// its copy needs, building that copy warns until it is supplied, and
// `check` fails the example's funding block for it all the same.
func withoutSuppliedFiles(ws []layout.Warning) []layout.Warning {
	kept := ws[:0:0]
	for _, w := range ws {
		if w.Kind != layout.WarnMissingLogo {
			kept = append(kept, w)
		}
	}
	return kept
}
