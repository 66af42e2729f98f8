package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type AnimalTag int

const (
	AnimalDog AnimalTag = iota
	AnimalCat
)

type Animal struct {
	Tag AnimalTag
	Dog int
	Cat bool
}

func (v Animal) String() string {
	switch v.Tag {
	case AnimalDog:
		return "Animal.Dog(" + lisette.FormatValue(v.Dog) + ")"
	}
	return "Animal.Cat(" + lisette.FormatValue(v.Cat) + ")"
}

func sound(a Animal) string {
	if a.Tag == AnimalDog {
		age := a.Dog
		if age == 0 {
			return "yip"
		}
		return "woof"
	}
	hungry := a.Cat
	if hungry {
		return "MEOW"
	}
	return "purr"
}

func main() {
	fmt.Println(sound(Animal{Tag: AnimalDog, Dog: 0}))
	fmt.Println(sound(Animal{Tag: AnimalDog, Dog: 4}))
	fmt.Println(sound(Animal{Tag: AnimalCat, Cat: true}))
	fmt.Println(sound(Animal{Tag: AnimalCat, Cat: false}))
}
