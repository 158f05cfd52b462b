package qrencode

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/skip2/go-qrcode"
)

// oracleLevel is go-qrcode's name of each level.
var oracleLevel = [...]qrcode.RecoveryLevel{qrcode.Low, qrcode.Medium, qrcode.High, qrcode.Highest}

// symbolMask reads the mask of a symbol (with its quiet zone) from its
// format information beside the upper-left finder.
func symbolMask(rows [][]bool) int {
	bits := 0
	for i, p := range formatPositions(len(rows) - 8) {
		if rows[p[0][1]+4][p[0][0]+4] {
			bits |= 1 << i
		}
	}
	return (bits ^ 0x5412) >> 10 & 7
}

// compareWithOracle encodes text with both encoders and fails unless they
// agree module for module, or return the same error. It returns the
// version and mask of the symbol, 0 and -1 for an error.
func compareWithOracle(t testing.TB, text string, level Level) (version, mask int) {
	t.Helper()
	got, err := Encode(text, level)
	q, werr := qrcode.New(text, oracleLevel[level])
	if err != nil || werr != nil {
		if err == nil || werr == nil || err.Error() != werr.Error() {
			t.Fatalf("level %d, %q: error %v, go-qrcode's %v", level, clip(text), err, werr)
		}
		return 0, -1
	}
	want := q.Bitmap()
	if len(got) != len(want) {
		t.Fatalf("level %d, %q: %d rows, go-qrcode %d", level, clip(text), len(got), len(want))
	}
	for y := range want {
		for x := range want[y] {
			if got[y][x] != want[y][x] {
				t.Fatalf("level %d, %q (version %d): module (%d, %d) differs; masks %d and %d",
					level, clip(text), q.VersionNumber, x-4, y-4, symbolMask(got), symbolMask(want))
			}
		}
	}
	return q.VersionNumber, symbolMask(got)
}

func clip(s string) string {
	if len(s) > 60 {
		return fmt.Sprintf("%s… (%d bytes)", s[:60], len(s))
	}
	return s
}

// Alphabets of random texts: digits, the alphanumeric set, addresses,
// any byte, and mixtures of runs of the first three (which exercise the
// segmentation).
const (
	digits       = "0123456789"
	alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
	address      = "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%"
)

// capacity estimates how many characters of an alphabet fit a version.
func capacity(version int, level Level, alphabet int) int {
	bits := 8*dataCodewords(version, level) - 20
	switch alphabet {
	case 0:
		return bits * 3 / 10
	case 1:
		return bits * 2 / 11
	}
	return bits / 8
}

// randomText returns a text that should land near the given version.
func randomText(r *rand.Rand, version int, level Level) string {
	alphabet := r.IntN(5)
	lo, hi := 1, capacity(version, level, min(alphabet, 2))
	if version > 1 {
		lo = capacity(version-1, level, min(alphabet, 2)) + 1
	}
	n := lo + r.IntN(max(hi-lo+1, 1))
	var b strings.Builder
	for b.Len() < n {
		switch alphabet {
		case 0:
			b.WriteByte(digits[r.IntN(len(digits))])
		case 1:
			b.WriteByte(alphanumeric[r.IntN(len(alphanumeric))])
		case 2:
			b.WriteByte(address[r.IntN(len(address))])
		case 3:
			b.WriteByte(byte(r.IntN(256)))
		default:
			set := [...]string{digits, alphanumeric, address}[r.IntN(3)]
			for k := 1 + r.IntN(12); k > 0 && b.Len() < n; k-- {
				b.WriteByte(set[r.IntN(len(set))])
			}
		}
	}
	return b.String()
}

// oracleRun compares count random texts at a level, aiming at the given
// versions in turn, with go-qrcode's answers (as recorded,
// compareWithRecord), and returns the versions and masks seen.
func oracleRun(t *testing.T, seed uint64, level Level, versions []int, count int) (seenV [maxVersion + 1]int, seenM [8]int) {
	r := rand.New(rand.NewPCG(seed, uint64(level)))
	for i := 0; i < count; i++ {
		want := versions[i%len(versions)]
		text := randomText(r, want, level)
		for try := 0; try < 100; try++ {
			// Texts of mixed runs miss their version often; draw
			// again until one hits it (planning is cheap).
			if p, err := plan(text, level); err == nil && p.version == want {
				break
			}
			text = randomText(r, want, level)
		}
		v, m := compareWithRecord(t, text, level)
		seenV[v]++
		if m >= 0 {
			seenM[m]++
		}
	}
	return seenV, seenM
}

