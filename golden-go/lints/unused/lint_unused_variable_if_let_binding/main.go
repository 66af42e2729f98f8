package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func lookup(id int) lisette.Option[string] {
	if id == 1 {
		return lisette.MakeOptionSome[string]("root")
	} else {
		return lisette.MakeOptionNone[string]()
	}
}

func main() {
	subject := lookup(1)
	if subject.Tag == lisette.OptionSome {
		fmt.Println("found a user")
	}
}
