package promo

import (
	"golden/projects/programs/shop_cart_promotions/shop/items"
	lisette "lisette.dev/prelude"
)

type PromoTag int

const (
	PromoNoDeal PromoTag = iota
	PromoPercentOff
	PromoBuyTwoPayOne
	PromoVoucher
)

type Promo struct {
	Tag          PromoTag
	PercentOff   int
	BuyTwoPayOne string
	Voucher0     string
	Voucher1     int
}

func (v Promo) String() string {
	switch v.Tag {
	case PromoNoDeal:
		return "Promo.NoDeal"
	case PromoPercentOff:
		return "Promo.PercentOff(" + lisette.FormatValue(v.PercentOff) + ")"
	case PromoBuyTwoPayOne:
		return "Promo.BuyTwoPayOne(" + lisette.FormatValue(v.BuyTwoPayOne) + ")"
	}
	return "Promo.Voucher(" + lisette.FormatValue(v.Voucher0) + ", " + lisette.FormatValue(v.Voucher1) + ")"
}

func Discount(p Promo, lines []items.Item) int {
	total := lisette.SliceFold(lines, 0, func(a int, i items.Item) int {
		return a + i.Cents
	})
	switch p.Tag {
	case PromoNoDeal:
		return 0
	case PromoPercentOff:
		pct := p.PercentOff
		return total * pct / 100
	case PromoBuyTwoPayOne:
		name := p.BuyTwoPayOne
		same := lisette.SliceFilter(lines, func(i items.Item) bool {
			return i.Name == name
		})
		if len(same) >= 2 {
			return same[0].Cents
		} else {
			return 0
		}
	case PromoVoucher:
		cents := p.Voucher1
		if cents > total {
			return total
		} else {
			return cents
		}
	}
	panic("unreachable")
}
