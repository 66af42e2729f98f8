package weather

import lisette "lisette.dev/prelude"

type Reading struct {
	Station string
	Celsius int
	Rain_mm int
}

func (v Reading) String() string {
	return "Reading { station: " + lisette.FormatValue(v.Station) + ", celsius: " + lisette.FormatValue(v.Celsius) + ", rain_mm: " + lisette.FormatValue(v.Rain_mm) + " }"
}

func Latest() Reading {
	return Reading{Station: "Bergen", Celsius: 11, Rain_mm: 24}
}
