package output

import (
	"bytes"
	"fmt"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Page contents are written in segments: the operators drawn here between
// two things fpdf draws itself (images, imported artwork) form one
// segment. Each segment is compressed as soon as it is complete, on the
// other cores while drawing goes on, and fpdf's page gets only a marker
// comment in its place. The final pass turns each page's /Contents into
// an array of streams — fpdf's pieces and the segments, in drawing order
// — so the uncompressed operators of the whole document are never held at
// once, and fpdf never copies them.

// segmentMarker is the comment that stands in fpdf's page for segment N.
const segmentMarker = "%brochure-segment "

var (
	segmentMarkerLine = regexp.MustCompile(`(?m)^%brochure-segment (\d+)\r?\n?`)
	contentsRef       = regexp.MustCompile(`/Contents (\d+) 0 R`) // as fpdf writes it: one stream
)

// segmentCompressor compresses segments in the background, one worker per
// core; results keep the order of
// submission, so the file does not depend on scheduling.
type segmentCompressor struct {
	jobs    chan segmentJob
	wg      sync.WaitGroup
	mu      sync.Mutex
	results [][]byte
	free    chan []byte // buffers to reuse for the raw operators
}

type segmentJob struct {
	index int
	raw   []byte
}

func newSegmentCompressor() *segmentCompressor {
	s := &segmentCompressor{jobs: make(chan segmentJob, 16), free: make(chan []byte, 32)}
	for range max(1, runtime.GOMAXPROCS(0)) {
		s.wg.Add(1)
		go s.work()
	}
	return s
}

func (s *segmentCompressor) work() {
	defer s.wg.Done()
	for job := range s.jobs {
		out := deflate(job.raw)
		s.mu.Lock()
		s.results[job.index] = out
		s.mu.Unlock()
		select {
		case s.free <- job.raw[:0]:
		default:
		}
	}
}

// submit hands raw operators over (the compressor owns them now) and
// returns the segment's number.
func (s *segmentCompressor) submit(raw []byte) int {
	s.mu.Lock()
	index := len(s.results)
	s.results = append(s.results, nil)
	s.mu.Unlock()
	s.jobs <- segmentJob{index: index, raw: raw}
	return index
}

// buffer returns an empty buffer for the next segment, reusing one a
// worker has finished with when there is one.
func (s *segmentCompressor) buffer() []byte {
	select {
	case b := <-s.free:
		return b
	default:
		return make([]byte, 0, 32<<10)
	}
}

// finish waits for all segments and returns them, compressed, in order.
func (s *segmentCompressor) finish() [][]byte {
	close(s.jobs)
	s.wg.Wait()
	return s.results
}

// spliceSegments replaces each page's fpdf content stream by an array of
// streams: the pieces of fpdf's stream between the markers, and the
// segments the markers stand for.
func (f *pdfFile) spliceSegments(pages []*pdfObject, segments [][]byte) error {
	used := 0
	for _, p := range pages {
		m := contentsRef.FindSubmatchIndex(p.body)
		if m == nil {
			return fmt.Errorf("output: page without contents")
		}
		n, _ := strconv.Atoi(string(p.body[m[2]:m[3]]))
		own := f.objects[n]
		if own == nil || own.stream == nil {
			return fmt.Errorf("output: page contents %d missing", n)
		}
		if bytes.Contains(own.body, []byte("/Filter")) {
			return fmt.Errorf("output: page contents %d are compressed; segments cannot be placed", n)
		}
		// fpdf's object keeps its first non-blank piece; the other pieces
		// and the segments become objects of their own.
		data := own.stream
		own.stream = []byte{}
		ownUsed := false
		var refs []string
		piece := func(b []byte) {
			switch {
			case len(bytes.TrimSpace(b)) == 0:
				return
			case !ownUsed:
				own.stream, ownUsed = b, true
				refs = append(refs, fmt.Sprintf("%d 0 R", n))
			default:
				refs = append(refs, fmt.Sprintf("%d 0 R", f.add([]byte(fmt.Sprintf("<< /Length %d >>", len(b))), b)))
			}
		}
		last := 0
		for _, mk := range segmentMarkerLine.FindAllSubmatchIndex(data, -1) {
			piece(data[last:mk[0]])
			k, _ := strconv.Atoi(string(data[mk[2]:mk[3]]))
			if k < 0 || k >= len(segments) || segments[k] == nil {
				return fmt.Errorf("output: page refers to unknown segment %d", k)
			}
			refs = append(refs, fmt.Sprintf("%d 0 R", f.addFlateStream("<<", segments[k])))
			used++
			last = mk[1]
		}
		piece(data[last:])
		own.body = setKey(own.body, "Length", strconv.Itoa(len(own.stream)))
		if len(refs) == 0 {
			continue // an empty page keeps fpdf's (now empty) stream
		}
		// fpdf's object, if it kept no piece, is left unreferenced and
		// renumbering drops it.
		value := refs[0]
		if len(refs) > 1 {
			value = "[" + strings.Join(refs, " ") + "]"
		}
		p.body = append(append(append([]byte(nil), p.body[:m[0]]...), "/Contents "+value...), p.body[m[1]:]...)
	}
	if used != len(segments) {
		return fmt.Errorf("output: %d content segments drawn, %d placed", len(segments), used)
	}
	return nil
}
