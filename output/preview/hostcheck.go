package preview

import (
	"net"
	"strings"
)

// hostCheck knows the Host headers that name the bound address.
type hostCheck struct {
	port     string
	exact    map[string]bool
	anyLocal bool // bound to every interface: any IP literal is the address
}

func newHostCheck(addr string) (hostCheck, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return hostCheck{}, err
	}
	hc := hostCheck{port: port, exact: map[string]bool{strings.ToLower(addr): true}}
	ip := net.ParseIP(host)
	if ip == nil || ip.IsLoopback() {
		for _, h := range []string{"localhost", "127.0.0.1", "[::1]"} {
			hc.exact[h+":"+port] = true
		}
	}
	if ip != nil && ip.IsUnspecified() {
		hc.anyLocal = true
	}
	return hc, nil
}

// allows reports whether a Host header names the bound address: a DNS
// name that is not localhost never does, so a page of another site that
// rebinds its name to this machine gets nothing.
func (hc hostCheck) allows(host string) bool {
	host = strings.ToLower(host)
	if hc.exact[host] {
		return true
	}
	if !hc.anyLocal {
		return false
	}
	h, port, err := net.SplitHostPort(host)
	return err == nil && port == hc.port && net.ParseIP(strings.Trim(h, "[]")) != nil
}

// allowsOrigin reports whether an Origin header is this preview's.
func (hc hostCheck) allowsOrigin(origin string) bool {
	rest, ok := strings.CutPrefix(origin, "http://")
	return ok && hc.allows(rest)
}
