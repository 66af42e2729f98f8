package shop

import lisette "lisette.dev/prelude"

type Item struct {
	Name  string
	Cents int
}

func (v Item) String() string {
	return "Item { name: " + lisette.FormatValue(v.Name) + ", cents: " + lisette.FormatValue(v.Cents) + " }"
}
