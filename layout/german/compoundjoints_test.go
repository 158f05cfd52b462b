package german

import (
	"testing"

	"brochure/assets"
)

// TestInflectedHeadsMatchTheWordList: isInflectedHead accepts exactly
// the words that are a head of the embedded list followed by one of the
// inflection endings — every such word, and none of the near misses made
// from them (a letter added in front or behind, the last letter dropped).
func TestInflectedHeadsMatchTheWordList(t *testing.T) {
	jointOnce.Do(loadJointData)
	want := map[string]bool{}
	for _, w := range lines(assets.CompoundHeads) {
		for _, e := range inflections {
			want[w+e] = true
		}
	}
	if len(want) < 1000 {
		t.Fatalf("only %d inflected heads: the word list was not read", len(want))
	}
	tried := 0
	for w := range want {
		for _, c := range []string{w, w + "x", "x" + w, w[:len(w)-1], w + "ern", "ge" + w} {
			tried++
			if got := isInflectedHead([]byte(c)); got != want[c] {
				t.Errorf("isInflectedHead(%q) = %v, want %v", c, got, want[c])
			}
		}
	}
	for _, c := range []string{"", "e", "en", "ern", "xyz"} {
		if isInflectedHead([]byte(c)) {
			t.Errorf("isInflectedHead(%q) = true for no head", c)
		}
	}
	t.Logf("%d words compared", tried)
}
