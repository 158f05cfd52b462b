package pdftest

import (
	"encoding/json"
	"strings"
	"testing"
)

// Structure is what qpdf's JSON tells about pages, outlines and objects.
type Structure struct {
	Pages []struct {
		Object string `json:"object"`
	} `json:"pages"`
	Outlines []struct {
		Title string `json:"title"`
		Page  int    `json:"destpageposfrom1"`
	} `json:"outlines"`
	QPDF []json.RawMessage `json:"qpdf"`
}

// Annotation is a link annotation: its rectangle and target.
type Annotation struct {
	Page       int // from 1
	Rect       [4]float64
	URI        string
	IsInternal bool
}

// ReadStructure reads a PDF's pages, outline and link annotations with
// qpdf --json.
func ReadStructure(t testing.TB, pdf string) (Structure, []Annotation) {
	t.Helper()
	var s Structure
	out := Tool(t, "qpdf", "--json=2", "--json-key=pages", "--json-key=outlines", "--json-key=qpdf", pdf)
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("qpdf JSON: %v", err)
	}
	var objects map[string]struct {
		Value map[string]any `json:"value"`
	}
	if err := json.Unmarshal(s.QPDF[1], &objects); err != nil {
		t.Fatalf("qpdf JSON objects: %v", err)
	}
	var annots []Annotation
	for i, p := range s.Pages {
		list, _ := objects["obj:"+p.Object].Value["/Annots"].([]any)
		for _, a := range list {
			dict, ok := a.(map[string]any)
			if !ok {
				if ref, isRef := a.(string); isRef {
					dict = objects["obj:"+ref].Value
				}
			}
			if dict["/Subtype"] == "/Link" {
				annots = append(annots, linkAnnotation(i+1, dict))
			}
		}
	}
	return s, annots
}

// linkAnnotation reads a link annotation's dictionary from qpdf's JSON.
func linkAnnotation(page int, dict map[string]any) Annotation {
	an := Annotation{Page: page}
	rect, _ := dict["/Rect"].([]any)
	for k := 0; k < 4 && k < len(rect); k++ {
		an.Rect[k], _ = rect[k].(float64)
	}
	if action, ok := dict["/A"].(map[string]any); ok {
		uri, _ := action["/URI"].(string)
		an.URI = strings.TrimPrefix(uri, "u:")
	} else {
		an.IsInternal = true
	}
	return an
}
