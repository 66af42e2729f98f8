package catalog

import lisette "lisette.dev/prelude"

type Item struct {
	Sku   string
	Cents int
}

func (v Item) String() string {
	return "Item { sku: " + lisette.FormatValue(v.Sku) + ", cents: " + lisette.FormatValue(v.Cents) + " }"
}

func Item_(sku string, cents int) Item {
	return Item{Sku: sku, Cents: cents}
}
