package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Product struct {
	name  string
	price float64
}

func (v Product) String() string {
	return "Product { name: " + lisette.FormatValue(v.name) + ", price: " + lisette.FormatValue(v.price) + " }"
}

func main() {
	p := Product{name: "pen", price: 3.0}
	fmt.Printf("%T %v\n", p.price, p.price/2.0)
	fmt.Println(p)
}
