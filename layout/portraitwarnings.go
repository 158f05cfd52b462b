package layout

import (
	"fmt"

	"brochure/content"
)

// The reasons a credit line leaves a portrait unprinted, and what to do.
const (
	workshopLine     = "a workshop credits its speakers in a line, without portraits (kind = \"talk\" or \"panel\" sets speakers with their portraits); remove photo, or change the kind"
	moderationCredit = "the moderation is credited in a line, without portraits; remove photo, or list the person under [[sections.speakers]] to show it"
)

// warnUnprintedPortraits tells the author of each portrait given for
// people (the list key of section i: ".speakers", ".moderation") that a
// credit line leaves unprinted: a workshop credits its speakers in a line
// („Mit Name (Rolle) und …“), and every kind its moderation („Moderation:
// Name (…)“). why says which, and what to do.
func (c *composer) warnUnprintedPortraits(i int, people []content.Person, key, why string) {
	for j, p := range people {
		if p.Photo != nil {
			c.warn(WarnUnprintedPortrait, c.where(i, fmt.Sprintf("%s[%d].photo", key, j)), "%s is not printed: %s", p.Photo.File, why)
		}
	}
}
