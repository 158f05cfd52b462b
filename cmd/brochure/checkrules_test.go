package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckReportsEveryRule: each funding rule is reported on every run
// and fails when violated — without EU co-funding the funder-logo rule is
// still there; without a funding statement the statement rule fails; with
// no funders at all the logo rule passes saying so.
func TestCheckReportsEveryRule(t *testing.T) {
	t.Parallel()
	example := string(exampleContent())
	cases := []struct {
		name, from, to string
		rule, status   string
	}{
		{"no EU co-funding", "eu_cofunded = true", "eu_cofunded = false", "funder-logo", "fail"},
		{"no EU co-funding, emblem", "eu_cofunded = true", "eu_cofunded = false", "eu-emblem", "fail"},
		{"funding statement deleted", "statement = ", "# statement = ", "funding-statement", "fail"},
		{"the example's statement", "", "", "funding-statement", "pass"},
	}
	for _, c := range cases {
		src := example
		if c.from != "" {
			if !strings.Contains(src, c.from) {
				t.Fatalf("%s: the example has no %q", c.name, c.from)
			}
			src = strings.Replace(src, c.from, c.to, 1)
		}
		if strings.Contains(c.to, "# statement") {
			// The statement may span lines: drop the whole value.
			start := strings.Index(src, "# statement = ")
			end := strings.Index(src[start:], "\n")
			if strings.HasPrefix(src[start+len("# statement = "):], `"""`) {
				end = strings.Index(src[start+17:], `"""`) + 17 + 3
			}
			src = src[:start] + src[start+end:]
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "content.toml")
		os.WriteFile(path, []byte(src), 0o644)
		var stdout, stderr bytes.Buffer
		run([]string{"check", "-json", path}, &stdout, &stderr)
		var report struct {
			Findings []struct{ Rule, Status, Message string } `json:"findings"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
			t.Fatalf("%s: %v\n%s\n%s", c.name, err, stdout.String(), stderr.String())
		}
		found := false
		for _, f := range report.Findings {
			if f.Rule == c.rule {
				found = true
				if f.Status != c.status {
					t.Errorf("%s: %s is %s (%s), want %s", c.name, c.rule, f.Status, f.Message, c.status)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s rule in the report", c.name, c.rule)
		}
	}
}
