package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Shelf struct {
	label string
	stock int
}

func (v Shelf) String() string {
	return "Shelf { label: " + lisette.FormatValue(v.label) + ", stock: " + lisette.FormatValue(v.stock) + " }"
}

func (self *Shelf) Restock(n int) {
	self.stock += n
}

func main() {
	shelves := []Shelf{Shelf{label: "A", stock: 1}, Shelf{label: "B", stock: 0}}
	shelves[1].Restock(12)
	shelves[0].Restock(2)
	fmt.Println(shelves)
}
