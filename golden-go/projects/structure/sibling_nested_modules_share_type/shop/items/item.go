package items

import lisette "lisette.dev/prelude"

type Item struct {
	Name  string
	Grams int
}

func (v Item) String() string {
	return "Item { name: " + lisette.FormatValue(v.Name) + ", grams: " + lisette.FormatValue(v.Grams) + " }"
}
