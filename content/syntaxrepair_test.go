package content

import (
	"errors"
	"testing"
)

// TestEverySlipAtOnce: a date written the German way (a TOML syntax
// error) no longer hides the slips after it: a second slipped value and
// misspelt keys are reported in the same reading, in the file's order,
// and the set-aside values are not reported again as text.
func TestEverySlipAtOnce(t *testing.T) {
	src := "[document]\ntitle = \"T\"\ndate = 12.3.2026\n\n[[sections]]\nkind = \"programme\"\ntitle = \"Programm\"\n" +
		"  [[sections.items]]\n  time = 9:30\n  title = \"Punkt\"\n  rolle = \"x\"\n  foto = \"y\"\n"
	_, err := Parse("content.toml", []byte(src), Options{Dir: "."})
	var diags Diagnostics
	if !errors.As(err, &diags) {
		t.Fatalf("error %v, want diagnostics", err)
	}
	want := []string{"document.date", "sections[0].items[0].time", "sections[0].items[0].rolle", "sections[0].items[0].foto"}
	if len(diags) != len(want) {
		t.Fatalf("%d diagnostics, want %d: %v", len(diags), len(want), err)
	}
	for i, d := range diags {
		if d.Path != want[i] {
			t.Errorf("diagnostic %d at %q (%s), want %q", i, d.Path, d.Msg, want[i])
		}
	}
}
