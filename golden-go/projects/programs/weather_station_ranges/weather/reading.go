package weather

import lisette "lisette.dev/prelude"

type Reading struct {
	Station string
	Day     int
	Tenths  int
}

func (v Reading) String() string {
	return "Reading { station: " + lisette.FormatValue(v.Station) + ", day: " + lisette.FormatValue(v.Day) + ", tenths: " + lisette.FormatValue(v.Tenths) + " }"
}

func Sample() []Reading {
	return []Reading{Reading{Station: "oslo", Day: 1, Tenths: -35}, Reading{Station: "rome", Day: 1, Tenths: 142}, Reading{Station: "oslo", Day: 2, Tenths: -12}, Reading{Station: "rome", Day: 2, Tenths: 168}, Reading{Station: "oslo", Day: 3, Tenths: 4}}
}
