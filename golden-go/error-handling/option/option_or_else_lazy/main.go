package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func from_env(key string) lisette.Option[string] {
	if key == "HOME" {
		return lisette.MakeOptionSome[string]("/home/ann")
	} else {
		return lisette.MakeOptionNone[string]()
	}
}

func main() {
	from_flag := lisette.MakeOptionSome[string]("/tmp/flag")
	no_flag := lisette.MakeOptionNone[string]()
	lookup_env := func() lisette.Option[string] {
		fmt.Println("checking environment")
		return from_env("HOME")
	}
	fmt.Println(from_flag.OrElse(lookup_env))
	fmt.Println(no_flag.OrElse(lookup_env))
}
