package content

import (
	"hash/maphash"
	"strconv"
	"strings"
)

// keyLocator maps indexed key paths such as "sections[3].speakers[0].name"
// to the place in the TOML source where that key (or table header) is
// written. The TOML decoder does not expose key positions, so the locator
// scans the source itself. It runs only on text the decoder accepted, so it
// may be lenient: it understands table headers, array-of-tables headers,
// (dotted, quoted) keys and skips over values, including multi-line strings
// and arrays. Keys inside inline tables are not recorded; lookups for them
// fall back to the nearest recorded ancestor.
//
// Paths are kept as two independent 64-bit hashes, not as strings: a long
// document has tens of thousands of keys, and their paths were megabytes
// the collector had to scan through the whole build (at 3,663 sections,
// 6.6 MB against 2.9 MB). Two paths sharing both hashes are not to be
// expected in any file (odds of about 1 in 10^29 at 100,000 keys).
type keyLocator struct {
	seeds [2]maphash.Seed
	pos   map[pathKey]Position
	// valueLine records, for keys whose value is a multi-line string that
	// starts on a new line, the line where the string's first content line is.
	valueLine map[pathKey]int
	// names, when not nil, keeps each path as written, for keyOn (a
	// syntax error's message, which needs no more than this once).
	names map[pathKey]string
}

// pathKey is a key path as the locator keeps it.
type pathKey [2]uint64

func (kl *keyLocator) key(path string) pathKey {
	return pathKey{maphash.String(kl.seeds[0], path), maphash.String(kl.seeds[1], path)}
}

// at is the position recorded for path itself.
func (kl *keyLocator) at(path string) (Position, bool) {
	p, ok := kl.pos[kl.key(path)]
	return p, ok
}

// valueLineOf is the line where path's multi-line string value begins,
// when it has one.
func (kl *keyLocator) valueLineOf(path string) (int, bool) {
	l, ok := kl.valueLine[kl.key(path)]
	return l, ok
}

// record notes that path is written at pos.
func (kl *keyLocator) record(path string, pos Position) {
	k := kl.key(path)
	kl.pos[k] = pos
	if kl.names != nil {
		kl.names[k] = path
	}
}

// locateKeys scans src and records the position of every key it can place.
func locateKeys(src string) *keyLocator { return scanKeys(src, false) }

// locateKeyNames is locateKeys keeping the paths too, for keyOn.
func locateKeyNames(src string) *keyLocator { return scanKeys(src, true) }

func scanKeys(src string, names bool) *keyLocator {
	kl := &keyLocator{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, pos: map[pathKey]Position{}, valueLine: map[pathKey]int{}}
	if names {
		kl.names = map[pathKey]string{}
	}
	arrayCount := map[string]int{} // indexed array path → number of elements so far
	var table string               // indexed path of the current table
	lines := strings.Split(src, "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r")
		trimmed := strings.TrimLeft(line, " \t")
		col := len(line) - len(trimmed) + 1
		switch {
		case trimmed == "" || trimmed[0] == '#':
			continue
		case strings.HasPrefix(trimmed, "[["):
			parts, _ := parseKey(trimmed[2:])
			if len(parts) == 0 {
				continue
			}
			// The parent parts refer to existing tables; the last one names
			// the array that gains an element.
			base := joinPath(resolveTable(parts[:len(parts)-1], arrayCount), parts[len(parts)-1])
			idx := arrayCount[base]
			arrayCount[base] = idx + 1
			table = base + "[" + strconv.Itoa(idx) + "]"
			kl.record(table, Position{i + 1, col})
			if _, seen := kl.at(base); !seen {
				kl.record(base, Position{i + 1, col})
			}
		case trimmed[0] == '[':
			parts, _ := parseKey(trimmed[1:])
			table = resolveTable(parts, arrayCount)
			kl.record(table, Position{i + 1, col})
		default:
			parts, rest := parseKey(trimmed)
			if len(parts) == 0 {
				continue
			}
			path := table
			for _, p := range parts {
				path = joinPath(path, p)
			}
			kl.record(path, Position{i + 1, col})
			rest = strings.TrimLeft(rest, " \t")
			if !strings.HasPrefix(rest, "=") {
				continue
			}
			value := strings.TrimLeft(rest[1:], " \t")
			if v := strings.TrimRight(value, " \t"); v == `"""` || v == `'''` {
				kl.valueLine[kl.key(path)] = i + 2 // a leading newline is trimmed by TOML
			} else if strings.HasPrefix(value, `"""`) || strings.HasPrefix(value, `'''`) {
				kl.valueLine[kl.key(path)] = i + 1
			}
			i = skipValue(lines, i, value)
		}
	}
	return kl
}

