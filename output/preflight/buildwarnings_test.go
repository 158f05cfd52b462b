package preflight

import (
	"strings"
	"testing"

	"brochure/layout"
)

// TestBuildWarningsListed: check lists the build's warnings about the
// content (a picture too small to see) with their positions and counts
// them in a warning finding, and leaves the faults of the page make-up
// to the composition report and a funder's missing artwork to its rule
// (funder-logo), so nothing is counted twice; with none, the finding
// passes.
func TestBuildWarningsListed(t *testing.T) {
	doc := &layout.Document{Warnings: []layout.Warning{
		{Kind: layout.WarnImageWidth, Where: "content.toml:156:3: sections[3].images[0]", Msg: `fotos/b2.jpg: width = "half" sets it 38 mm wide`},
		{Kind: layout.WarnUnderfullPage, Where: "content.toml:12:1: sections[1].body", Msg: "column 2 of page 4 is 20 % empty", Page: 4},
		{Kind: layout.WarnMissingLogo, Where: "content.toml:90:3: funding.funders[0]", Msg: "no official artwork"},
	}}
	r := &Report{}
	checkBuildWarnings(r, doc)
	if len(r.Warnings) != 1 || !strings.HasPrefix(r.Warnings[0].String(), "content.toml:156:3: sections[3].images[0]: warning: fotos/b2.jpg") || r.Warnings[0].Kind != "image-width" {
		t.Errorf("the build's warnings are %+v, want the picture's alone, with its position and kind", r.Warnings)
	}
	if len(r.Findings) != 1 || r.Findings[0].Rule != buildWarningsRule || r.Findings[0].Status != Warn || r.Findings[0].Value != "1" {
		t.Errorf("findings %+v, want one warning finding counting 1", r.Findings)
	}
	r = &Report{}
	checkBuildWarnings(r, &layout.Document{Warnings: doc.Warnings[1:]})
	if len(r.Warnings) != 0 || len(r.Findings) != 1 || r.Findings[0].Status != Pass {
		t.Errorf("with only a fault of the make-up: warnings %q, findings %+v; want none and a pass", r.Warnings, r.Findings)
	}
}
