package main

import "fmt"

func main() {
	names := map[int]string{}
	flags := map[string]bool{}
	rates := map[string]float64{}
	lists := map[string][]int{}
	name := names[1]
	fmt.Println(fmt.Sprintf("[%v]", name), flags["x"], rates["x"], lists["x"], len(lists["x"]))
}
