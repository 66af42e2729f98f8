package pack

import (
	"golden/projects/structure/sibling_nested_modules_share_type/shop/items"
	lisette "lisette.dev/prelude"
)

func Weight(contents []items.Item) int {
	return lisette.SliceFold(contents, 50, func(acc int, i items.Item) int {
		return acc + i.Grams
	})
}
