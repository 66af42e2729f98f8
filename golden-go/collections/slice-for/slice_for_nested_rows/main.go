package main

import "fmt"

func main() {
	table := [][]int{[]int{1, 2}, []int{3, 4, 5}}
	for _, row := range table {
		line := ""
		for _, cell := range row {
			line += fmt.Sprintf("%v;", cell)
		}
		fmt.Println(line)
	}
}
