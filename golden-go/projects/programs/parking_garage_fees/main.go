package main

import (
	"fmt"
	"golden/projects/programs/parking_garage_fees/garage"
)

func main() {
	lot := garage.Lot_New(2)
	a := lot.Enter(garage.Vehicle{Tag: garage.VehicleCar, Car: "AB-1"}, 8)
	b := lot.Enter(garage.Vehicle{Tag: garage.VehicleVan, Van0: "VN-2", Van1: 3}, 9)
	c := lot.Enter(garage.Vehicle{Tag: garage.VehicleMotorbike, Motorbike: "MB-3"}, 9)
	fmt.Println(a, b, c)
	fmt.Println(lot.Leave("AB-1", 12))
	d := lot.Enter(garage.Vehicle{Tag: garage.VehicleMotorbike, Motorbike: "MB-3"}, 12)
	fmt.Println(d, lot.Parked())
	fmt.Println(lot.Leave("VN-2", 9))
	fmt.Println(lot.Leave("ZZ-9", 13))
	fmt.Println(lot.Earned, lot.Capacity)
}
