package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Item struct {
	name string
	qty  int
}

func (v Item) String() string {
	return "Item { name: " + lisette.FormatValue(v.name) + ", qty: " + lisette.FormatValue(v.qty) + " }"
}

func main() {
	shelf := map[int]Item{}
	shelf[1] = Item{name: "nut", qty: 10}
	item := shelf[1]
	item.qty += 5
	shelf[1] = item
	fmt.Println(shelf[1].qty, shelf[1].name, shelf[2].qty)
}
