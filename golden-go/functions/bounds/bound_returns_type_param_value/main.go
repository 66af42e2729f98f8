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

func heaviest[T Weighted](items []T) lisette.Option[T] {
	best := lisette.MakeOptionNone[T]()
	for _, item := range items {
		if best.Tag == lisette.OptionSome {
			b := best.SomeVal
			if item.Weight() > b.Weight() {
				best = lisette.MakeOptionSome[T](item)
			} else {
				best = lisette.MakeOptionSome[T](b)
			}
		} else {
			best = lisette.MakeOptionSome[T](item)
		}
	}
	return best
}

func main() {
	found := heaviest([]Parcel{Parcel{kilos: 3}, Parcel{kilos: 12}, Parcel{kilos: 7}})
	fmt.Println(found)
	if found.Tag == lisette.OptionSome {
		p := found.SomeVal
		fmt.Println(p.kilos)
	} else {
		fmt.Println("none")
	}
}
