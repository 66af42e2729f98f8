package main

import (
	"fmt"
	"golden/projects/methods/method_chain_on_module_type/vec"
)

func main() {
	a := vec.Vec2_New(1, 2)
	b := a.Plus(vec.Vec2_New(3, -1)).Scaled(2)
	fmt.Println(b, b.Dot(a))
}
