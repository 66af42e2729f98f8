package color

import lisette "lisette.dev/prelude"

type Rgb struct {
	F0 int
	F1 int
	F2 int
}

func (v Rgb) String() string {
	return "Rgb(" + lisette.FormatValue(v.F0) + ", " + lisette.FormatValue(v.F1) + ", " + lisette.FormatValue(v.F2) + ")"
}

func Named(name string) Rgb {
	if name == "teal" {
		return Rgb{F0: 0, F1: 128, F2: 128}
	} else {
		return Rgb{F0: 0, F1: 0, F2: 0}
	}
}
