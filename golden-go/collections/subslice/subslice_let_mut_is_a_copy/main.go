package main

import (
	"fmt"
	"slices"
)

func main() {
	scores := []int{7, 8, 9, 10}
	top := slices.Clone(scores[2:len(scores):len(scores)])
	top[0] = 0
	fmt.Println(scores, top)
}
