package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type City struct {
	name       string
	population int
	country    string
}

func (v City) String() string {
	return "City { name: " + lisette.FormatValue(v.name) + ", population: " + lisette.FormatValue(v.population) + ", country: " + lisette.FormatValue(v.country) + " }"
}

func main() {
	cities := []City{City{name: "Lyon", population: 520000, country: "FR"}, City{name: "Graz", population: 290000, country: "AT"}}
	names := lisette.SliceMap(cities, func(arg City) string {
		name := arg.name
		return name
	})
	total := lisette.SliceFold(cities, 0, func(acc int, arg2 City) int {
		population := arg2.population
		return acc + population
	})
	fmt.Println(names, total)
}
