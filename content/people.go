package content

import (
	"fmt"
	"strings"
)

// people reads a section's speakers or its moderation (key). A person
// entered twice in the same list can only be a slip — the brochure would
// print „Anna Muster / Anna Muster“ —, so the second entry is refused at
// its name, naming the first.
func (d *decoder) people(path string, m map[string]any, key string) []Person {
	var out []Person
	first := map[string]int{}
	for i, t := range d.tables(path, m, key) {
		at := fmt.Sprintf("%s.%s[%d]", path, key, i)
		p := d.person(at, t)
		name := strings.Join(strings.Fields(p.Name), " ")
		if j, twice := first[name]; twice && name != "" {
			d.errorf(joinPath(at, "name"), "%s is entered twice in this section's %s (also at %s[%d]) and would be printed twice; delete one of the two [[sections.%s]] entries", name, key, key, j, key)
			continue
		}
		first[name] = i
		out = append(out, p)
	}
	return out
}
