package content

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// decoder walks the generic tree the TOML parser produced and reads typed
// values out of it, recording a Diagnostic for every problem instead of
// stopping at the first.
type decoder struct {
	file  string
	keys  *keyLocator
	diags Diagnostics
	opts  Options // where assets are looked up
	// kept, when set, gives the sections a Carry takes as decoded before
	// (sectionOf).
	kept func(i int) (Section, bool)
}

// errorf records a problem at the key path's position.
func (d *decoder) errorf(path, format string, args ...any) {
	d.diags = append(d.diags, Diagnostic{File: d.file, Pos: d.keys.find(path), Path: path, Msg: fmt.Sprintf(format, args...)})
}

// fileErrorf records a problem at the key path's position that concerns
// the file subject (a path as given, resolved against dir).
func (d *decoder) fileErrorf(path, dir, subject, format string, args ...any) {
	if !filepath.IsAbs(subject) {
		subject = filepath.Join(dir, subject)
	}
	d.diags = append(d.diags, Diagnostic{File: d.file, Pos: d.keys.find(path), Path: path, Msg: fmt.Sprintf(format, args...), Subject: subject})
}

// hasErrorAt reports whether a problem was already recorded at path.
func (d *decoder) hasErrorAt(path string) bool {
	for _, diag := range d.diags {
		if diag.Path == path {
			return true
		}
	}
	return false
}

// errorAt records a problem at a given place inside a value.
func (d *decoder) errorAt(path string, pos Position, format string, args ...any) {
	d.diags = append(d.diags, Diagnostic{File: d.file, Pos: pos, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// known reports every key of m that is not in allowed, with a suggestion
// for the nearest allowed key.
func (d *decoder) known(path string, m map[string]any, allowed ...string) {
	for _, k := range sortedKeys(m) {
		if !contains(allowed, k) {
			msg := fmt.Sprintf("unknown key %q", k)
			if path != "" && contains(topLevelKeys, k) {
				msg += fmt.Sprintf("; %s is a top-level key and must stand above the file's first [table], or TOML puts it into the table before it (here %s)", k, path)
			} else if en := germanKeys[strings.ToLower(k)]; contains(allowed, en) {
				msg += fmt.Sprintf("; keys are written in English: did you mean %q?", en)
			} else if sub := sectionSubKeys[k]; sub != "" && sectionPath(path) {
				msg += fmt.Sprintf("; %s belongs to an entry under %s of this section, not to the section itself", k, sub)
			} else if s := Suggest(k, allowed); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			} else {
				msg += " (expected one of " + strings.Join(allowed, ", ") + ")"
			}
			d.errorf(joinPath(path, k), "%s", msg)
		}
	}
}

// table reads m[key] as a table; a missing table gives nil (and an error
// when required).
func (d *decoder) table(path string, m map[string]any, key string, required bool) map[string]any {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		if required {
			d.errorf(p, "required table is missing (add [%s])", p)
		}
		return nil
	}
	t, ok := v.(map[string]any)
	if !ok {
		d.errorf(p, "expected a table, got %s", typeName(v))
		return nil
	}
	return t
}

// tables reads m[key] as an array of tables ([[key]] or [{…}, {…}]).
func (d *decoder) tables(path string, m map[string]any, key string) []map[string]any {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		return nil
	}
	switch list := v.(type) {
	case []map[string]any:
		return list
	case []any:
		if names, ok := allTexts(list); ok && len(names) > 0 {
			d.errorf(p, "each entry of %s is a table of its own: write [[%s]] with %s = %q for the first, and so on; got a list of texts", p, listName(p), firstKey(key), names[0])
			return nil
		}
		out := make([]map[string]any, 0, len(list))
		for i, e := range list {
			t, ok := e.(map[string]any)
			if !ok {
				d.errorf(fmt.Sprintf("%s[%d]", p, i), "expected a table, got %s", typeName(e))
				continue
			}
			out = append(out, t)
		}
		return out
	}
	if t, ok := v.(map[string]any); ok {
		if child := implicitEntry(t); child != "" {
			// [[sections.images]] with no [[sections]] before it (or
			// one misspelt) makes sections a table of its own.
			d.errorf(joinPath(p, child), "[[%s.%s]] has no [[%s]] before it: each entry begins with a line [[%s]], and its %s come after that line", listName(p), child, listName(p), listName(p), child)
			return nil
		}
		d.errorf(p, "expected an array of tables: write [[%s]] with two brackets on each side, once for each entry; got a table ([%s])", listName(p), listName(p))
		return nil
	}
	if text, ok := v.(string); ok {
		d.errorf(p, "each entry of %s is a table of its own: write a line [[%s]] and below it %s = %q; got a text", p, listName(p), firstKey(key), text)
		return nil
	}
	d.errorf(p, "expected an array of tables ([[%s]]), got %s", listName(p), typeName(v))
	return nil
}

