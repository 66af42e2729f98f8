package units

import lisette "lisette.dev/prelude"

type Meters int

func (v Meters) String() string {
	return "Meters(" + lisette.FormatValue(int(v)) + ")"
}

func Add(a, b Meters) Meters {
	return Meters(int(a) + int(b))
}
