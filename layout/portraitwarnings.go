package layout

import (
	"fmt"

	"brochure/content"
)

// The reason a credit line leaves a portrait unprinted, and what to do.
const (
	moderationCredit = "the moderation is credited in a line, without portraits; remove photo, or list the person under [[sections.speakers]] to show it"
)

// warnUnprintedPortraits tells the author of each portrait given for
// people (the list key of section i: ".moderation") that a credit line
// leaves unprinted: every kind credits its moderation in a line
// („Moderation: Name (…)“). why says so, and what to do.
func (c *composer) warnUnprintedPortraits(i int, people []content.Person, key, why string) {
	for j, p := range people {
		if p.Photo != nil {
			c.warn(WarnUnprintedPortrait, c.where(i, fmt.Sprintf("%s[%d].photo", key, j)), "%s is not printed: %s", p.Photo.File, why)
		}
	}
}
