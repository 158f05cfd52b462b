package typeset

import "math"

// SettingStats sums up how the justified lines of a document were set, so
// that a designer can see what a theme change does to the text: how even
// the word spaces are, how far glyphs were scaled and how much that
// changes from line to line, how much hangs into the margins, how many
// lines end hyphenated and where compounds were broken. Distributions are
// kept as histograms of fixed size, so the figures cost the same memory
// for a page as for two thousand, and come out the same on every machine.
type SettingStats struct {
	lines, spaces int
	// spaceHist counts spaces by their width against the natural width,
	// in hundredths (0 … 3).
	spaceHist    [301]int
	spaceDevSum  float64 // the sum of |ratio − 1| over the spaces
	spaceMax     float64
	scaled       int
	scaleHist    [201]int // |glyph scale| in ten-thousandths/5 (0 … 5 %)
	jumpHist     [201]int // change of glyph scale between neighbouring lines of a paragraph, as scaleHist
	jumps        int
	protruded    int      // lines hanging into a margin
	left, right  int      // of them, at the left and the right
	protrudeHist [101]int // amounts, in tenths of a point (0 … 10 pt)
	protrusions  int
	hyphenated   int // lines ending in a hyphenation break or after a written hyphen
	longestRun   int
	breaksByKind [breakKinds]int
}

// AddParagraph counts the justified lines of one paragraph.
func (s *SettingStats) AddParagraph(lines []Line) {
	run := 0
	prevScale, hasPrev := 0, false
	for _, ln := range lines {
		set := ln.Setting
		if !set.Justified {
			hasPrev = false
			continue
		}
		s.lines++
		for range set.Spaces {
			s.spaceHist[clampIndex(int(math.Round(set.SpaceRatio*100)), len(s.spaceHist))]++
		}
		s.spaces += set.Spaces
		s.spaceDevSum += float64(set.Spaces) * math.Abs(set.SpaceRatio-1)
		if set.Spaces > 0 {
			s.spaceMax = max(s.spaceMax, set.SpaceRatio)
		}
		if set.GlyphScale != 0 {
			s.scaled++
		}
		s.scaleHist[clampIndex(abs(set.GlyphScale)/5, len(s.scaleHist))]++
		if hasPrev {
			s.jumpHist[clampIndex(abs(set.GlyphScale-prevScale)/5, len(s.jumpHist))]++
			s.jumps++
		}
		prevScale, hasPrev = set.GlyphScale, true
		if set.ProtrudeLeft > 0 || set.ProtrudeRight > 0 {
			s.protruded++
		}
		for _, p := range []Scaled{set.ProtrudeLeft, set.ProtrudeRight} {
			if p > 0 {
				s.protrudeHist[clampIndex(int(math.Round(p.Points()*10)), len(s.protrudeHist))]++
				s.protrusions++
			}
		}
		if set.ProtrudeLeft > 0 {
			s.left++
		}
		if set.ProtrudeRight > 0 {
			s.right++
		}
		if ln.Hyphenated {
			s.hyphenated++
			run++
			s.longestRun = max(s.longestRun, run)
		} else {
			run = 0
		}
		if set.InWord {
			s.breaksByKind[set.Break]++
		}
	}
}