// TestOracleMedium compares the encoder with go-qrcode on about 2,000
// random texts at level M, as the brochure encodes: mostly small versions
// (addresses), and every version from 1 to 40 at least once; every
// version and every mask must have been made.
func TestOracleMedium(t *testing.T) {
	var versions []int
	for v := 1; v <= maxVersion; v++ {
		versions = append(versions, v) // one sweep of all versions…
	}
	seenV, seenM := oracleRun(t, 1, LevelM, versions, maxVersion)
	small := []int{1, 2, 3, 4, 5, 6, 7, 8}
	v2, m2 := oracleRun(t, 2, LevelM, small, 1960) // …and many small ones
	for v := range seenV {
		seenV[v] += v2[v]
	}
	for m := range seenM {
		seenM[m] += m2[m]
	}
	for v := 1; v <= maxVersion; v++ {
		if seenV[v] == 0 {
			t.Errorf("no text made version %d", v)
		}
	}
	for m, n := range seenM {
		if n == 0 {
			t.Errorf("no symbol has mask %d", m)
		}
	}
	t.Logf("versions %v, masks %v", seenV[1:], seenM)
}

// TestOracleOtherLevels compares at levels L, Q and H: many small
// versions and a quarter of the large ones each (staggered, so that the
// three levels together cover every version).
func TestOracleOtherLevels(t *testing.T) {
	for _, level := range []Level{LevelL, LevelQ, LevelH} {
		versions := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		for v := 11 + int(level); v <= maxVersion; v += 4 {
			versions = append(versions, v)
		}
		seenV, seenM := oracleRun(t, 3, level, versions, len(versions)+30)
		for _, v := range versions {
			if seenV[v] == 0 {
				t.Errorf("level %d: no text made version %d", level, v)
			}
		}
		for m, n := range seenM {
			if n == 0 {
				t.Errorf("level %d: no symbol has mask %d", level, m)
			}
		}
	}
}

// TestOracleFull compares every version at every level ten times; it
// takes about a minute, so it runs only with QRENCODE_ORACLE_FULL=1.
func TestOracleFull(t *testing.T) {
	if os.Getenv("QRENCODE_ORACLE_FULL") == "" {
		t.Skip("set QRENCODE_ORACLE_FULL=1 to compare every version at every level")
	}
	for level := LevelL; level <= LevelH; level++ {
		var versions []int
		for v := 1; v <= maxVersion; v++ {
			versions = append(versions, v)
		}
		seenV, _ := oracleRun(t, 4, level, versions, 10*maxVersion)
		for v := 1; v <= maxVersion; v++ {
			if seenV[v] == 0 {
				t.Errorf("level %d: no text made version %d", level, v)
			}
		}
	}
}

// TestOracleBoundaries finds, for each level and alphabet, the longest
// text that fits and checks that both encoders make its symbol and both
// refuse one character more with the same error; and compares the
// errors of empty text and of runs too long for any count indicator.
func TestOracleBoundaries(t *testing.T) {
	for level := LevelL; level <= LevelH; level++ {
		units := []string{"7", "Q", "q"}
		if level == LevelM {
			units = append(units, "Q7", "q7")
		}
		for _, unit := range units {
			lo, hi := 1, 8000 // lo fits, hi does not
			for hi-lo > 1 {
				mid := (lo + hi) / 2
				if _, err := Encode(strings.Repeat(unit, mid)[:mid], level); err == nil {
					lo = mid
				} else {
					hi = mid
				}
			}
			fits := strings.Repeat(unit, hi)
			if v, _ := compareWithRecord(t, fits[:lo], level); v != maxVersion {
				t.Errorf("level %d, %q×%d: the longest text that fits makes version %d", level, unit, lo, v)
			}
			if v, _ := compareWithRecord(t, fits[:hi], level); v != 0 {
				t.Errorf("level %d, %q×%d is encoded", level, unit, hi)
			}
		}
	}
	if _, err := Encode("", LevelM); !errors.Is(err, ErrNoData) {
		t.Errorf("empty text: %v", err)
	}
	compareWithRecord(t, "", LevelM)
	for _, text := range []string{strings.Repeat("1", 16384), strings.Repeat("A", 8192), strings.Repeat("a", 65536)} {
		if _, err := Encode(text, LevelL); !errors.Is(err, ErrSegmentTooLong) {
			t.Errorf("%s: %v", clip(text), err)
		}
		compareWithRecord(t, text, LevelL)
	}
	if _, err := Encode("x", Level(4)); !errors.Is(err, ErrLevel) {
		t.Errorf("level 4: %v", err)
	}
}

// FuzzEncode compares the encoder with go-qrcode on any text.
func FuzzEncode(f *testing.F) {
	for _, s := range []string{"https://example.org/", "HELLO 123", "0123456789", "ä", "A1b2C3"} {
		f.Add(s, uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, level uint8) {
		if len(text) > 400 {
			text = text[:400]
		}
		compareWithOracle(t, text, Level(level%4))
	})
}
