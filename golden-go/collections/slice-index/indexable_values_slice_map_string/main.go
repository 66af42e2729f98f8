package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	days := []string{"mon", "tue", "wed"}
	hours := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "mon", Second: 8}, lisette.Tuple2[string, int]{First: "tue", Second: 6}})
	title := "weekly"
	fmt.Println(days[1], hours["mon"], days[1:len(days):len(days)], title[0:4])
}
