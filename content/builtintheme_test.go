package content

import (
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"

	"brochure/assets"
)

// TestBuiltinThemeTablesMatchTheTheme checks the generated tables against
// the TOML decoder's reading of assets/theme.toml: a change to the theme
// without regenerating them (go test ./content -update does) fails here.
func TestBuiltinThemeTablesMatchTheTheme(t *testing.T) {
	var decoded map[string]any
	if _, err := toml.Decode(string(assets.DefaultTheme), &decoded); err != nil {
		t.Fatal(err)
	}
	if got := builtinThemeTables(); !reflect.DeepEqual(got, decoded) {
		t.Errorf("content/builtintheme_gen.go is stale: run go test ./content -update (or go run ./assets/gen/themetables)\n got %v\nwant %v", got, decoded)
	}
}

// TestBuiltinThemeTablesAreFresh checks that each call gives tables of its
// own: ParseTheme merges the user's theme into them.
func TestBuiltinThemeTablesAreFresh(t *testing.T) {
	a := builtinThemeTables()
	a["page"].(map[string]any)["width"] = "1mm"
	a["colours"].(map[string]any)["text"].(map[string]any)["cmyk"].([]any)[0] = int64(7)
	b := builtinThemeTables()
	if b["page"].(map[string]any)["width"] == "1mm" || b["colours"].(map[string]any)["text"].(map[string]any)["cmyk"].([]any)[0] == int64(7) {
		t.Error("a change to one copy of the built-in tables shows in the next")
	}
}

// BenchmarkParseBuiltinTheme is the theme step of every build without a
// theme file.
func BenchmarkParseBuiltinTheme(b *testing.B) {
	for b.Loop() {
		if _, err := ParseTheme("", nil, "", false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestUnchangedThemeFileReadsAsDecoded checks the shortcut for a theme
// file that is the built-in theme unchanged (as `brochure init` writes
// it): the theme equals the one decoded from the same file with a comment
// added, which the TOML decoder reads.
func TestUnchangedThemeFileReadsAsDecoded(t *testing.T) {
	known, err := ParseTheme("theme.toml", assets.DefaultTheme, "", false)
	if err != nil {
		t.Fatal(err)
	}
	commented := append(append([]byte(nil), assets.DefaultTheme...), "\n# a comment\n"...)
	decoded, err := ParseTheme("theme.toml", commented, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(known, decoded) {
		t.Errorf("the unchanged theme file reads as\n%+v\nthe decoded one as\n%+v", known, decoded)
	}
}

// TestBuiltinThemeValueMatchesTheTheme checks the generated theme value
// against ParseTheme's reading of the built-in theme, so a change to the
// theme, its defaults or its types without regenerating it (go test
// ./content -update does) fails here; DefaultTheme gives that value.
func TestBuiltinThemeValueMatchesTheTheme(t *testing.T) {
	parsed, err := ParseTheme("", nil, "", false)
	if err != nil {
		t.Fatal(err)
	}
	generated := builtinTheme()
	if generated == nil || !reflect.DeepEqual(generated, parsed) {
		t.Errorf("content/builtinthemevalue_gen.go is stale: run go test ./content -update (or go run ./assets/gen/themevalue)\n got %#v\nwant %#v", generated, parsed)
	}
	if d := DefaultTheme(); !reflect.DeepEqual(d, parsed) {
		t.Errorf("DefaultTheme is not the built-in theme parsed:\n got %#v\nwant %#v", d, parsed)
	}
}
