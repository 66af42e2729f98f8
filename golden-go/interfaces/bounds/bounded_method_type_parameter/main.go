package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Weighted interface {
	Grams() int
}

type Apple struct {
	weight int
}

func (v Apple) String() string {
	return "Apple { weight: " + lisette.FormatValue(v.weight) + " }"
}

type Brick struct{}

func (v Brick) String() string {
	return "Brick {}"
}

func (self Apple) Grams() int {
	return self.weight
}

func (self Brick) Grams() int {
	return 2300
}

type Truck struct {
	load  int
	trips int
}

func (v Truck) String() string {
	return "Truck { load: " + lisette.FormatValue(v.load) + ", trips: " + lisette.FormatValue(v.trips) + " }"
}

func Truck_carry[T Weighted](self *Truck, items []T) {
	for _, it := range items {
		self.load += it.Grams()
	}
	self.trips += 1
}

func main() {
	t := Truck{load: 0, trips: 0}
	Truck_carry(&t, []Apple{Apple{weight: 150}, Apple{weight: 210}})
	Truck_carry(&t, []Brick{Brick{}, Brick{}})
	fmt.Println(t.load, t.trips)
}
