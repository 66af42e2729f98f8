package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Weighted interface {
	Weight() int
}

type Parcel struct {
	kilos int
}

func (v Parcel) String() string {
	return "Parcel { kilos: " + lisette.FormatValue(v.kilos) + " }"
}

func (self Parcel) Weight() int {
	return self.kilos
}

func total_weight[T Weighted](items []T) int {
	return lisette.SliceFold(items, 0, func(acc int, item T) int {
		return acc + item.Weight()
	})
}

func main() {
	fmt.Println(total_weight([]Parcel{Parcel{kilos: 3}, Parcel{kilos: 12}}))
	none := []Parcel{}
	fmt.Println(total_weight(none))
}
