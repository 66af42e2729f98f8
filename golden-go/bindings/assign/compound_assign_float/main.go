package main

import "fmt"

func main() {
	balance := 100.0
	balance *= 1.05
	balance -= 20.0
	balance /= 2.0
	balance += 0.5
	fmt.Printf("%.3f\n", balance)
}
