package main

import (
	"fmt"
	"golden/projects/methods/ref_receiver_through_ref_binding/metrics"
)

func pump(g *metrics.Gauge, times int) {
	for i := 0; i < times; i++ {
		g.Raise(3)
	}
}

func main() {
	g := metrics.Gauge_Named("pressure")
	pump(&g, 4)
	fmt.Println(g.Name, g.Reading())
}
