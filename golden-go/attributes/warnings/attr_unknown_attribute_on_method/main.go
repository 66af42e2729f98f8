package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	n int
}

func (v Counter) String() string {
	return "Counter { n: " + lisette.FormatValue(v.n) + " }"
}

func (self Counter) Next() int {
	return self.n + 1
}

func main() {
	fmt.Println(Counter{n: 1}.Next())
}
