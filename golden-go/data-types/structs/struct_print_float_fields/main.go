package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Reading struct {
	celsius  float64
	humidity float32
	ok       bool
}

func (v Reading) String() string {
	return "Reading { celsius: " + lisette.FormatValue(v.celsius) + ", humidity: " + lisette.FormatValue(v.humidity) + ", ok: " + lisette.FormatValue(v.ok) + " }"
}

func main() {
	fmt.Println(Reading{celsius: 21.5, humidity: 40.0, ok: true})
	fmt.Println(Reading{celsius: -3.0, humidity: 0.5, ok: false})
}
