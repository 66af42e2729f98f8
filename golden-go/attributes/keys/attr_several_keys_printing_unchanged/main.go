package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Item struct {
	Sku         string `json:"sku" db:"sku"`
	Qty         int    `json:"qty" db:"qty"`
	Price_cents int    `json:"price_cents" db:"price_cents"`
}

func (v Item) String() string {
	return "Item { sku: " + lisette.FormatValue(v.Sku) + ", qty: " + lisette.FormatValue(v.Qty) + ", price_cents: " + lisette.FormatValue(v.Price_cents) + " }"
}

func main() {
	i := Item{Sku: "A-1", Qty: 2, Price_cents: 250}
	fmt.Println(i)
	fmt.Printf("%v x%v\n", i.Sku, i.Qty)
}
