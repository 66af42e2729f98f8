package main

import "fmt"

func main() {
	csv := ""
	for i, n := range []int{3, 1, 4} {
		if i > 0 {
			csv += ","
		}
		csv += fmt.Sprintf("%v", n)
	}
	fmt.Println(csv)
}
