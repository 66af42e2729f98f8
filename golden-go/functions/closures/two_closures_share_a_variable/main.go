package main

import "fmt"

func main() {
	stock := 5
	take := func(n int) {
		stock -= n
	}
	restock := func(n int) {
		stock += n
	}
	level := func() int {
		return stock
	}
	take(2)
	restock(10)
	take(4)
	fmt.Println(level(), stock)
}