// SettingSummary is what SettingStats found, in plain figures.
type SettingSummary struct {
	// Lines are the justified lines (a paragraph's last line is not
	// justified); Spaces the interword spaces on them.
	Lines  int `json:"lines"`
	Spaces int `json:"spaces"`
	// Word spaces against their natural width.
	SpaceMedian       float64 `json:"space_median"`
	SpaceP95          float64 `json:"space_p95"`
	SpaceMax          float64 `json:"space_max"`
	SpaceMeanDistance float64 `json:"space_mean_distance"` // mean |ratio − 1|
	// Glyph scaling (font expansion), in per cent: the share of lines
	// scaled, the 95th percentile and largest scale either way, and how
	// much the scale changes between neighbouring lines of a paragraph.
	ScaledShare float64 `json:"scaled_share"`
	ScaleP95    float64 `json:"scale_p95"`
	ScaleMax    float64 `json:"scale_max"`
	JumpP95     float64 `json:"jump_p95"`
	JumpMax     float64 `json:"jump_max"`
	// Margin protrusion: lines hanging into a margin (at the left, at the
	// right) and the amounts, in points.
	ProtrudedLines   int     `json:"protruded_lines"`
	ProtrudedLeft    int     `json:"protruded_left"`
	ProtrudedRight   int     `json:"protruded_right"`
	ProtrusionMedian float64 `json:"protrusion_median"`
	ProtrusionMax    float64 `json:"protrusion_max"`
	// Hyphenation: lines ending hyphenated, the longest run of them.
	HyphenatedLines int `json:"hyphenated_lines"`
	LongestRun      int `json:"longest_run"`
	// Breaks inside words by kind: in a compound at a joint, inside its
	// first part, inside a later part; in a simple word; after a hyphen
	// the text has.
	AtJoint     int `json:"at_joint"`
	InFirstPart int `json:"in_first_part"`
	InLaterPart int `json:"in_later_part"`
	InSimple    int `json:"in_simple_word"`
	AfterHyphen int `json:"after_hyphen"`
}

// Summary computes the figures. Percentiles are read from the histograms:
// to a hundredth of the natural space, 0.05 % of glyph scale and a tenth
// of a point.
func (s *SettingStats) Summary() SettingSummary {
	out := SettingSummary{
		Lines: s.lines, Spaces: s.spaces, SpaceMax: s.spaceMax,
		ProtrudedLines: s.protruded, ProtrudedLeft: s.left, ProtrudedRight: s.right,
		HyphenatedLines: s.hyphenated, LongestRun: s.longestRun,
		AtJoint: s.breaksByKind[Joint], InFirstPart: s.breaksByKind[FirstPart], InLaterPart: s.breaksByKind[LaterPart],
		InSimple: s.breaksByKind[Hyphenation], AfterHyphen: s.breaksByKind[AfterHyphen],
	}
	if s.spaces > 0 {
		out.SpaceMedian = float64(percentile(s.spaceHist[:], s.spaces, 50)) / 100
		out.SpaceP95 = float64(percentile(s.spaceHist[:], s.spaces, 95)) / 100
		out.SpaceMeanDistance = s.spaceDevSum / float64(s.spaces)
	}
	if s.lines > 0 {
		out.ScaledShare = 100 * float64(s.scaled) / float64(s.lines)
		out.ScaleP95 = float64(percentile(s.scaleHist[:], s.lines, 95)) * 5 / 100
		out.ScaleMax = float64(highest(s.scaleHist[:])) * 5 / 100
	}
	if s.jumps > 0 {
		out.JumpP95 = float64(percentile(s.jumpHist[:], s.jumps, 95)) * 5 / 100
		out.JumpMax = float64(highest(s.jumpHist[:])) * 5 / 100
	}
	if s.protrusions > 0 {
		out.ProtrusionMedian = float64(percentile(s.protrudeHist[:], s.protrusions, 50)) / 10
		out.ProtrusionMax = float64(highest(s.protrudeHist[:])) / 10
	}
	return out
}

// percentile is the bucket below which p per cent of the n counted values
// lie.
func percentile(hist []int, n, p int) int {
	want := (n*p + 99) / 100
	seen := 0
	for i, c := range hist {
		seen += c
		if seen >= want && seen > 0 {
			return i
		}
	}
	return len(hist) - 1
}

// highest is the last bucket with a value.
func highest(hist []int) int {
	for i := len(hist) - 1; i >= 0; i-- {
		if hist[i] > 0 {
			return i
		}
	}
	return 0
}

// clampIndex keeps i inside a histogram of n buckets.
func clampIndex(i, n int) int { return max(0, min(i, n-1)) }
