package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	tags := []string{"new", "sale"}
	fmt.Println(lisette.SliceGet(tags, 1))
}
