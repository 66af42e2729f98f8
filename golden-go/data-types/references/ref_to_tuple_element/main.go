package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	pair := lisette.Tuple2[int, int]{First: 10, Second: 20}
	second := &pair.Second
	*second += 5
	fmt.Println(pair)
}
