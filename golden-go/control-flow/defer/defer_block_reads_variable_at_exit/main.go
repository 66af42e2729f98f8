package main

import "fmt"

func main() {
	balance := 100
	defer func() {
		fmt.Println("final balance:", balance)
	}()
	balance -= 30
	balance += 5
	fmt.Println("done")
}
