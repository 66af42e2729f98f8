package main

import "fmt"

func main() {
	total := 100
	for divisor := -2; divisor <= 2; divisor++ {
		fmt.Printf("%v %% %v = %v\n", total, divisor, total%divisor)
	}
	fmt.Println("done")
}
