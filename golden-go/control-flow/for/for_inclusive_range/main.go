package main

import "fmt"

func main() {
	factorial := 1
	for k := 1; k <= 10; k++ {
		factorial *= k
	}
	fmt.Println(factorial)
}
