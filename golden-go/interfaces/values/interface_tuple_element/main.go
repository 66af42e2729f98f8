package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Unit interface {
	To_grams(amount float64) float64
}

type Kilo struct{}

func (v Kilo) String() string {
	return "Kilo {}"
}

type Pound struct{}

func (v Pound) String() string {
	return "Pound {}"
}

func (self Kilo) To_grams(amount float64) float64 {
	return amount * 1000.0
}

func (self Pound) To_grams(amount float64) float64 {
	return amount * 453.5
}

func main() {
	flour := lisette.Tuple2[float64, Unit]{First: 1.5, Second: Kilo{}}
	butter := lisette.Tuple2[float64, Unit]{First: 0.5, Second: Pound{}}
	amount := butter.First
	unit := butter.Second
	fmt.Println(flour.Second.To_grams(flour.First))
	fmt.Println(unit.To_grams(amount))
}
