package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func expensive_default() int {
	fmt.Println("default evaluated")
	return 0
}

func main() {
	v := lisette.MakeOptionSome[int](3)
	fmt.Println(v.UnwrapOr(expensive_default()))
	fmt.Println(v.UnwrapOrElse(func() int {
		return expensive_default()
	}))
}
