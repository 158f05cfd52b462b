package preflight

import (
	"strings"
	"testing"

	"brochure/layout"
)

// TestFunderLogoMessageNamesNoOtherLabel: a funder without its artwork
// fails funder-logo by its name, and the message does not claim a label
// the page may not show („In Kooperation mit:“ printed, „Gefördert durch:“
// said).
func TestFunderLogoMessageNamesNoOtherLabel(t *testing.T) {
	doc := &layout.Document{Pages: []layout.Page{{Items: nil}}}
	doc.Pages[0].Items = append(doc.Pages[0].Items, &layout.Mark{Kind: layout.MarkFunderName, Label: "Landeshauptstadt Hannover"})
	r := &Report{}
	checkFunderLogos(r, doc)
	if len(r.Findings) != 1 || r.Findings[0].Status != Fail {
		t.Fatalf("findings %+v, want one failure", r.Findings)
	}
	msg := r.Findings[0].Message
	if !strings.Contains(msg, "Landeshauptstadt Hannover") || strings.Contains(msg, "Gefördert durch") {
		t.Errorf("message %q: want the funder's name and no label it may not have", msg)
	}
}
