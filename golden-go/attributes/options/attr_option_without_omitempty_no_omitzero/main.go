package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Maybe struct {
	Age lisette.Option[int] `json:"age"`
}

func (v Maybe) String() string {
	return "Maybe { age: " + lisette.FormatValue(v.Age) + " }"
}

func main() {
	fmt.Println(Maybe{Age: lisette.MakeOptionSome[int](4)})
}
