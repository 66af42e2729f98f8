package cart

import (
	"golden/projects/programs/shop_cart_promotions/shop/items"
	"golden/projects/programs/shop_cart_promotions/shop/promo"
	lisette "lisette.dev/prelude"
)

type Cart struct {
	lines []items.Item
	deal  promo.Promo
}

func (v Cart) String() string {
	return "Cart { lines: " + lisette.FormatValue(v.lines) + ", deal: " + lisette.FormatValue(v.deal) + " }"
}

func Cart_New() Cart {
	return Cart{lines: []items.Item{}, deal: promo.Promo{Tag: promo.PromoNoDeal}}
}

func (self *Cart) Add(i items.Item) {
	self.lines = append(self.lines, i)
}

func (self *Cart) Use_promo(p promo.Promo) {
	self.deal = p
}

func (self Cart) Subtotal() int {
	return lisette.SliceFold(self.lines, 0, func(a int, i items.Item) int {
		return a + i.Cents
	})
}

func (self Cart) Total() int {
	return self.Subtotal() - promo.Discount(self.deal, self.lines)
}
