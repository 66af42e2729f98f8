package main

import (
	"fmt"
	"golden/projects/generics/generic_functions_of_module/util"
)

func main() {
	empty := []string{}
	fmt.Println(util.First_or([]int{7, 8}, 0), util.First_or(empty, "none"))
	fmt.Println(util.Twice(3, func(n int) int {
		return n * n
	}), util.Twice("ab", func(s string) string {
		return s + s
	}))
	fmt.Println(util.Count_if([]int{1, 2, 3, 4, 5}, func(n int) bool {
		return n%2 == 1
	}))
}
