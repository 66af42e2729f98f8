package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Offer struct {
	shop  string
	price int
}

func (v Offer) String() string {
	return "Offer { shop: " + lisette.FormatValue(v.shop) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func main() {
	offers := []Offer{Offer{shop: "north", price: 42}, Offer{shop: "east", price: 37}, Offer{shop: "south", price: 39}}
	best := lisette.MakeOptionNone[Offer]()
	lowest := 1000
	for _, o := range offers {
		if o.price < lowest {
			lowest = o.price
			best = lisette.MakeOptionSome[Offer](o)
		}
	}
	fmt.Println(best)
}
