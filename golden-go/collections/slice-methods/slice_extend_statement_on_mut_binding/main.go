package main

import "fmt"

func main() {
	all := []int{1, 2}
	all = append(all, []int{3, 4}...)
	all = append(all, []int{}...)
	fmt.Println(all)
}
