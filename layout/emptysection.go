package layout

import "brochure/content"

// warnEmptySection tells the author of a section with nothing under its
// heading — no text, speakers, moderation, agenda, pictures,
// presentations or links —, which would print as a heading alone: a
// draft may hold one, a brochure should not.
func (c *composer) warnEmptySection(i int, s content.Section) {
	if len(s.Body) > 0 || len(s.Speakers) > 0 || len(s.Moderation) > 0 || len(s.Items) > 0 ||
		len(s.Images) > 0 || len(s.Presentations) > 0 || len(s.Links) > 0 {
		return
	}
	c.warn(WarnEmptySection, c.where(i, ""),
		"the section „%s“ has nothing under its heading and prints as a heading alone; write its text (body = \"\"\"…\"\"\"), its speakers or pictures, or delete the [[sections]] entry", s.Title)
}
