package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(id int) lisette.Option[string] {
	fmt.Println("lookup", id)
	if id == 1 {
		return lisette.MakeOptionSome[string]("root")
	} else {
		return lisette.MakeOptionNone[string]()
	}
}

func name_of(id int) string {
	subject := lookup(id)
	if subject.Tag != lisette.OptionSome {
		return "nobody"
	}
	name := subject.SomeVal
	return name
}

func main() {
	fmt.Println(name_of(1))
	fmt.Println(name_of(2))
}
