package main

import (
	"fmt"
	"golden/projects/visibility/opaque_counter_keeps_invariant/meter"
)

func main() {
	start := meter.Counter_("door")
	c := start
	for i := 0; i < 3; i++ {
		c = meter.Tick(c)
	}
	fmt.Println(meter.Read(start), meter.Read(c), c.Label)
	fmt.Println(c == meter.Tick(meter.Tick(meter.Tick(start))))
}
