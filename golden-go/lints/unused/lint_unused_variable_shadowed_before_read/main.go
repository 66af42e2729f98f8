package main

import "fmt"

func main() {
	total := 10
	_ = total
	total2 := 25
	fmt.Println(total2)
}
