package main

import "fmt"

func main() {
	largest := 9223372036854775807
	smallest := -9223372036854775808
	fmt.Println(largest+1, smallest-1, largest*2)
}
