package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func find_room(rooms []string, name string) lisette.Option[int] {
	for i, r := range rooms {
		if r == name {
			return lisette.MakeOptionSome[int](i)
		}
	}
	return lisette.MakeOptionNone[int]()
}

func main() {
	rooms := []string{"hall", "lab"}
	a := find_room(rooms, "lab")
	b := find_room(rooms, "roof")
	fmt.Println(a.IsSome(), a.IsNone())
	fmt.Println(b.IsSome(), b.IsNone())
}
