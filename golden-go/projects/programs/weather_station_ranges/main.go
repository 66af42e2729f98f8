package main

import (
	"fmt"
	"golden/projects/programs/weather_station_ranges/weather"
	"golden/projects/programs/weather_station_ranges/weather/stats"
	lisette "lisette.dev/prelude"
)

func main() {
	rs := weather.Sample()
	for _, name := range []string{"oslo", "rome", "lima"} {
		subject := stats.Of_station(rs, name)
		if subject.Tag == lisette.OptionSome {
			r := subject.SomeVal
			low := stats.Show(r.Low)
			high := stats.Show(r.High)
			fmt.Printf("%v: %v .. %v (%v days)\n", name, low, high, r.Count)
		} else {
			fmt.Printf("%v: no data\n", name)
		}
	}
	fmt.Println(stats.Of_station(rs, "rome"))
}
