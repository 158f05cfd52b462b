package qrencode

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/skip2/go-qrcode"
)

// The oracle tests compare the encoder with go-qrcode on the same seeded
// texts on every run, and go-qrcode's answer to a given text never
// changes (go.mod pins its version): it spent nine tenths of the
// package's time making those answers again (its Reed–Solomon and mask
// scoring are slow), about 4 s of processor time a run. Its answers are
// therefore recorded in oracleRecordFile, one line a text: a digest of
// the level and text, and a digest of go-qrcode's symbol (or of its
// error). compareWithRecord compares the encoder's symbol with the
// recorded one; a text the record does not hold is compared with
// go-qrcode itself, and so is every recordSpotCheck-th recorded one, so
// a record that is not go-qrcode's answer fails. -update-oracle adds
// go-qrcode's answers for the texts the tests compared to the record.

// oracleRecordFile holds go-qrcode's recorded answers.
const oracleRecordFile = "testdata/oracle.record"

// recordSpotCheck: every this many recorded texts (by the digest of the
// text), go-qrcode makes its answer again, which must be the recorded
// one.
const recordSpotCheck = 20

var updateOracle = flag.Bool("update-oracle", false, "add go-qrcode's answers for the texts compared to "+oracleRecordFile)

// oracleRecord is go-qrcode's recorded answers, text digest → answer
// digest, read once per test binary.
var oracleRecord struct {
	once    sync.Once
	mu      sync.Mutex
	answers map[string]string
	err     error
	missed  int // texts compared with go-qrcode for want of a record
}

// recordedAnswers reads the record (once).
func recordedAnswers(t testing.TB) map[string]string {
	t.Helper()
	oracleRecord.once.Do(func() {
		oracleRecord.answers = map[string]string{}
		f, err := os.Open(oracleRecordFile)
		if err != nil {
			oracleRecord.err = err
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") || line == "" {
				continue
			}
			key, answer, ok := strings.Cut(line, " ")
			if !ok {
				oracleRecord.err = fmt.Errorf("%s: %q is not „text-digest answer-digest“", oracleRecordFile, line)
				return
			}
			oracleRecord.answers[key] = answer
		}
		oracleRecord.err = sc.Err()
	})
	if oracleRecord.err != nil && !*updateOracle {
		t.Fatalf("%v (make it with go test ./layout/qrencode -update-oracle)", oracleRecord.err)
	}
	return oracleRecord.answers
}

// textDigest identifies a text at a level in the record.
func textDigest(text string, level Level) string {
	h := sha256.Sum256(append([]byte{byte(level)}, text...))
	return hex.EncodeToString(h[:8])
}

// answerDigest is the digest of a symbol (its modules, the quiet zone
// included) or of the error an encoder returned instead.
func answerDigest(rows [][]bool, err error) string {
	h := sha256.New()
	if err != nil {
		fmt.Fprintf(h, "error: %s", err)
	} else {
		fmt.Fprintf(h, "%d:", len(rows))
		for _, row := range rows {
			var b bytes.Buffer
			for _, m := range row {
				if m {
					b.WriteByte('1')
				} else {
					b.WriteByte('0')
				}
			}
			h.Write(b.Bytes())
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// spotChecked reports whether a recorded text is one of those go-qrcode
// answers again (one in recordSpotCheck, by its digest).
func spotChecked(key string) bool {
	n, _ := strconv.ParseUint(key[:8], 16, 32)
	return n%recordSpotCheck == 0
}

// oracleAnswer is go-qrcode's answer to a text, as answerDigest.
func oracleAnswer(text string, level Level) string {
	q, err := qrcode.New(text, oracleLevel[level])
	if err != nil {
		return answerDigest(nil, err)
	}
	return answerDigest(q.Bitmap(), nil)
}

// compareWithRecord fails unless the encoder makes go-qrcode's recorded
// symbol for text, module for module, or returns go-qrcode's error. A
// text not in the record, every recordSpotCheck-th one that is, and one
// whose symbol differs (for the message naming the module) are compared
// with go-qrcode itself (compareWithOracle). It returns the symbol's
// version and mask, 0 and -1 for an error.
func compareWithRecord(t testing.TB, text string, level Level) (version, mask int) {
	t.Helper()
	answers := recordedAnswers(t)
	key := textDigest(text, level)
	oracleRecord.mu.Lock()
	want, ok := answers[key]
	oracleRecord.mu.Unlock()
	if !ok || *updateOracle || spotChecked(key) {
		if !ok {
			oracleRecord.mu.Lock()
			oracleRecord.missed++
			oracleRecord.mu.Unlock()
		}
		if ok && !*updateOracle {
			if live := oracleAnswer(text, level); live != want {
				t.Fatalf("level %d, %q: %s records %s, go-qrcode answers %s: the record is not go-qrcode's (remake it with -update-oracle)",
					level, clip(text), oracleRecordFile, want, live)
			}
		}
		v, m := compareWithOracle(t, text, level)
		if *updateOracle {
			oracleRecord.mu.Lock()
			answers[key] = oracleAnswer(text, level)
			oracleRecord.mu.Unlock()
		}
		return v, m
	}
	got, err := Encode(text, level)
	if answerDigest(got, err) != want {
		compareWithOracle(t, text, level) // names the module that differs
		t.Fatalf("level %d, %q: the symbol differs from go-qrcode's recorded one, which go-qrcode no longer makes: remake %s with -update-oracle",
			level, clip(text), oracleRecordFile)
	}
	if err != nil {
		return 0, -1
	}
	return (len(got) - 25) / 4, symbolMask(got)
}

// writeOracleRecord writes the record with the answers added
// (-update-oracle), sorted by text digest.
func writeOracleRecord() error {
	keys := make([]string, 0, len(oracleRecord.answers))
	for k := range oracleRecord.answers {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# go-qrcode's answers to the oracle tests' texts: digest of level and text, digest of the symbol or error (oracle_record_test.go).\n")
	b.WriteString("# Remake: rm this file; go test ./layout/qrencode -run Oracle -update-oracle\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "%s %s\n", k, oracleRecord.answers[k])
	}
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		return err
	}
	return os.WriteFile(oracleRecordFile, []byte(b.String()), 0o644)
}

// TestMain writes the record after the tests with -update-oracle, and
// says how many texts were compared with go-qrcode for want of one.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if *updateOracle && code == 0 {
		if err := writeOracleRecord(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	} else if oracleRecord.missed > 0 {
		fmt.Fprintf(os.Stderr, "%d texts were compared with go-qrcode for want of a record in %s: add them with -update-oracle\n", oracleRecord.missed, oracleRecordFile)
	}
	os.Exit(code)
}
