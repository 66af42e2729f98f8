package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	inventory := []string{"apple", "pear"}
	_ = lisette.SliceGet(inventory, 5)
	_ = lisette.SliceGet(inventory, 0)
	fmt.Println(len(inventory))
}
