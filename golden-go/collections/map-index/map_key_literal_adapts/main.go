package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	labels := map[float64]string{}
	labels[1.0] = "one"
	labels[2.5] = "two and a half"
	big := map[int64]bool{}
	big[9000000000] = true
	fmt.Println(labels[1.0], lisette.MapGet(labels, 2.5), big[9000000000], len(big))
}
