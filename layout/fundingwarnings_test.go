package layout

import (
	"strings"
	"testing"
)

// TestBuildWarnsWithoutTheEUEmblem: a funding notice without
// eu_cofunded = true prints no EU emblem, which brochure check fails
// (eu-emblem); the build says so at the [funding] table, and says nothing
// once it is set (the example).
func TestBuildWarnsWithoutTheEUEmblem(t *testing.T) {
	doc := exampleDocument(t)
	for _, cofunded := range []bool{true, false} {
		f := *doc.Funding
		f.EUCofunded = cofunded
		d := *doc
		d.Funding = &f
		var found []Warning
		for _, w := range Compose(&d, DefaultTheme(), bound).Warnings {
			if w.Kind == WarnNoFunding {
				found = append(found, w)
			}
		}
		switch {
		case cofunded && len(found) > 0:
			t.Errorf("eu_cofunded = true: warned %q", found[0].Msg)
		case !cofunded && (len(found) != 1 || !strings.HasSuffix(found[0].Where, ": funding") || !strings.Contains(found[0].Msg, "eu_cofunded = true")):
			t.Errorf("eu_cofunded unset: warnings %+v, want one at the [funding] table naming eu_cofunded = true", found)
		}
	}
}
