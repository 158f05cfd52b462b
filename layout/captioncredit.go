package layout

import "brochure/content"

// warnCaptionCredits tells the author of each picture of a section whose
// caption ended with the credit its credit = gives as well: the content
// took it out of the caption (content.Image.CaptionCredit), so it is
// printed once, after the caption.
func (c *composer) warnCaptionCredits(s content.Section) {
	for _, img := range s.Images {
		if img.CaptionCredit != "" {
			c.warn(WarnCaptionCredit, img.CaptionAt,
				"the caption ends with the picture's credit („%s“), which credit = prints after it as well; it is printed once — delete it from the caption", img.CaptionCredit)
		}
	}
}
