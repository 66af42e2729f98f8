package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_index(names []string, wanted string) lisette.Option[int] {
	i := 0
	for _, n := range names {
		if n == wanted {
			return lisette.MakeOptionSome[int](i)
		}
		i += 1
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	names := []string{"ana", "bo", "cy"}
	fmt.Println(find_index(names, "bo") == lisette.MakeOptionSome[int](1))
	fmt.Println(find_index(names, "cy") == lisette.MakeOptionSome[int](1))
	fmt.Println(find_index(names, "dee") == lisette.MakeOptionNone[int]())
}
