package shop

import lisette "lisette.dev/prelude"

type Cart struct {
	Owner string
	items int
}

func (v Cart) String() string {
	return "Cart { owner: " + lisette.FormatValue(v.Owner) + ", items: " + lisette.FormatValue(v.items) + " }"
}

func Cart_New(owner string) Cart {
	return Cart{Owner: owner, items: 0}
}

func (self Cart) Count() int {
	return self.items
}
