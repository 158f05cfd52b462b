package preflight

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"brochure/layout"
	"brochure/layout/typeset"
)

// checkImages measures each raster picture's effective resolution as
// placed against what the edition asks (for print: below 300 ppi warns,
// below 150 ppi fails), a row for each picture below it, the lowest
// first, so the organiser replaces them all at once.
func checkImages(r *Report, doc *layout.Document, want Resolution) {
	edition := r.Edition
	if want == (Resolution{}) {
		want, edition = PrintResolution(), "print"
	}
	type placed struct {
		ppi  float64
		file string
		page int
	}
	var low []placed
	least, count := math.Inf(1), 0
	for pi, p := range doc.Pages {
		for _, it := range p.Items {
			if pic, ok := it.(*layout.Picture); ok && pic.EffectivePPI() > 0 {
				count++
				ppi := pic.EffectivePPI()
				least = min(least, ppi)
				if ppi < want.Wanted {
					low = append(low, placed{ppi, layout.ImageOf(pic).File, pi + 1})
				}
			}
		}
	}
	slices.SortStableFunc(low, func(a, b placed) int { return cmp.Compare(a.ppi, b.ppi) })
	for _, l := range low {
		if l.ppi < want.Least {
			r.add("image-resolution", Fail, fmt.Sprintf("%.0f ppi", l.ppi), "%s is placed at %.0f ppi; the %s edition needs %.0f ppi (at least %.0f)", l.file, l.ppi, edition, want.Wanted, want.Least).Page = l.page
		} else {
			r.add("image-resolution", Warn, fmt.Sprintf("%.0f ppi", l.ppi), "%s is placed at %.0f ppi; the %s edition wants %.0f ppi", l.file, l.ppi, edition, want.Wanted).Page = l.page
		}
	}
	switch {
	case count == 0:
		r.add("image-resolution", Pass, "no raster images", "nothing to measure")
	case len(low) == 0:
		r.add("image-resolution", Pass, fmt.Sprintf("≥ %.0f ppi", least), "every raster image at %.0f ppi or more", want.Wanted)
	}
}

// checkSafetyMargin keeps text away from the trim.
func checkSafetyMargin(r *Report, doc *layout.Document) {
	margin := doc.SafetyMargin
	closest := typeset.Scaled(math.MaxInt64)
	var what string
	var page int
	for pi, p := range doc.Pages {
		for _, it := range p.Items {
			g, ok := it.(*typeset.GlyphRun)
			if !ok {
				continue
			}
			asc, desc := typeset.OfEm(g.Face.Ascent, g.Size), typeset.OfEm(-g.Face.Descent, g.Size)
			for _, d := range []typeset.Scaled{g.X, p.Width - (g.X + g.Width), g.Y - asc, p.Height - (g.Y + desc)} {
				if d < closest {
					closest, what, page = d, fmt.Sprintf("page %d: %q", pi+1, g.Text), pi+1
				}
			}
		}
	}
	if closest < margin {
		r.add("safety-margin", Fail, fmt.Sprintf("%s (%s)", mm(closest), what), "text lies closer to the trim than the safety margin of %s", mm(margin)).Page = page
		return
	}
	r.add("safety-margin", Pass, "closest "+mm(closest), "all text at least %s inside the trim", mm(margin))
}

// checkTypography carries the engine's warnings into the report, counted
// by kind.
func checkTypography(r *Report, doc *layout.Document) {
	rules := []struct {
		rule  string
		kinds []layout.WarningKind
		what  string
	}{
		{"typography-overfull", []layout.WarningKind{layout.WarnOverfull}, "overfull lines"},
		{"typography-underfull", []layout.WarningKind{layout.WarnUnderfull}, "underfull lines"},
		{"typography-widows-orphans", []layout.WarningKind{layout.WarnWidow, layout.WarnOrphan}, "widows or orphans"},
		{"typography-hyphenated-names", []layout.WarningKind{layout.WarnHyphenatedName}, "hyphenated names"},
		{"typography-missing-glyphs", []layout.WarningKind{layout.WarnMissingGlyph}, "characters missing from their font"},
		// The screen edition refuses such a theme; the print edition is
		// set, and check says it here.
		{"screen-contrast", []layout.WarningKind{layout.WarnLowContrast}, "theme colours too faint for the screen (WCAG 1.4.3)"},
	}
	// Content the program could not make is a failure, not a warning: an
	// address printed without its QR code cannot be scanned from paper.
	missingQR, example := 0, ""
	for _, w := range doc.Warnings {
		if w.Kind == layout.WarnNoQRCode {
			missingQR++
			if example == "" {
				example = w.String()
			}
		}
	}
	if missingQR > 0 {
		r.add("qr-codes", Fail, strconv.Itoa(missingQR), "%d addresses printed without their QR code, e.g. %s", missingQR, example)
	} else {
		r.add("qr-codes", Pass, "0", "every presentation and link has its QR code")
	}
	for _, rule := range rules {
		count, example := 0, ""
		for _, w := range doc.Warnings {
			for _, k := range rule.kinds {
				if w.Kind == k {
					count++
					if example == "" {
						example = w.String()
					}
				}
			}
		}
		if count > 0 {
			r.add(rule.rule, Warn, strconv.Itoa(count), "%d %s, e.g. %s", count, rule.what, example)
		} else {
			r.add(rule.rule, Pass, "0", "no %s", rule.what)
		}
	}
}
