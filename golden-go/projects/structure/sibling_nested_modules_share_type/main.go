package main

import (
	"fmt"
	"golden/projects/structure/sibling_nested_modules_share_type/shop/items"
	"golden/projects/structure/sibling_nested_modules_share_type/shop/pack"
)

func main() {
	box := []items.Item{items.Item{Name: "cup", Grams: 300}, items.Item{Name: "plate", Grams: 450}}
	fmt.Println(pack.Weight(box))
}
