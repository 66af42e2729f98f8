package main

import (
	"fmt"
	"golden/projects/fields/nested_field_path_across_modules/fleet"
)

func main() {
	t := fleet.Parked("AB-123")
	t.At.Lon = 7
	fmt.Println(t.Plate, t.At.Lat, t.At.Lon)
	fmt.Println(t)
}
