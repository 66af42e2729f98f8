package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func fetch(key string) lisette.Option[string] {
	fmt.Println("fetch", key)
	if key == "user" {
		return lisette.MakeOptionSome[string]("ana")
	} else {
		return lisette.MakeOptionNone[string]()
	}
}

func main() {
	subject := fetch("user")
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		fmt.Println("got", v)
	} else {
		fmt.Println("missing")
	}
	subject2 := fetch("token")
	if subject2.Tag == lisette.OptionSome {
		v := subject2.SomeVal
		fmt.Println("got", v)
	} else {
		fmt.Println("missing")
	}
}
