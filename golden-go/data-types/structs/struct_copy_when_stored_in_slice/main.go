package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Reading struct {
	sensor string
	value  int
}

func (v Reading) String() string {
	return "Reading { sensor: " + lisette.FormatValue(v.sensor) + ", value: " + lisette.FormatValue(v.value) + " }"
}

func main() {
	r := Reading{sensor: "t1", value: 20}
	log := []Reading{}
	log = append(log, r)
	r.value = 25
	log = append(log, r)
	r.value = 30
	fmt.Println(log)
	fmt.Println(r.value)
}
