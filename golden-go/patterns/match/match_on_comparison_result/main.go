package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func compare_versions(a, b int) string {
	subject := lisette.Tuple2[bool, bool]{First: a < b, Second: a == b}
	if subject.First {
		return "older"
	}
	if subject.Second {
		return "same"
	}
	return "newer"
}

func main() {
	fmt.Println(compare_versions(1, 2), compare_versions(3, 3), compare_versions(5, 4))
}
