package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	t := Temperature{city: "Quito", celsius: 14}
	fmt.Println(describe(t))
}

func describe(t Temperature) string {
	return fmt.Sprintf("%v: %vC", t.city, t.celsius)
}

type Temperature struct {
	city    string
	celsius int
}

func (v Temperature) String() string {
	return "Temperature { city: " + lisette.FormatValue(v.city) + ", celsius: " + lisette.FormatValue(v.celsius) + " }"
}
