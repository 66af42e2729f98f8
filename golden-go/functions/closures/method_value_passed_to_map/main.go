package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Scale struct {
	factor int
}

func (v Scale) String() string {
	return "Scale { factor: " + lisette.FormatValue(v.factor) + " }"
}

func (self Scale) Apply(n int) int {
	return n * self.factor
}

func main() {
	triple := Scale{factor: 3}
	fmt.Println(lisette.SliceMap([]int{1, 2, 5}, triple.Apply))
	f := triple.Apply
	fmt.Println(f(7))
}
