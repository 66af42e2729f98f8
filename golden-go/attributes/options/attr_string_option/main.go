package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Counter struct {
	Count int     `json:"count,omitempty,string"`
	Ratio float64 `json:"ratio,string"`
}

func (v Counter) String() string {
	return "Counter { count: " + lisette.FormatValue(v.Count) + ", ratio: " + lisette.FormatValue(v.Ratio) + " }"
}

func main() {
	fmt.Println(Counter{Count: 3, Ratio: 0.5})
}
