package main

import (
	"fmt"
	"golden/projects/methods/associated_constructor_of_module_type/shop"
)

func main() {
	c := shop.Cart_New("li")
	fmt.Println(c.Owner, c.Count())
	fmt.Println(c)
}
