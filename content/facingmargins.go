package content

// Facing margins: a theme gives the page's side margins either as
// margin_left and margin_right, the same on every page, or as margin_inner
// and margin_outer, mirrored on the left- and right-hand pages of the
// bound edition. The two pairs exclude each other.

// sideMarginKeys and facingMarginKeys are the two ways to give the side
// margins.
var (
	sideMarginKeys   = []string{"margin_left", "margin_right"}
	facingMarginKeys = []string{"margin_inner", "margin_outer"}
)

// checkFacingMargins refuses a user theme that gives inner or outer
// margins together with left or right ones, or one of inner and outer
// without the other, at the key that is too many or that lacks its pair.
func (d *decoder) checkFacingMargins(user map[string]any) {
	page, ok := user["page"].(map[string]any)
	if !ok {
		return
	}
	facing := givenKeys(page, facingMarginKeys)
	if len(facing) == 0 {
		return
	}
	for _, k := range givenKeys(page, sideMarginKeys) {
		d.errorf("page."+k, "%s cannot be given with page.%s: inner and outer margins are mirrored on facing pages and replace left and right (remove %s)",
			k, facing[0], k)
	}
	if len(facing) == 1 {
		other := facingMarginKeys[0]
		if facing[0] == other {
			other = facingMarginKeys[1]
		}
		d.errorf("page."+facing[0], "%s needs page.%s too: give both inner and outer margins (or margin_left and margin_right)", facing[0], other)
	}
}

// givenKeys lists which of keys m holds, in the order of keys.
func givenKeys(m map[string]any, keys []string) []string {
	var given []string
	for _, k := range keys {
		if _, ok := m[k]; ok {
			given = append(given, k)
		}
	}
	return given
}

// dropSideMargins removes the built-in theme's margin_left and
// margin_right from base when the user theme gives inner and outer
// margins instead, so the merged theme holds one pair.
func dropSideMargins(base, user map[string]any) {
	page, _ := user["page"].(map[string]any)
	basePage, _ := base["page"].(map[string]any)
	if page == nil || basePage == nil || len(givenKeys(page, facingMarginKeys)) == 0 {
		return
	}
	for _, k := range sideMarginKeys {
		delete(basePage, k)
	}
}

// sideMargins settles the page's side margins once its keys are read:
// when the theme gives margin_inner and margin_outer, they become the
// right-hand page's left and right margins, mirrored on left-hand pages.
func (d *decoder) sideMargins(p map[string]any, pg *PageTheme) {
	if len(givenKeys(p, facingMarginKeys)) == 0 {
		return
	}
	pg.MarginLeft, pg.MarginRight, pg.Mirrored = pg.MarginInner, pg.MarginOuter, true
}
