package content

import (
	"fmt"
	"sort"
	"strings"
)

// Position is a place in a source file; Line and Col count from 1, and 0
// means unknown.
type Position struct {
	Line, Col int
}

// Diagnostic is one problem found in the content, tied to a file position
// (when known) and always to a key path such as sections[3].speakers[0].name.
type Diagnostic struct {
	File string
	Pos  Position
	Path string
	Msg  string
	// Subject is the file the problem is about when that is not File: a
	// photo, logo, theme or font the key names that is missing or cannot
	// be used. watch follows it, so adding or fixing it rebuilds.
	Subject string
}

// String formats the diagnostic as file:line:col: path: message.
func (d Diagnostic) String() string {
	return d.Location() + ": " + d.Msg
}

// Location formats where the diagnostic points: file:line:col: path.
func (d Diagnostic) Location() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Pos.Line)
		if d.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Pos.Col)
		}
	}
	if d.Path != "" {
		b.WriteString(": ")
		b.WriteString(d.Path)
	}
	return b.String()
}

// Diagnostics is every problem found in one content file. As an error it
// prints one diagnostic a line, in file order.
type Diagnostics []Diagnostic

// Error joins the diagnostics, one a line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// sortByPosition orders diagnostics by line, then column, keeping the
// order of discovery for equal positions (unknown lines last).
func (ds Diagnostics) sortByPosition() {
	line := func(d Diagnostic) int {
		if d.Pos.Line == 0 {
			return 1 << 30
		}
		return d.Pos.Line
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if line(ds[i]) != line(ds[j]) {
			return line(ds[i]) < line(ds[j])
		}
		return ds[i].Pos.Col < ds[j].Pos.Col
	})
}
