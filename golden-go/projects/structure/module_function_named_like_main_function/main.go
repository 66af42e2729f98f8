package main

import (
	"fmt"
	"golden/projects/structure/module_function_named_like_main_function/cart"
	lisette "lisette.dev/prelude"
)

func total(xs []int) int {
	return lisette.SliceFold(xs, 0, func(a, b int) int {
		return a + b
	})
}

func main() {
	lines := []cart.Line{cart.Line{Cents: 250, Qty: 2}, cart.Line{Cents: 100, Qty: 3}}
	fmt.Println(cart.Total(lines), total([]int{1, 2, 3}))
}
