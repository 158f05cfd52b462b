package main

import (
	"bytes"
	"io"

	"brochure/layout"
)

// newWarnings remembers the warnings of the last build that watch or
// serve printed, so that each rebuild prints only the warnings it did not
// have: each once, until it goes away and comes back. It holds no more
// than one build's warnings.
type newWarnings struct {
	last map[string]bool
}

// print writes the warnings of a build that the build before lacked,
// indented under the build's status line, as build prints them.
func (n *newWarnings) print(w io.Writer, warnings []layout.Warning) {
	current := make(map[string]bool, len(warnings))
	var fresh []layout.Warning
	for _, warning := range warnings {
		key := warning.String()
		if !current[key] && !n.last[key] {
			fresh = append(fresh, warning)
		}
		current[key] = true
	}
	n.last = current
	if len(fresh) == 0 {
		return
	}
	var buf bytes.Buffer
	printWarnings(&buf, fresh)
	io.WriteString(w, indent(buf.String())+"\n")
}