// allTexts is list as strings, when every element is one.
func allTexts(list []any) ([]string, bool) {
	out := make([]string, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// implicitEntry is the first key, in order, of a table that holds only
// arrays of tables ([[sections.images]] makes sections such a table when
// no [[sections]] comes before it), or "" (for a table written with
// single brackets, [sections], which holds the entry's own keys).
func implicitEntry(t map[string]any) string {
	keys := make([]string, 0, len(t))
	for k, v := range t {
		if _, ok := v.([]map[string]any); !ok {
			return ""
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return ""
	}
	return slices.Min(keys)
}

// listName is the header of a list of tables at path, its indices taken
// out: sections[0].speakers → sections.speakers.
func listName(path string) string {
	var b strings.Builder
	depth := 0
	for _, r := range path {
		switch {
		case r == '[':
			depth++
		case r == ']':
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstKey is the key an entry of the list key is known by: a person's
// name, a link's url, a picture's file, an agenda item's or a section's
// title, a quote's text.
func firstKey(key string) string {
	switch key {
	case "presentations", "links":
		return "url"
	case "images":
		return "file"
	case "items":
		return "title"
	case "quotes":
		return "text"
	case "sections":
		return "title"
	}
	return "name"
}

// text reads m[key] as a string of set text: it must be valid, contain no
// control characters, and be non-blank when required.
func (d *decoder) text(path string, m map[string]any, key string, required bool) string {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		if required {
			d.errorf(p, "required")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		d.errorf(p, "expected text in quotes, got %s", notText(key, v))
		return ""
	}
	if !d.checkText(p, s) {
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		d.errorf(p, "must not be empty")
	}
	return s
}

// maxTextLen bounds a single string value; longer text is certainly a
// mistake (a pasted file) and would make a brochure of thousands of pages.
const maxTextLen = 1 << 20

// checkText rejects strings no brochure should contain.
func (d *decoder) checkText(path, s string) bool {
	if len(s) > maxTextLen {
		d.errorf(path, "text is %d bytes long; at most %d bytes are allowed in one value", len(s), maxTextLen)
		return false
	}
	for i, r := range s {
		if r >= 0x20 && r < 0x7F {
			continue // printable ASCII: none of the checks below applies
		}
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				d.errorf(path, "invalid UTF-8 at byte %d", i)
				return false
			}
		}
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			d.errorf(path, "contains the control character %U; remove it", r)
			return false
		}
		if isBidiControl(r) {
			d.errorf(path, "contains the bidirectional control %U (from text written right to left); the brochure sets German left to right — remove it", r)
			return false
		}
	}
	return true
}

// isBidiControl reports the characters that steer bidirectional text:
// embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
// the direction marks.
func isBidiControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C
}

// texts reads m[key] as an array of strings.
func (d *decoder) texts(path string, m map[string]any, key string) []string {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		if text, ok := v.(string); ok {
			d.errorf(p, "expected an array of strings in square brackets, got a string: write %s = [%q], and more entries separated by commas", key, text)
			return nil
		}
		d.errorf(p, "expected an array of strings, got %s", typeName(v))
		return nil
	}
	out := make([]string, 0, len(list))
	for i, e := range list {
		ep := p + "[" + strconv.Itoa(i) + "]"
		s, ok := e.(string)
		if !ok {
			d.errorf(ep, "expected a string, got %s", typeName(e))
			continue
		}
		if !d.checkText(ep, s) {
			continue
		}
		if strings.TrimSpace(s) == "" {
			d.errorf(ep, "must not be empty")
			continue
		}
		out = append(out, s)
	}
	return out
}

// boolean reads m[key] as a boolean, or def when absent.
func (d *decoder) boolean(path string, m map[string]any, key string, def bool) bool {
	v, ok := m[key]
	if !ok {
		return def
	}
	b, ok := v.(bool)
	if !ok {
		d.errorf(joinPath(path, key), "expected true (yes) or false (no), without quotes (%s = true), got %s", key, valueName(v))
		return def
	}
	return b
}

// date reads m[key] as a TOML local date such as 2024-06-26.
func (d *decoder) date(path string, m map[string]any, key string, required bool) time.Time {
	p := joinPath(path, key)
	v, ok := m[key]
	if !ok {
		if required {
			d.errorf(p, "required (a date such as 2024-06-26)")
		}
		return time.Time{}
	}
	t, ok := v.(time.Time)
	if !ok {
		hint := ""
		if s, isStr := v.(string); isStr {
			if parsed, ok := readGermanDate(s); ok {
				hint = "; write " + parsed.Format("2006-01-02") + " without quotes"
			} else {
				hint = "; write a date such as 2024-06-26 without quotes"
			}
		}
		d.errorf(p, "expected a TOML date, got %s%s", typeName(v), hint)
		return time.Time{}
	}
	if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		d.errorf(p, "expected a date without a time of day, such as 2024-06-26")
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// valueName names a decoded TOML value for messages: a text or a number
// with its value, anything else by its type.
func valueName(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("the text %q", x)
	case int64, float64:
		return fmt.Sprintf("the number %v", x)
	}
	return typeName(v)
}

// typeName names a decoded TOML value's type for messages.
func typeName(v any) string {
	switch x := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		_ = x
		return "a date/time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}

// at is the position of a key path, as a diagnostic without a message.
func (d *decoder) at(path string) *Diagnostic {
	return &Diagnostic{File: d.file, Pos: d.keys.find(path), Path: path}
}

// where formats a key path with its position, "file:line:col: path", for
// messages given after loading (by output, about an image).
func (d *decoder) where(path string) string {
	return Diagnostic{File: d.file, Pos: d.keys.find(path), Path: path}.Location()
}

// sectionOf decodes section i of the content, or takes it as kept.
func (d *decoder) sectionOf(i int, m map[string]any) Section {
	if d.kept != nil {
		if s, ok := d.kept(i); ok {
			return s
		}
	}
	return d.section(fmt.Sprintf("sections[%d]", i), m)
}

// germanKeys are keys an organiser may write in German, with the key
// meant (read only).
var germanKeys = map[string]string{
	"tag": "day", "datum": "date", "zeit": "time", "uhrzeit": "time", "titel": "title", "untertitel": "subtitle",
	"ort": "venue", "veranstaltungsort": "venue", "notiz": "note", "hinweis": "note", "raum": "note",
	"referenten": "speakers", "referentinnen": "speakers", "sprecher": "speakers", "moderator": "moderation",
	"moderatorin": "moderation", "bilder": "images", "fotos": "images", "foto": "photo", "bild": "photo",
	"rolle": "role", "funktion": "role", "art": "kind", "typ": "kind", "beschriftung": "caption",
	"bildunterschrift": "caption", "quelle": "credit", "alternativtext": "alt", "sprache": "language",
}

// sectionSubKeys are keys of a section's entries (programme items,
// speakers, pictures, links) that an author may write on the section
// itself, with the entries they belong under (read only).
var sectionSubKeys = map[string]string{
	"day": "[[sections.items]]", "time": "[[sections.items]]", "note": "[[sections.items]]",
	"name": "[[sections.speakers]]", "role": "[[sections.speakers]]", "organisation": "[[sections.speakers]]",
	"photo": "[[sections.speakers]]", "file": "[[sections.images]]", "caption": "[[sections.images]]",
	"credit": "[[sections.images]]", "alt": "[[sections.images]]", "url": "[[sections.links]]",
}

// sectionPath reports whether a key path is a section's: sections[N].
func sectionPath(path string) bool {
	rest, ok := strings.CutPrefix(path, "sections[")
	return ok && strings.HasSuffix(rest, "]") && !strings.Contains(rest, ".")
}
