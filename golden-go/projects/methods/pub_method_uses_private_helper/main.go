package main

import (
	"fmt"
	"golden/projects/methods/pub_method_uses_private_helper/text"
)

func main() {
	t := text.Title{Words: []string{"rust", "go", "lisette"}}
	fmt.Println(t.Slug())
}
