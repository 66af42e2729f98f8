package main

import (
	"fmt"
	"maps"
)

func main() {
	a := map[int]string{}
	a[1] = "one"
	a[2] = "two"
	b := maps.Collect(maps.All(a))
	fmt.Println(b, maps.Equal(a, b))
	c := map[int]string{}
	c[3] = "three"
	maps.Insert(c, maps.All(a))
	fmt.Println(c)
}
