package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	args := []string{"run", "fast"}
	mode := lisette.SliceGet(args, 1).UnwrapOr("slow")
	level := lisette.SliceGet(args, 2).UnwrapOr("info")
	fmt.Println(mode, level)
}
