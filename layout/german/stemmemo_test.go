package german

import (
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"brochure/assets"
	"brochure/layout/typeset"
)

// freshPatterns are the German patterns with a memo of their own.
func freshPatterns(t *testing.T) *Patterns {
	t.Helper()
	p, err := compiledPatterns(assets.GermanHyphenationTrie)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestStemMemoGivesTheComputedBreaks checks that a hyphenator reading the
// memo another filled gets the breaks the patterns give: for words whose
// stem starts after punctuation (the breaks are shifted), for stems on
// both sides of a slash and before a gender mark, and for hyphenators
// with other minimums, which must not get the breaks kept for the
// defaults.
func TestStemMemoGivesTheComputedBreaks(t *testing.T) {
	words := []string{"Arbeitsmarkt", "„Arbeitsmarkt“", "(Arbeitsmarkt)", "Dozent*innen", "Dozent",
		"Lehrer/Lehrerinnen", "Lehrerinnen", "Integrationskurse", "»Integrationskurse«", "Landkreis", "Beratungsstellen"}
	compute := func(p *Patterns, left, right int) [][]string {
		h := NewHyphenator(p, nil)
		h.LeftMin, h.RightMin = left, right
		out := make([][]string, len(words))
		for i, w := range words {
			for _, b := range h.Breaks(w, false) {
				out[i] = append(out[i], w[:len(string([]rune(w)[:b.Pos]))]+"|"+strconv.Itoa(int(b.Kind)))
			}
		}
		return out
	}
	p := freshPatterns(t)
	cold := compute(p, 2, 2)
	if warm := compute(p, 2, 2); !reflect.DeepEqual(warm, cold) {
		t.Errorf("breaks from the memo differ from the computed ones:\n got %q\nwant %q", warm, cold)
	}
	for i, b := range cold[0] {
		if i >= len(cold[1]) || cold[1][i] != "„"+b {
			t.Fatalf("„Arbeitsmarkt“ breaks at %q, Arbeitsmarkt at %q: the stem's breaks are not shifted past the quote", cold[1], cold[0])
		}
	}
	wide := compute(freshPatterns(t), 4, 3)
	if reflect.DeepEqual(wide, cold) {
		t.Fatal("the test words break the same with minimums 4 and 3 as with 2 and 2; they test nothing")
	}
	if got := compute(p, 4, 3); !reflect.DeepEqual(got, wide) {
		t.Errorf("minimums 4 and 3 after 2 and 2 filled the memo:\n got %q\nwant %q", got, wide)
	}
}

// TestStemMemoConcurrentHyphenators: hyphenators on several goroutines
// share one memo (run with -race), and each gets the breaks it would get
// alone.
func TestStemMemoConcurrentHyphenators(t *testing.T) {
	heads := []string{"Arbeits", "Integrations", "Beratungs", "Landes", "Bildungs", "Netzwerk"}
	tails := []string{"markt", "kurse", "stellen", "regierung", "träger", "partner", "zentrum"}
	var words []string
	for _, h := range heads {
		for _, tl := range tails {
			words = append(words, h+tl)
		}
	}
	alone := NewHyphenator(freshPatterns(t), nil)
	want := make([][]typeset.WordBreak, len(words))
	for i, w := range words {
		want[i] = alone.Breaks(w, false)
	}
	p := freshPatterns(t)
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(words))
	for g := range 4 {
		wg.Go(func() {
			h := NewHyphenator(p, nil)
			for k := range words {
				i := (k + g*7) % len(words)
				if got := h.Breaks(words[i], false); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("%s: got %v, want %v", words[i], got, want[i])
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
