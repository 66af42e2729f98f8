package main

import (
	"fmt"
	"golden/projects/fields/pub_fields_read_in_lambdas/catalog"
	lisette "lisette.dev/prelude"
)

func main() {
	ps := catalog.All()
	available := lisette.SliceMap(lisette.SliceFilter(ps, func(p catalog.Product) bool {
		return p.Stock > 0
	}), func(p catalog.Product) string {
		return p.Sku
	})
	value := lisette.SliceFold(ps, 0, func(acc int, p catalog.Product) int {
		return acc + p.Price*p.Stock
	})
	fmt.Println(available, value)
}
