package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Command interface {
	Run(arg int) int
}

type Double struct{}

func (v Double) String() string {
	return "Double {}"
}

type Negate struct{}

func (v Negate) String() string {
	return "Negate {}"
}

func (self Double) Run(arg int) int {
	return arg * 2
}

func (self Negate) Run(arg int) int {
	return -arg
}

func lookup(name string) lisette.Option[Command] {
	switch name {
	case "double":
		return lisette.MakeOptionSome[Command](Double{})
	case "negate":
		return lisette.MakeOptionSome[Command](Negate{})
	default:
		return lisette.MakeOptionNone[Command]()
	}
}

func main() {
	acc := 5
	for _, name := range []string{"double", "frobnicate", "negate", "double"} {
		subject := lookup(name)
		if subject.Tag == lisette.OptionSome {
			cmd := subject.SomeVal
			acc = cmd.Run(acc)
		} else {
			fmt.Println("unknown command", name)
		}
	}
	fmt.Println(acc)
}
