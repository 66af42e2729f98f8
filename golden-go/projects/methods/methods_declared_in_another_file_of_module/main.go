package main

import (
	"fmt"
	"golden/projects/methods/methods_declared_in_another_file_of_module/shop"
)

func main() {
	lamp := shop.Item{Name: "lamp", Cents: 2500}
	fmt.Println(lamp.With_vat())
	fmt.Println(lamp.Label())
}
