package main

import "fmt"

func main() {
	ids := []int{}
	fmt.Println(ids, len(ids), cap(ids), len(ids) == 0)
}
