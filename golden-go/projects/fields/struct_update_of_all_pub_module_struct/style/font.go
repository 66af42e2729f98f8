package style

import lisette "lisette.dev/prelude"

type Font struct {
	Family string
	Size   int
	Bold   bool
}

func (v Font) String() string {
	return "Font { family: " + lisette.FormatValue(v.Family) + ", size: " + lisette.FormatValue(v.Size) + ", bold: " + lisette.FormatValue(v.Bold) + " }"
}

func Body() Font {
	return Font{Family: "serif", Size: 11, Bold: false}
}
