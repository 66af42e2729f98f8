package catalog

import lisette "lisette.dev/prelude"

func Find(products []Product, sku string) lisette.Option[Product] {
	return lisette.SliceFind(products, func(p Product) bool {
		return p.Sku == sku
	})
}

func Shelf_life(c Category) string {
	switch c.Tag {
	case CategoryTool:
		return "forever"
	case CategoryFood:
		if c.Food {
			return "days"
		}
		return "months"
	case CategoryBook:
		return "years"
	}
	panic("unreachable")
}