// resolveTable turns the dotted parts of a table header into an indexed path:
// a part that names an array of tables refers to its latest element.
func resolveTable(parts []string, arrayCount map[string]int) string {
	var path string
	for _, p := range parts {
		path = joinPath(path, p)
		if n, ok := arrayCount[path]; ok && n > 0 {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

func joinPath(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// parseKey reads a (dotted, possibly quoted) key from the start of s and
// returns its parts and the text after it.
func parseKey(s string) (parts []string, rest string) {
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return parts, s
		}
		switch s[0] {
		case '"', '\'':
			end := closingQuote(s, s[0])
			if end < 0 {
				return parts, ""
			}
			raw := s[:end+1]
			if s[0] == '"' {
				if u, err := strconv.Unquote(raw); err == nil {
					raw = u
				} else {
					raw = raw[1 : len(raw)-1]
				}
			} else {
				raw = raw[1 : len(raw)-1]
			}
			parts = append(parts, raw)
			s = s[end+1:]
		default:
			n := 0
			for n < len(s) && isBareKeyChar(s[n]) {
				n++
			}
			if n == 0 {
				return parts, s
			}
			parts = append(parts, s[:n])
			s = s[n:]
		}
		s = strings.TrimLeft(s, " \t")
		if !strings.HasPrefix(s, ".") {
			return parts, s
		}
		s = s[1:]
	}
}

func isBareKeyChar(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// closingQuote returns the index of the quote that closes the string
// starting at s[0], honouring backslash escapes in basic strings.
func closingQuote(s string, q byte) int {
	for i := 1; i < len(s); i++ {
		if q == '"' && s[i] == '\\' {
			i++
			continue
		}
		if s[i] == q {
			return i
		}
	}
	return -1
}

// skipValue consumes a value that starts in lines[i] with the text value and
// returns the index of the line on which it ends: multi-line strings run to
// their closing delimiter, arrays and inline tables to their closing bracket.
func skipValue(lines []string, i int, value string) int {
	depth := 0
	s := value
	for {
		for j := 0; j < len(s); j++ {
			c := s[j]
			switch {
			case c == '#':
				j = len(s)
			case strings.HasPrefix(s[j:], `"""`) || strings.HasPrefix(s[j:], `'''`):
				delim := s[j : j+3]
				rest := s[j+3:]
				for {
					if end := multiLineEnd(rest, delim); end >= 0 {
						s = rest[end:]
						j = -1
						break
					}
					i++
					if i >= len(lines) {
						return len(lines) - 1
					}
					rest = lines[i]
				}
			case c == '"' || c == '\'':
				end := closingQuote(s[j:], c)
				if end < 0 {
					j = len(s)
				} else {
					j += end
				}
			case c == '[' || c == '{':
				depth++
			case c == ']' || c == '}':
				depth--
			}
		}
		if depth <= 0 || i+1 >= len(lines) {
			return i
		}
		i++
		s = lines[i]
	}
}

// multiLineEnd finds the closing delimiter of a multi-line string in s and
// returns the index just after it (TOML allows up to two extra quotes
// before it), or -1.
func multiLineEnd(s, delim string) int {
	for j := 0; j+3 <= len(s); j++ {
		if delim[0] == '"' && s[j] == '\\' {
			j++
			continue
		}
		if s[j:j+3] == delim {
			end := j + 3
			for end < len(s) && s[end] == delim[0] && end-j < 5 {
				end++
			}
			return end
		}
	}
	return -1
}

// find returns the position recorded for path, or for its nearest recorded
// ancestor, or the file's start (1:1) when no ancestor is written.
func (kl *keyLocator) find(path string) Position {
	for path != "" {
		if p, ok := kl.at(path); ok {
			return p
		}
		path = parentPath(path)
	}
	// No ancestor is written: the key belongs at the file's top level,
	// where a missing table or top-level key is added.
	return Position{Line: 1, Col: 1}
}

// parentPath strips the last component ("a.b[2]" → "a.b", "a.b" → "a").
func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return ""
}
