package main

import (
	"fmt"
	"golden/projects/structure/three_level_nested_module/app/data/cache"
)

func main() {
	e := cache.Warm("home")
	e.Hits += 2
	fmt.Println(e)
}
