package main

import "fmt"

func main() {
	total := 10
	a := &total
	b := &total
	*a += 5
	*b *= 2
	fmt.Println(total, *a, *b)
}
