package main

import (
	"fmt"
	"io"
	"os/exec"
	"runtime"
)

// browserOpeners are the programs that open an address in the default
// browser, per system, tried in order.
func browserOpeners() [][]string {
	switch runtime.GOOS {
	case "darwin":
		return [][]string{{"open"}}
	case "windows":
		return [][]string{{"rundll32", "url.dll,FileProtocolHandler"}}
	}
	return [][]string{{"xdg-open"}, {"sensible-browser"}}
}

// openBrowser opens url in the default browser with the first opener
// found, without waiting for it; where none exists it says so on w and
// the preview goes on.
func openBrowser(url string, w io.Writer) {
	for _, opener := range browserOpeners() {
		path, err := exec.LookPath(opener[0])
		if err != nil {
			continue
		}
		cmd := exec.Command(path, append(opener[1:], url)...)
		if err := cmd.Start(); err != nil {
			fmt.Fprintf(w, "-open: %s: %v; open %s yourself\n", opener[0], err, url)
			return
		}
		go cmd.Wait() // reap it; its outcome is the browser's business
		return
	}
	fmt.Fprintf(w, "-open: no program to open a browser was found (%s); open %s yourself\n", browserOpeners()[0][0], url)
}
