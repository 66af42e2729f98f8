package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	parts := []string{"a", "b", "c"}
	doubled := lisette.SliceFold(parts, "", func(acc, p string) string {
		return acc + p + p
	})
	fmt.Println(doubled)
}
