package main

import (
	"fmt"
	"golden/projects/visibility/pub_method_of_pub_type_via_other_module_value/route"
)

func main() {
	p := route.Farthest()
	fmt.Println(p.Manhattan(), p.X)
}
