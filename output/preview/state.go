package preview

import (
	"errors"

	"brochure/content"
	"brochure/layout"
)

// stateMessage is what the server sends the page after each build.
type stateMessage struct {
	Version  int        `json:"version"`
	Title    string     `json:"title,omitempty"`
	BuiltMS  int64      `json:"built_ms"`
	Pages    []pageInfo `json:"pages,omitempty"`
	Warnings []warning  `json:"warnings,omitempty"`
	Findings []finding  `json:"findings,omitempty"`
	Verdict  string     `json:"verdict,omitempty"`
	Errors   []problem  `json:"errors,omitempty"`
}

// pageInfo describes a page: its number, size and bleed in points, and
// the hash of its image, which changes when its content does.
type pageInfo struct {
	N      int     `json:"n"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Bleed  float64 `json:"bleed"`
	Hash   string  `json:"hash"`
}

// warning is a typesetting warning and the band of its page it is about.
// Kind names it ("overfull-line", "underfull-page", …); a finding of the
// composition report (a fault of the page make-up) is marked as such and
// names its element, so the page marks it in its own colour and words.
type warning struct {
	Kind        string  `json:"kind"`
	Composition bool    `json:"composition,omitempty"`
	Element     string  `json:"element,omitempty"`
	Where       string  `json:"where"`
	Message     string  `json:"message"`
	Page        int     `json:"page,omitempty"`
	Top         float64 `json:"top,omitempty"`
	Height      float64 `json:"height,omitempty"`
}

// finding is a check result.
type finding struct {
	Rule    string `json:"rule"`
	Status  string `json:"status"`
	Value   string `json:"value"`
	Message string `json:"message"`
	Page    int    `json:"page,omitempty"`
}

// problem is one error of a failed build, located in its file.
type problem struct {
	Location string `json:"location"` // file:line:col: key
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Message  string `json:"message"`
}

// errorsOf lists a failed build's problems for the overlay.
func errorsOf(err error) []problem {
	var out []problem
	var diags content.Diagnostics
	if errors.As(err, &diags) {
		for _, d := range diags {
			out = append(out, problem{Location: d.Location(), Line: d.Pos.Line, Column: d.Pos.Col, Message: d.Msg})
		}
		return out
	}
	return []problem{{Location: "build", Message: err.Error()}}
}

// warningsOf lists a document's typesetting warnings with their places.
func warningsOf(d *layout.Document) []warning {
	out := make([]warning, 0, len(d.Warnings))
	for _, w := range d.Warnings {
		out = append(out, warning{Kind: w.Kind.String(), Composition: w.Kind.Composition(), Element: w.Element,
			Where: w.Where, Message: w.Msg, Page: w.Page, Top: w.Top.Points(), Height: w.Height.Points()})
	}
	return out
}
