package garage

import lisette "lisette.dev/prelude"

type VehicleTag int

const (
	VehicleCar VehicleTag = iota
	VehicleMotorbike
	VehicleVan
)

type Vehicle struct {
	Tag       VehicleTag
	Car       string
	Motorbike string
	Van0      string
	Van1      int
}

func (v Vehicle) String() string {
	switch v.Tag {
	case VehicleCar:
		return "Vehicle.Car(" + lisette.FormatValue(v.Car) + ")"
	case VehicleMotorbike:
		return "Vehicle.Motorbike(" + lisette.FormatValue(v.Motorbike) + ")"
	}
	return "Vehicle.Van(" + lisette.FormatValue(v.Van0) + ", " + lisette.FormatValue(v.Van1) + ")"
}

func (self Vehicle) Plate() string {
	switch self.Tag {
	case VehicleCar:
		p := self.Car
		return p
	case VehicleMotorbike:
		p := self.Motorbike
		return p
	case VehicleVan:
		p := self.Van0
		return p
	}
	panic("unreachable")
}

func (self Vehicle) Hourly() int {
	switch self.Tag {
	case VehicleCar:
		return 300
	case VehicleMotorbike:
		return 100
	case VehicleVan:
		axles := self.Van1
		return 200 * axles
	}
	panic("unreachable")
}
