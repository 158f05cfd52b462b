package german

import (
	"sync"
	"unicode/utf8"

	"brochure/layout/typeset"
)

// stemMemo keeps the pattern breaks of lower-case stems for every
// hyphenator using one pattern set, so a process that builds again
// (watch, serve, or a second edition) does not run the patterns and the
// compound joints again over words it has seen: a fresh hyphenator is
// made for each build. The breaks depend only on the patterns, the stem
// and the left and right minimums, which are part of the key. It is
// bounded by maxStemMemoEntries and starts afresh when full; its slices
// are never changed once stored.
type stemMemo struct {
	mu sync.RWMutex
	m  map[string][]typeset.WordBreak // key: LeftMin, RightMin, the stem in UTF-8
}

// Bounds of the stem memo: entries, and the longest stem kept (in bytes).
const (
	maxStemMemoEntries = 50_000
	maxStemMemoKey     = 64
)

// load returns the breaks kept for key.
func (s *stemMemo) load(key []byte) ([]typeset.WordBreak, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.m[string(key)]
	return b, ok
}

// store keeps breaks for key; callers must not change them afterwards.
func (s *stemMemo) store(key []byte, breaks []typeset.WordBreak) {
	if len(key) > maxStemMemoKey {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil || len(s.m) >= maxStemMemoEntries {
		s.m = make(map[string][]typeset.WordBreak)
	}
	s.m[string(key)] = breaks
}

// stemKey is the memo key of a lower-case stem (scratch space reused),
// or nil when the minimums do not fit a byte each.
func stemKey(buf []byte, leftMin, rightMin int, lower []rune) []byte {
	if leftMin < 0 || leftMin > 255 || rightMin < 0 || rightMin > 255 {
		return nil
	}
	buf = append(buf[:0], byte(leftMin), byte(rightMin))
	for _, r := range lower {
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}
