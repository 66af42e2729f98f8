package catalog

import lisette "lisette.dev/prelude"

type Product struct {
	Sku   string
	Price int
	Stock int
}

func (v Product) String() string {
	return "Product { sku: " + lisette.FormatValue(v.Sku) + ", price: " + lisette.FormatValue(v.Price) + ", stock: " + lisette.FormatValue(v.Stock) + " }"
}

func All() []Product {
	return []Product{Product{Sku: "A1", Price: 300, Stock: 0}, Product{Sku: "B2", Price: 120, Stock: 4}, Product{Sku: "C3", Price: 80, Stock: 9}}
}
