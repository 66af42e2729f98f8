package geo

import lisette "lisette.dev/prelude"

type Point struct {
	Lat int
	Lon int
}

func (v Point) String() string {
	return "Point { lat: " + lisette.FormatValue(v.Lat) + ", lon: " + lisette.FormatValue(v.Lon) + " }"
}
