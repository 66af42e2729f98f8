package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Transport interface {
	Minutes(km int) int
}

type Walk struct{}

func (v Walk) String() string {
	return "Walk {}"
}

type Bike struct {
	gears int
}

func (v Bike) String() string {
	return "Bike { gears: " + lisette.FormatValue(v.gears) + " }"
}

type Bus struct {
	wait int
}

func (v Bus) String() string {
	return "Bus { wait: " + lisette.FormatValue(v.wait) + " }"
}

func (self Walk) Minutes(km int) int {
	return km * 12
}

func (self Bike) Minutes(km int) int {
	if self.gears > 1 {
		return km * 3
	} else {
		return km * 4
	}
}

func (self Bus) Minutes(km int) int {
	return self.wait + km*2
}

func main() {
	for _, weather := range []string{"sunny", "windy", "rain"} {
		var t Transport
		switch weather {
		case "sunny":
			t = Walk{}
		case "windy":
			t = Bike{gears: 1}
		default:
			t = Bus{wait: 10}
		}
		fmt.Println(weather, t.Minutes(5))
	}
}
