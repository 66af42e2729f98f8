package geo

import lisette "lisette.dev/prelude"

type Rect struct {
	W int
	H int
}

func (v Rect) String() string {
	return "Rect { w: " + lisette.FormatValue(v.W) + ", h: " + lisette.FormatValue(v.H) + " }"
}
