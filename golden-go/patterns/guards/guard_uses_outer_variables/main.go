package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	budget := 50
	min_rating := 4
	offers := []lisette.Tuple3[string, int, int]{lisette.Tuple3[string, int, int]{First: "hostel", Second: 30, Third: 3}, lisette.Tuple3[string, int, int]{First: "hotel", Second: 120, Third: 5}, lisette.Tuple3[string, int, int]{First: "b&b", Second: 45, Third: 4}}
	for _, offer := range offers {
		name := offer.First
		price := offer.Second
		rating := offer.Third
		if price <= budget && rating >= min_rating {
			fmt.Println("book", name)
		} else {
			name2 := offer.First
			price2 := offer.Second
			if price2 > budget {
				fmt.Println("too expensive:", name2)
			} else {
				name3 := offer.First
				fmt.Println("rating too low:", name3)
			}
		}
	}
}
