package preflight

import (
	"regexp"
	"sync"
)

// lazyRegexp returns a regular expression compiled when first used, not
// when the program starts: every command (even `brochure version`) paid
// for compiling the expressions that only some inputs need.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
