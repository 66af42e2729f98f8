package main

import (
	"fmt"
	"golden/projects/fields/read_pub_fields_of_returned_value/weather"
)

func main() {
	r := weather.Latest()
	fmt.Println(r.Station, r.Celsius)
	if r.Rain_mm > 20 {
		fmt.Println("take an umbrella")
	}
}
