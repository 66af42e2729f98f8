package main

import (
	"fmt"
	"golden/projects/methods/method_returns_type_of_third_module/rooms"
)

func main() {
	kitchen := rooms.Room{Name: "kitchen", Width: 3, Depth: 4}
	p := kitchen.Perimeter()
	fmt.Println(p, p.Value)
}
