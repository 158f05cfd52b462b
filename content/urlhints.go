package content

import (
	"fmt"
	"strings"
)

// emailAddress is an e-mail address written alone.
var emailAddress = lazyRegexp(`^[^@\s/:]+@[^@\s/:]+\.[A-Za-z]{2,}$`)

// noScheme says what an address without https:// is and how to write it:
// an e-mail address belongs in the body text, where it becomes a link to
// write to (a link's url and its QR code are for web pages); a web
// address takes https:// before it.
func noScheme(raw string) string {
	switch {
	case emailAddress().MatchString(raw):
		return fmt.Sprintf("%q is an e-mail address, not a web address; write it in the section's body text (%s), where it becomes a link that opens an e-mail, or give the web page's address here (https://…)", raw, raw)
	case strings.HasPrefix(strings.ToLower(raw), "www."):
		return fmt.Sprintf("%q is not a web address: write it with https:// before it (https://%s)", raw, raw)
	}
	return fmt.Sprintf("%q is not a web address: expected it to start with https:// or http://", raw)
}
