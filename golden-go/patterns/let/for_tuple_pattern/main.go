package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	scores := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ana", Second: 82}, lisette.Tuple2[string, int]{First: "ben", Second: 67}, lisette.Tuple2[string, int]{First: "cy", Second: 91}}
	best := ""
	best_score := 0
	for _, item := range scores {
		name := item.First
		score := item.Second
		if score > best_score {
			best = name
			best_score = score
		}
	}
	fmt.Println(best, best_score)
	for i, item2 := range scores {
		name := item2.First
		fmt.Println(i, name)
	}
}
