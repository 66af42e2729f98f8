package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func restock(stock map[string]int, item string, n int) {
	stock[item] = stock[item] + n
}

func discontinue(stock map[string]int, item string) {
	delete(stock, item)
}

func main() {
	stock := lisette.MapFrom([]lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "nails", Second: 10}, lisette.Tuple2[string, int]{First: "screws", Second: 4}})
	restock(stock, "screws", 6)
	restock(stock, "bolts", 2)
	discontinue(stock, "nails")
	fmt.Println(stock)
}
