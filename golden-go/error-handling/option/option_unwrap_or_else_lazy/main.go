package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	cached := lisette.MakeOptionSome[int](5)
	empty := lisette.MakeOptionNone[int]()
	compute := func() int {
		fmt.Println("computing fallback")
		return 100
	}
	fmt.Println(cached.UnwrapOrElse(compute))
	fmt.Println(empty.UnwrapOrElse(compute))
}
