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

// uniqueNames refuses a name given twice in a programme item's speakers
// (path), at its second place, for the reason people does; the list is
// returned without it.
func (d *decoder) uniqueNames(path string, names []string) []string {
	out := make([]string, 0, len(names))
	first := map[string]int{}
	for i, n := range names {
		name := strings.Join(strings.Fields(n), " ")
		if j, twice := first[name]; twice && name != "" {
			d.errorf(fmt.Sprintf("%s[%d]", path, i), "%s is given twice in this item's speakers (also at speakers[%d]) and would be printed twice; delete one", name, j)
			continue
		}
		first[name] = i
		out = append(out, n)
	}
	return out
}
