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

func (self *Shelf) restock(n int) {
	self.stock += n
}

func main() {
	shelves := []Shelf{Shelf{label: "A", stock: 1}, Shelf{label: "B", stock: 0}}
	shelves[1].restock(12)
	shelves[0].restock(2)
	fmt.Println(shelves)
}
