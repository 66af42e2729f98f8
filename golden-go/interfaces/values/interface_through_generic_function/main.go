package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Animal interface {
	Legs() int
}

type Spider struct{}

func (v Spider) String() string {
	return "Spider {}"
}

type Bird struct{}

func (v Bird) String() string {
	return "Bird {}"
}

func (self Spider) Legs() int {
	return 8
}

func (self Bird) Legs() int {
	return 2
}

func last[T any](xs []T) lisette.Option[T] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[T]()
	}
	return lisette.MakeOptionSome[T](xs[len(xs)-1])
}

func main() {
	zoo := []Animal{Spider{}, Bird{}, Bird{}, Spider{}}
	total := lisette.SliceFold(zoo, 0, func(acc int, a Animal) int {
		return acc + a.Legs()
	})
	fmt.Println(total)
	subject := last(zoo)
	if subject.Tag == lisette.OptionSome {
		a := subject.SomeVal
		fmt.Println("last has", a.Legs(), "legs")
	} else {
		fmt.Println("empty zoo")
	}
	empty := []Animal{}
	fmt.Println(last(empty).IsNone())
}
