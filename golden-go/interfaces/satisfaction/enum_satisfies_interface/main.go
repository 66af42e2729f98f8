package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Priced interface {
	Cents() int
}

type DrinkTag int

const (
	DrinkWater DrinkTag = iota
	DrinkCoffee
	DrinkJuice
)

type Drink struct {
	Tag   DrinkTag
	Shots int
	Juice string
}

func (v Drink) String() string {
	switch v.Tag {
	case DrinkWater:
		return "Drink.Water"
	case DrinkCoffee:
		return "Drink.Coffee { shots: " + lisette.FormatValue(v.Shots) + " }"
	}
	return "Drink.Juice(" + lisette.FormatValue(v.Juice) + ")"
}

type Snack struct {
	name  string
	price int
}

func (v Snack) String() string {
	return "Snack { name: " + lisette.FormatValue(v.name) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func (self Drink) Cents() int {
	switch self.Tag {
	case DrinkWater:
		return 0
	case DrinkCoffee:
		shots := self.Shots
		return 180 + 60*shots
	case DrinkJuice:
		return 250
	}
	panic("unreachable")
}

func (self Snack) Cents() int {
	return self.price
}

func main() {
	order := []Priced{Drink{Tag: DrinkCoffee, Shots: 2}, Snack{name: "bagel", price: 320}, Drink{Tag: DrinkWater}, Drink{Tag: DrinkJuice, Juice: "apple"}}
	total := lisette.SliceFold(order, 0, func(acc int, p Priced) int {
		return acc + p.Cents()
	})
	fmt.Println(total)
	fmt.Println(order[0], order[3])
}
