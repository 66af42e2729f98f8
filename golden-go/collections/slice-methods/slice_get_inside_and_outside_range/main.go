package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	floors := []int{0, 1, 2}
	fmt.Println(lisette.SliceGet(floors, 0), lisette.SliceGet(floors, 2))
	fmt.Println(lisette.SliceGet(floors, 3), lisette.SliceGet(floors, -1))
}
