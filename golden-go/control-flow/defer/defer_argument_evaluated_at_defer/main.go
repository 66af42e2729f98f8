package main

import "fmt"

func main() {
	balance := 100
	defer fmt.Println("opening balance:", balance)
	balance -= 30
	balance += 5
	fmt.Println("closing balance:", balance)
}
