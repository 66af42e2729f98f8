package main

import "fmt"

func double(n int) int {
	return n * 2
}

func main() {
	var nine int
	{
		three := 3
		nine = three * three
	}
	var label string
	if nine > 5 {
		label = "big"
	} else {
		label = "small"
	}
	fmt.Println(double(21), nine, label)
}
