package pageimage

// Renderer draws pages. It keeps what it has read — parsed fonts, glyph
// outlines, decoded images — so that drawing many pages, or the same
// document again after an edit (the live preview), reads each only once.
// A Renderer is not safe for use by several goroutines at once.
type Renderer struct {
	outlines *outlines
	images   *imageCache
	pngs     map[embeddedKey]string // pictures drawn for SVG, base64 PNG
	pngBytes int                    // their length, against maxCachedPNGBytes
	subsets  map[subsetKey]string   // font subsets for SVG, base64 TrueType
}

// NewRenderer makes a renderer with empty caches.
func NewRenderer() *Renderer {
	return &Renderer{outlines: newOutlines(), images: newImageCache(), pngs: map[embeddedKey]string{},
		subsets: map[subsetKey]string{}}
}

// maxCachedPNGBytes bounds the pictures kept drawn for SVG pages.
const maxCachedPNGBytes = 64 << 20
