package content

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// The theme schema: the struct tags of Theme's section types declare every
// key once (see Theme). This file reads those declarations and, from them,
// lists the keys a table allows and reads their values, with their
// defaults and ranges.

// keyKind is the type of a theme key's value.
type keyKind uint8

// The kinds of theme values, each read by its own decoder method.
const (
	lengthKey  keyKind = iota // a length with its unit, kept in points
	integerKey                // a whole number
	boolKey                   // true or false
	choiceKey                 // one of the names of a choice type
	refKey                    // the name of a [colours] or [fonts] entry
)

// keyDecl is one declared theme key.
type keyDecl struct {
	name  string
	field int // index of the field in its struct
	kind  keyKind
	// lo and hi bound a length (points) or a whole number; span is the
	// range as declared ("50mm..1000mm").
	lo, hi float64
	span   string
	// def is the default as a theme writes it (hasDef false: none; the
	// key is then required unless optional).
	def      string
	hasDef   bool
	optional bool
	choices  choiceSet
	ref      string // "colours" or "fonts" for refKey
	doc      string
}

// refNouns name what a reference key refers to, for messages.
var refNouns = map[string]string{"colours": "colour", "fonts": "font family"}

// schemaOf reads the key declarations of a section type from its tags.
func schemaOf(t reflect.Type) ([]keyDecl, error) {
	var keys []keyDecl
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag, ok := f.Tag.Lookup("key")
		if !ok {
			continue
		}
		k, err := declaration(f, tag)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", t.Name(), f.Name, err)
		}
		k.field = i
		keys = append(keys, k)
	}
	return keys, nil
}

// schemas are the section types' key declarations (schemaResult by
// reflect.Type), read from their tags once per process: they are fixed
// when the program is compiled, so the map holds at most one entry per
// theme section type, and its entries are never changed.
var schemas sync.Map

// schemaResult is what schemaOf gave for a type.
type schemaResult struct {
	keys []keyDecl
	err  error
}

// cachedSchemaOf is schemaOf, read once per type. Callers must not
// change the declarations.
func cachedSchemaOf(t reflect.Type) ([]keyDecl, error) {
	if r, ok := schemas.Load(t); ok {
		return r.(schemaResult).keys, r.(schemaResult).err
	}
	keys, err := schemaOf(t)
	schemas.Store(t, schemaResult{keys, err})
	return keys, err
}

// declaration reads one field's declaration.
func declaration(f reflect.StructField, tag string) (keyDecl, error) {
	name, opt, _ := strings.Cut(tag, ",")
	k := keyDecl{name: name, optional: opt == "optional", doc: f.Tag.Get("doc"), ref: f.Tag.Get("ref")}
	k.def, k.hasDef = f.Tag.Lookup("default")
	if k.doc == "" {
		return k, fmt.Errorf("key %s has no doc line", name)
	}
	if cs, ok := choiceSets[f.Type]; ok {
		k.kind, k.choices = choiceKey, cs
		if _, known := cs.lookup(k.def); k.hasDef && !known {
			return k, fmt.Errorf("default %q is none of %v", k.def, cs.names)
		}
		return k, nil
	}
	span := f.Tag.Get("range")
	lo, hi, _ := strings.Cut(span, "..")
	k.span = span
	var err error
	switch f.Type.Kind() {
	case reflect.Float64:
		k.kind = lengthKey
		k.lo, k.hi, err = lengthRange(lo, hi)
		if err == nil && k.hasDef {
			_, _, err = parseLength(k.def)
		}
	case reflect.Int:
		k.kind = integerKey
		k.lo, k.hi, err = integerRange(lo, hi)
		if err == nil && k.hasDef {
			_, err = strconv.Atoi(k.def)
		}
	case reflect.Bool:
		k.kind = boolKey
		if k.hasDef {
			_, err = strconv.ParseBool(k.def)
		}
	case reflect.String:
		k.kind = refKey
		if refNouns[k.ref] == "" {
			err = fmt.Errorf("a string key needs ref colours or fonts, not %q", k.ref)
		}
	default:
		err = fmt.Errorf("no theme value is a %s", f.Type)
	}
	return k, err
}

// lengthRange reads a declared range of lengths in points.
func lengthRange(lo, hi string) (float64, float64, error) {
	l, _, errLo := parseLength(lo)
	h, _, errHi := parseLength(hi)
	if errLo != nil || errHi != nil || l > h {
		return 0, 0, fmt.Errorf("bad range %q..%q", lo, hi)
	}
	return l, h, nil
}

// integerRange reads a declared range of whole numbers.
func integerRange(lo, hi string) (float64, float64, error) {
	l, errLo := strconv.Atoi(lo)
	h, errHi := strconv.Atoi(hi)
	if errLo != nil || errHi != nil || l > h {
		return 0, 0, fmt.Errorf("bad range %q..%q", lo, hi)
	}
	return float64(l), float64(h), nil
}

// keyNames lists the names a section type declares, in declaration order.
func keyNames(t reflect.Type) []string {
	keys, _ := schemaOf(t)
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = k.name
	}
	return names
}

// tableNames lists Theme's tables in declaration order, and the section
// type of each whose keys are fixed (nil for a table of named entries:
// fonts, colours, roles, protrusion).
func tableNames() ([]string, map[string]reflect.Type) {
	t := reflect.TypeFor[Theme]()
	var names []string
	sections := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, ok := f.Tag.Lookup("table")
		if !ok {
			continue
		}
		names = append(names, name)
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[ProtrusionTheme]() {
			sections[name] = f.Type
		}
	}
	return names, sections
}

