package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Reading interface {
	Celsius() float64
	Place() string
}

type Station struct {
	name   string
	tenths int
}

func (v Station) String() string {
	return "Station { name: " + lisette.FormatValue(v.name) + ", tenths: " + lisette.FormatValue(v.tenths) + " }"
}

func (self Station) Celsius() float64 {
	return float64(self.tenths) / 10.0
}

func (self Station) Place() string {
	return self.name
}

func line(r Reading) string {
	return fmt.Sprintf("%v: %v C", r.Place(), r.Celsius())
}

func main() {
	fmt.Println(line(Station{name: "Oslo", tenths: -35}))
	fmt.Println(line(Station{name: "Lima", tenths: 190}))
}
