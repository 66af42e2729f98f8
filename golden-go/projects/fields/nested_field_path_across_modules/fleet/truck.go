package fleet

import (
	"golden/projects/fields/nested_field_path_across_modules/geo"
	lisette "lisette.dev/prelude"
)

type Truck struct {
	Plate string
	At    geo.Point
}

func (v Truck) String() string {
	return "Truck { plate: " + lisette.FormatValue(v.Plate) + ", at: " + lisette.FormatValue(v.At) + " }"
}

func Parked(plate string) Truck {
	return Truck{Plate: plate, At: geo.Point{Lat: 48, Lon: 2}}
}
