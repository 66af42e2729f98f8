package main

import (
	"fmt"
	"golden/projects/structure/facade_module_returns_types_of_inner_module/api"
)

func main() {
	r := api.Get(7)
	fmt.Println(r.Name, r.Id)
	fmt.Println(r)
	fmt.Println(api.Names([]int{1, 2}))
}
