package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(len([]int{3, 1, 2}), strings.Join([]string{"a", "b"}, "+"))
}
