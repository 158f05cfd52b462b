package layout

// warnContrast warns of the text the theme sets too faint on its ground
// (content.Theme.Contrast): the print edition is set all the same, the
// screen edition refuses it (output/build).
func (c *composer) warnContrast() {
	if c.doc.Theme == nil {
		return
	}
	for _, d := range c.doc.Theme.Contrast {
		c.warn(WarnLowContrast, d.Location(), "%s (the screen edition refuses it)", d.Msg)
	}
}
