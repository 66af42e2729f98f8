package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	user := lisette.MakeOptionSome[string]("ada")
	guest := lisette.MakeOptionNone[string]()
	greet := func(n string) string {
		fmt.Println("greeting a user")
		return fmt.Sprintf("welcome back, %v", n)
	}
	anon := func() string {
		fmt.Println("building guest greeting")
		return "welcome, guest"
	}
	fmt.Println(lisette.OptionMapOrElse(user, anon, greet))
	fmt.Println(lisette.OptionMapOrElse(guest, anon, greet))
}
