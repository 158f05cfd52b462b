package content

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// ReadFileLimited reads a file a user named — content, theme, profile —
// safely: it must be a regular file (a device such as /dev/zero, a pipe
// that would block, or a folder is refused before anything is opened),
// its size is checked before reading, and the read stops past limit, so a
// file that grows while it is read cannot exhaust memory either. what
// names the kind of file in messages ("content files").
func ReadFileLimited(path string, limit int64, what string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("is not a regular file (%s)", fileKind(info.Mode()))
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("file is %d bytes; %s may be at most %d MiB", info.Size(), what, limit>>20)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	defer f.Close()
	// One buffer of the size the file had, with room to see its end
	// (io.ReadAll would start at 512 bytes and double, copying each time).
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, fmt.Errorf("%s", describeReadError(err))
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("grew past %d MiB while it was read", limit>>20)
	}
	return data, nil
}

// fileKind names what a non-regular file is.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}
