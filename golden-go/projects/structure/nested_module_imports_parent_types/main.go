package main

import (
	"fmt"
	"golden/projects/structure/nested_module_imports_parent_types/shop"
	"golden/projects/structure/nested_module_imports_parent_types/shop/cart"
)

func main() {
	c := cart.Cart{Lines: []shop.Item{shop.Item{Name: "tea", Cents: 400}, shop.Item{Name: "jam", Cents: 350}}}
	fmt.Println(cart.Total(c))
	fmt.Println(c.Lines[1])
}
