package main

import (
	"fmt"
	"golden/projects/variants/module_enum_as_map_value/seats"
	lisette "lisette.dev/prelude"
)

func main() {
	plan := map[string]seats.Seat{}
	plan["1A"] = seats.Seat{Tag: seats.SeatTaken, Taken: "Kofi"}
	plan["1B"] = seats.Seat{Tag: seats.SeatFree}
	for _, k := range []string{"1A", "1B", "1C"} {
		subject := lisette.MapGet(plan, k)
		if subject.Tag == lisette.OptionSome {
			if subject.SomeVal.Tag == seats.SeatTaken {
				who := subject.SomeVal.Taken
				fmt.Println(k, who)
			} else {
				fmt.Println(k, "free")
			}
		} else {
			fmt.Println(k, "no such seat")
		}
	}
}
