package units

import lisette "lisette.dev/prelude"

type Meters struct {
	Value int
}

func (v Meters) String() string {
	return "Meters { value: " + lisette.FormatValue(v.Value) + " }"
}
