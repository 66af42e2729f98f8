package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func second(xs []string) lisette.Option[string] {
	if len(xs) >= 2 {
		s := xs[1]
		return lisette.MakeOptionSome[string](s)
	}
	return lisette.MakeOptionNone[string]()
}

func main() {
	fmt.Println(second([]string{"gold", "silver", "bronze"}))
	fmt.Println(second([]string{"alone"}))
	fmt.Println(second([]string{"first", "second"}))
}
