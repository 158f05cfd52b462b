package content

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"brochure/fonts"
)

// Contrast ratios WCAG 2.1 asks of text (1.4.3).
const (
	textContrast  = 4.5
	largeContrast = 3.0
)

// contrastPair is a text colour on a ground colour, by name, and the
// roles that set it so.
type contrastPair struct {
	text, ground string
	roles        []contrastRole
}

// contrastRole is a role of a contrastPair: its name, type size and the
// contrast its text needs.
type contrastRole struct {
	name       string
	size, need float64
}

// checkContrast finds text the theme sets too faint on its ground for
// the screen: under the 4.5:1 contrast WCAG 2.1 (1.4.3, level AA, which
// BITV 2.0 makes binding on public bodies) asks of text, or 3:1 of large
// text (18 pt, or 14 pt bold). It checks the cover's roles on the cover's
// field (cover_event stands below it), every other role on the paper,
// and the muted notes set at the caption's size; a colour pair is
// reported once, with the roles that fall short (large text that reaches
// 3:1 does not), at the colour of the pair that is not the paper (the
// one to change).
func (d *decoder) checkContrast(t *Theme) Diagnostics {
	if _, ok := t.Colours["paper"]; !ok {
		return nil
	}
	var pairs []*contrastPair
	add := func(role, text, ground string, size float64, style fonts.Style) {
		need := textContrast
		if size >= 18 || size >= 14 && style&fonts.Bold != 0 {
			need = largeContrast
		}
		r := contrastRole{name: role, size: size, need: need}
		for _, p := range pairs {
			if p.text == text && p.ground == ground {
				p.roles = append(p.roles, r)
				return
			}
		}
		pairs = append(pairs, &contrastPair{text: text, ground: ground, roles: []contrastRole{r}})
	}
	for _, name := range RoleNames {
		if r, ok := t.Roles[name]; ok {
			ground := "paper"
			if strings.HasPrefix(name, "cover_") && name != "cover_event" {
				ground = t.Cover.Background
			}
			add("roles."+name, r.Colour, ground, r.Size, r.Style)
		}
	}
	if caption, ok := t.Roles["caption"]; ok {
		add("notes (muted, in the caption's size)", "muted", "paper", caption.Size, caption.Style)
	}
	var issues Diagnostics
	for _, p := range pairs {
		if msg := p.problem(t.Colours); msg != "" {
			culprit := p.text
			if culprit == "paper" {
				culprit = p.ground
			}
			path := "colours." + culprit
			issues = append(issues, Diagnostic{File: d.file, Pos: d.keys.find(path), Path: path, Msg: msg})
		}
	}
	return issues
}

// problem says what is wrong with the pair's contrast, or "".
func (p *contrastPair) problem(colours map[string]Colour) string {
	text, ok := colours[p.text]
	ground, okGround := colours[p.ground]
	if !ok || !okGround {
		return ""
	}
	ratio := contrastRatio(text.RGB, ground.RGB)
	var failing []string
	size, need := 0.0, 0.0
	for _, r := range p.roles {
		if ratio < r.need {
			if len(failing) == 0 || r.size < size {
				size = r.size
			}
			failing, need = append(failing, r.name), max(need, r.need)
		}
	}
	if len(failing) == 0 {
		return ""
	}
	culprit, other := text, ground
	name := p.text
	if p.text == "paper" {
		culprit, other, name = ground, text, p.ground
	}
	direction := "darker"
	if relativeLuminance(culprit.RGB) > relativeLuminance(other.RGB) {
		direction = "lighter"
	}
	return fmt.Sprintf("%s set%s %s (%s) on %s (%s) at a contrast of %s:1; text of %.0f pt needs %.1f:1 on screen (WCAG 2.1, 1.4.3, which BITV 2.0 makes binding): choose a %s %s",
		joinRoles(failing), map[bool]string{true: "s", false: ""}[len(failing) == 1], p.text, hexRGB(text.RGB), p.ground, hexRGB(ground.RGB),
		ratioText(ratio, need), size, need, direction, name)
}

// ratioText writes a contrast ratio below need as a message does: to a
// tenth, or to a hundredth, rounded down, where a tenth would round it up
// to need (#C2571A on white: 4.49, not „4.5:1; … needs 4.5:1“).
func ratioText(ratio, need float64) string {
	if s := strconv.FormatFloat(ratio, 'f', 1, 64); s != strconv.FormatFloat(need, 'f', 1, 64) {
		return s
	}
	return strconv.FormatFloat(math.Floor(ratio*100)/100, 'f', 2, 64)
}

// joinRoles lists roles as a message names them: „roles.a, roles.b and
// roles.c“.
func joinRoles(roles []string) string {
	if len(roles) == 1 {
		return roles[0]
	}
	return strings.Join(roles[:len(roles)-1], ", ") + " and " + roles[len(roles)-1]
}

// contrastRatio is the WCAG contrast ratio of two sRGB colours, from 1
// (the same) to 21 (black on white).
func contrastRatio(a, b [3]uint8) float64 {
	la, lb := relativeLuminance(a), relativeLuminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// relativeLuminance is an sRGB colour's relative luminance (WCAG 2.1).
func relativeLuminance(c [3]uint8) float64 {
	var l [3]float64
	for i, v := range c {
		s := float64(v) / 255
		if s <= 0.04045 {
			l[i] = s / 12.92
		} else {
			l[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

// hexRGB writes a colour as the theme writes it, "#004B87".
func hexRGB(c [3]uint8) string { return fmt.Sprintf("#%02X%02X%02X", c[0], c[1], c[2]) }
