package content

import (
	"errors"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// maxSetAside bounds how many slipped values one reading sets aside.
const maxSetAside = 20

// syntaxErrors reports a syntax slip and, where the slip is a value on
// its key's line (date = 12.3.2026, time = 9:30), the problems after it
// too: the value is set aside ("" in its place, and nothing said about
// its key again) and the file read on, so an organiser sees at once
// every slip the file holds — a misspelt key below a date written the
// German way, not one after the other, build by build.
func syntaxErrors(name, src string, err error, opts Options) Diagnostics {
	var diags Diagnostics
	asideLines := map[int]bool{}
	for range maxSetAside {
		diag := syntaxDiagnostic(name, src, err)
		if slices.Contains(diags, diag) {
			break
		}
		diags = append(diags, diag)
		line, repaired, ok := setAside(src, err)
		if !ok || asideLines[line] || diag.Pos.Line != line {
			break // a slip said elsewhere than where the parser stopped: no value of its own
		}
		asideLines[line] = true
		src = repaired
		var tree map[string]any
		if _, err = toml.Decode(src, &tree); err == nil {
			d := &decoder{file: name, keys: locateKeys(src), opts: opts}
			d.document(tree, src)
			d.loadTheme(tree, opts)
			for _, diag := range d.diags {
				if !asideLines[diag.Pos.Line] {
					diags = append(diags, diag)
				}
			}
			break
		}
	}
	diags.sortByPosition()
	return diags
}

// setAside replaces the value of the key on the line where the parser
// stopped with "", when the slip is in that value and the value stands
// on that line alone (not a multi-line text, array or table, whose end
// would be read as more slips). It returns the line and the text with
// the value set aside.
func setAside(src string, err error) (int, string, bool) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return 0, "", false
	}
	lines := strings.Split(src, "\n")
	n := pe.Position.Line
	if n < 1 || n > len(lines) {
		return 0, "", false
	}
	line := lines[n-1]
	m := keyOnLine().FindStringSubmatchIndex(line)
	if m == nil || pe.Position.Col <= strings.IndexByte(line, '=')+1 {
		return 0, "", false
	}
	value := line[m[4]:m[5]]
	for _, opening := range []string{`"""`, `'''`, "[", "{"} {
		if strings.HasPrefix(value, opening) {
			return 0, "", false
		}
	}
	lines[n-1] = line[:m[4]] + `""`
	return n, strings.Join(lines, "\n"), true
}
