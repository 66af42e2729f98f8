package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func middle(t lisette.Tuple3[string, int, bool]) int {
	n := t.Second
	return n
}

func main() {
	record := lisette.Tuple3[string, int, bool]{First: "sensor-7", Second: 42, Third: true}
	fmt.Println(middle(record))
	active := record.Third
	fmt.Println(active)
	if !record.Third {
		fmt.Println("inactive")
	} else {
		fmt.Println("active")
	}
}
