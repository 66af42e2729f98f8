package store

import lisette "lisette.dev/prelude"

type Item struct {
	Name      string `json:"name,omitempty" db:"name"`
	UnitPrice int    `json:"unitPrice,omitempty" db:"unit_price"`
	Stock     int    `json:"stock,omitempty" db:"stock"`
}

func (v Item) String() string {
	return "Item { name: " + lisette.FormatValue(v.Name) + ", unitPrice: " + lisette.FormatValue(v.UnitPrice) + ", stock: " + lisette.FormatValue(v.Stock) + " }"
}

func Item_New(name string, price int) Item {
	return Item{Name: name, UnitPrice: price, Stock: 1}
}

func (self *Item) Restock(n int) {
	self.Stock += n
}

func (self Item) In_stock() int {
	return self.Stock
}
