package cart

import (
	"golden/projects/structure/nested_module_imports_parent_types/shop"
	lisette "lisette.dev/prelude"
)

type Cart struct {
	Lines []shop.Item
}

func (v Cart) String() string {
	return "Cart { lines: " + lisette.FormatValue(v.Lines) + " }"
}

func Total(c Cart) int {
	return lisette.SliceFold(c.Lines, 0, func(acc int, i shop.Item) int {
		return acc + i.Cents
	})
}
