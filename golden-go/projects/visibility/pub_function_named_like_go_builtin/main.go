package main

import (
	"fmt"
	"golden/projects/visibility/pub_function_named_like_go_builtin/text"
)

func main() {
	fmt.Println(text.Len("hello"))
}
