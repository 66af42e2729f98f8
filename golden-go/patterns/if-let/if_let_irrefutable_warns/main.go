package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	size := lisette.Tuple2[int, int]{First: 4, Second: 5}
	w := size.First
	h := size.Second
	fmt.Println(w * h)
}
