package main

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestHyphenateCommandAgreesWithTeX feeds every word of the TeX reference
// list (hyphenated by LuaTeX with the same patterns) through `brochure
// hyphenate` and expects the same breaks, and never a one-letter fragment.
func TestHyphenateCommandAgreesWithTeX(t *testing.T) {
	t.Parallel()
	f, err := os.Open("../../layout/german/testdata/hyphenation/tex-reference.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != '%' {
			want = append(want, l)
		}
	}
	input := strings.ReplaceAll(strings.Join(want, "\n"), "-", "")
	var stdout, stderr bytes.Buffer
	if code := runWithInput([]string{"hyphenate"}, strings.NewReader(input), &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines out for %d words", len(got), len(want))
	}
	differ := 0
	for i := range want {
		for _, frag := range strings.Split(got[i], "-") {
			if len([]rune(frag)) < 2 {
				t.Errorf("%s: one-letter fragment", got[i])
			}
		}
		if got[i] == want[i] {
			continue
		}
		// The only allowed difference: where TeX leaves a one-letter
		// fragment between two breaks, one of the two is dropped.
		differ++
		ours, tex := breakSet(got[i]), breakSet(want[i])
		for p := range ours {
			if !tex[p] {
				t.Errorf("got %s: break at %d is not one of TeX's (%s)", got[i], p, want[i])
			}
		}
		for p := range tex {
			if !ours[p] && !tex[p-1] && !tex[p+1] {
				t.Errorf("got %s: dropped TeX's break at %d (%s) though it leaves no one-letter fragment", got[i], p, want[i])
			}
		}
	}
	if differ > len(want)/50 {
		t.Errorf("%d of %d words differ from TeX", differ, len(want))
	}
}

// breakSet returns the letter positions of the '-' marks in a hyphenated word.
func breakSet(hyphenated string) map[int]bool {
	set := map[int]bool{}
	n := 0
	for _, r := range hyphenated {
		if r == '-' {
			set[n] = true
			continue
		}
		n++
	}
	return set
}

func TestHyphenateCommandMarksJointsAndRules(t *testing.T) {
	t.Parallel()
	var stdout, stderr bytes.Buffer
	args := []string{"hyphenate", "-joints", "Arbeitsmarktintegration", "Sachsen-Anhalt-Thüringen", "Mentor*innen", "Ufer"}
	if code := run(args, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := "Ar-beits=markt=in-te-gra-ti-on\nSachsen-|Anhalt-|Thüringen\nMen-tor*innen\nUfer\n"
	if stdout.String() != want {
		t.Errorf("got\n%s\nwant\n%s", stdout.String(), want)
	}
}
