package main

import (
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestPreviewMarksCompositionFindings opens the live preview of an event
// with provoked faults of the page make-up in headless Chromium: every
// composition finding check reports is marked on its page, in the
// composition marks' own style and named by its kind, and listed with
// its kind and element. With COMPOSITION_SCREENSHOT set it saves a
// screenshot there.
func TestPreviewMarksCompositionFindings(t *testing.T) {
	t.Parallel()
	path := faultyEvent(t)
	findings, _ := compositionReport(t, path)
	var want []string
	for _, f := range findings {
		if f.Page > 0 {
			want = append(want, f.Kind)
		}
	}
	sort.Strings(want)
	if len(want) == 0 {
		t.Fatal("check reports no composition finding on a page")
	}
	_, addr := startPreview(t, path)
	b := startBrowser(t)
	b.navigate(t, "http://"+addr+"/", 1400, 900)
	b.waitFor(t, `document.querySelectorAll(".mark.composition").length > 0`, 30*time.Second)
	var marks []string
	b.eval(t, `[...document.querySelectorAll(".mark.composition")].map(m => m.dataset.kind).sort()`, &marks)
	if strings.Join(marks, " ") != strings.Join(want, " ") {
		t.Errorf("the pages mark %v; check reports %v", marks, want)
	}
	var listed []string
	b.eval(t, `[...document.querySelectorAll("#warnings li.composition .kind")].map(k => k.textContent)`, &listed)
	if len(listed) != len(findings) {
		t.Errorf("%d composition findings listed, check reports %d", len(listed), len(findings))
	}
	for _, l := range listed {
		if !strings.Contains(l, " · ") {
			t.Errorf("a listed finding without its element: %q", l)
		}
	}
	var plainComposition int
	b.eval(t, `[...document.querySelectorAll(".mark:not(.composition)")].length`, &plainComposition)
	t.Logf("%d composition marks, %d other marks", len(marks), plainComposition)
	if shot := os.Getenv("COMPOSITION_SCREENSHOT"); shot != "" {
		b.eval(t, `document.getElementById("page-3").scrollIntoView(), 0`, nil)
		writeFile(t, shot, b.screenshot(t))
	}
}