// themeTable reads the table name of m into the section *dst by its declared
// keys; a missing table is an error.
func (d *decoder) themeTable(m map[string]any, name string, dst any, t *Theme) bool {
	tbl := d.table("", m, name, true)
	if tbl == nil {
		return false
	}
	d.readKeys(name, tbl, dst, t)
	return true
}

// readKeys reads the declared keys of m (at path) into the struct *dst.
// A key the table lacks takes its default; without one it is required,
// unless optional. References are checked against t's colours and fonts.
func (d *decoder) readKeys(path string, m map[string]any, dst any, t *Theme) {
	v := reflect.ValueOf(dst).Elem()
	keys, err := cachedSchemaOf(v.Type())
	if err != nil {
		d.errorf(path, "theme schema: %v", err) // a broken build; TestThemeSchema keeps it out
		return
	}
	for _, k := range keys {
		raw, given := m[k.name]
		if !given && k.optional {
			continue
		}
		if !given && k.hasDef {
			raw = k.defaultValue()
		}
		one := map[string]any{}
		if raw != nil {
			one[k.name] = raw
		}
		d.readKey(path, one, k, v.Field(k.field), t)
	}
}

// defaultValue is the default as the TOML parser would have read it.
func (k keyDecl) defaultValue() any {
	switch k.kind {
	case integerKey:
		n, _ := strconv.ParseInt(k.def, 10, 64)
		return n
	case boolKey:
		return k.def == "true"
	}
	return k.def
}

// readKey reads one key of its kind into f.
func (d *decoder) readKey(path string, m map[string]any, k keyDecl, f reflect.Value, t *Theme) {
	p := joinPath(path, k.name)
	switch k.kind {
	case lengthKey:
		f.SetFloat(d.length(path, m, k.name, k.lo, k.hi))
	case integerKey:
		f.SetInt(int64(d.integer(path, m, k.name, int(k.lo), int(k.hi))))
	case boolKey:
		f.SetBool(d.boolean(path, m, k.name, false))
	case choiceKey:
		s := d.text(path, m, k.name, true)
		if d.hasErrorAt(p) {
			return
		}
		n, ok := k.choices.lookup(s)
		if !ok {
			d.errorf(p, "%s", k.choices.expected(s))
			return
		}
		f.SetUint(uint64(n))
	case refKey:
		name := d.text(path, m, k.name, true)
		f.SetString(name)
		have := mapKeys(t.Colours)
		if k.ref == "fonts" {
			have = mapKeys(t.Fonts)
		}
		if name != "" && !contains(have, name) {
			d.errorf(p, "no %s %q in [%s] (have %s)", refNouns[k.ref], name, k.ref, strings.Join(have, ", "))
		}
	}
}

// lengthUnits are the units a length may take, with their size in points.
var lengthUnits = []struct {
	name   string
	factor float64
}{{"mm", 72 / 25.4}, {"cm", 720 / 25.4}, {"pt", 1}, {"in", 72}}

// parseLength reads a length with its unit ("12mm", "10.5pt") as points,
// with the unit's factor.
func parseLength(s string) (pt, factor float64, err error) {
	for _, u := range lengthUnits {
		if num, ok := strings.CutSuffix(strings.TrimSpace(s), u.name); ok {
			x, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				break
			}
			return x * u.factor, u.factor, nil
		}
	}
	return 0, 0, fmt.Errorf("%q is not a length", s)
}

// length reads a length with its unit ("12mm", "10.5pt", "1cm", "0.5in")
// and returns it in points; it must lie in [lo, hi] (points).
func (d *decoder) length(path string, m map[string]any, key string, lo, hi float64) float64 {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		d.errorf(p, "required (a length such as \"12mm\" or \"10.5pt\")")
		return 0
	}
	s, ok := v.(string)
	if !ok {
		d.errorf(p, "expected a length with its unit such as \"12mm\" or \"10.5pt\", got %s", typeName(v))
		return 0
	}
	pt, factor, err := parseLength(s)
	if fixed := strings.Replace(s, ",", ".", 1); err != nil && strings.Count(s, ",") == 1 {
		if _, _, again := parseLength(fixed); again == nil {
			d.errorf(p, "%q is not a length: a decimal is written with a point, %q", s, fixed)
			return lo
		}
	}
	if err != nil {
		d.errorf(p, "%q is not a length: expected a number and a unit (mm, cm, pt, in), such as \"12mm\"", s)
		return lo
	}
	if pt < lo-1e-9 || pt > hi+1e-9 {
		unit := strings.TrimSpace(s)
		unit = unit[len(unit)-2:]
		d.errorf(p, "%s is out of range: expected %s to %s", s, showLength(lo, unit, factor), showLength(hi, unit, factor))
		return math.Max(lo, math.Min(pt, hi))
	}
	return pt
}

// showLength writes a length in points in the unit the author used.
func showLength(pt float64, unit string, factor float64) string {
	return strconv.FormatFloat(math.Round(pt/factor*10)/10, 'f', -1, 64) + unit
}

// integer reads a whole number within [lo, hi].
func (d *decoder) integer(path string, m map[string]any, key string, lo, hi int) int {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		d.errorf(p, "required (a whole number from %d to %d)", lo, hi)
		return lo
	}
	n, ok := v.(int64)
	if text, quoted := v.(string); quoted {
		d.errorf(p, "expected a whole number from %d to %d without quotes (%s = %s), got the text %q", lo, hi, key, strings.TrimSpace(text), text)
		return lo
	}
	if !ok || n < int64(lo) || n > int64(hi) {
		d.errorf(p, "expected a whole number from %d to %d, got %v", lo, hi, v)
		return lo
	}
	return int(n)
}
