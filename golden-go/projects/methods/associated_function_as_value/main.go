package main

import (
	"fmt"
	"golden/projects/methods/associated_function_as_value/money"
	lisette "lisette.dev/prelude"
)

func main() {
	prices := lisette.SliceMap([]int{1, 5, 20}, money.Cents_Of_euros)
	fmt.Println(prices)
}
