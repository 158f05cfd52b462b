package content

import (
	"fmt"
	"math"
	"strconv"
)

// notText says, in the organiser's terms, what a value written where text
// belongs was read as, and how to write it: in quotes, key = "…", and a
// time of day written as a number (time = 9.30, which TOML reads as
// the number 9.3) in the house form, time = "09:30".
func notText(key string, v any) string {
	switch x := v.(type) {
	case float64:
		if key == "time" {
			if t, ok := timeOfNumber(x); ok {
				return fmt.Sprintf("the number %s; a time is written in quotes: time = \"%s\"", strconv.FormatFloat(x, 'f', -1, 64), t)
			}
		}
		return fmt.Sprintf("the number %s; write %s = \"…\"", strconv.FormatFloat(x, 'f', -1, 64), key)
	case int64:
		if key == "time" && x >= 0 && x <= 23 {
			return fmt.Sprintf("the number %d; a time is written in quotes: time = \"%02d:00\"", x, x)
		}
		return fmt.Sprintf("the number %d; write %s = \"…\"", x, key)
	case bool:
		return fmt.Sprintf("%t (yes or no); write %s = \"…\"", x, key)
	case []any, []map[string]any:
		if key == "body" || key == "statement" || key == "text" {
			return fmt.Sprintf("a list in brackets; write one text, its paragraphs a blank line apart: %s = \"\"\"…\"\"\"", key)
		}
		return fmt.Sprintf("a list in brackets; write one text: %s = \"…\"", key)
	}
	return typeName(v) + fmt.Sprintf(`; write %s = "…"`, key)
}

// timeOfNumber reads a time of day TOML read as a number: 9.30 (9.3) is
// 09:30, 14.05 is 14:05; ok is false for a number that is no time.
func timeOfNumber(f float64) (string, bool) {
	if f < 0 || f >= 24 {
		return "", false
	}
	h := math.Floor(f)
	m := math.Round((f - h) * 100)
	if m > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", int(h), int(m)), true
}
