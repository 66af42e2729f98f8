package main

import (
	"fmt"
	"golden/projects/visibility/all_pub_struct_fully_usable/geo"
)

func main() {
	r := geo.Rect{W: 3, H: 4}
	r.W *= 2
	w := r.W
	h := r.H
	fmt.Println(w*h, r)
}
