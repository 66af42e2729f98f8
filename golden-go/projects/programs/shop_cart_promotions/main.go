package main

import (
	"fmt"
	"golden/projects/programs/shop_cart_promotions/shop/cart"
	"golden/projects/programs/shop_cart_promotions/shop/items"
	"golden/projects/programs/shop_cart_promotions/shop/promo"
)

func main() {
	c := cart.Cart_New()
	c.Add(items.Item{Name: "soap", Cents: 250})
	c.Add(items.Item{Name: "soap", Cents: 250})
	c.Add(items.Item{Name: "towel", Cents: 1200})
	fmt.Println(c.Subtotal(), c.Total())
	deals := []promo.Promo{promo.Promo{Tag: promo.PromoPercentOff, PercentOff: 10}, promo.Promo{Tag: promo.PromoBuyTwoPayOne, BuyTwoPayOne: "soap"}, promo.Promo{Tag: promo.PromoBuyTwoPayOne, BuyTwoPayOne: "towel"}, promo.Promo{Tag: promo.PromoVoucher, Voucher0: "WELCOME", Voucher1: 5000}}
	for _, d := range deals {
		c.Use_promo(d)
		fmt.Println(d, c.Total())
	}
}
