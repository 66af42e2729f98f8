package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	seen := map[string]int{}
	seen["a"] = 1
	missing := seen["b"]
	fmt.Println(missing, len(seen), lisette.MapGet(seen, "b"))
}
