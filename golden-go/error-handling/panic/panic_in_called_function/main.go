package main

import "fmt"

func check_stock(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative stock %v", n))
	}
	return n
}

func main() {
	fmt.Println(check_stock(5))
	fmt.Println(check_stock(-2))
	fmt.Println("not reached")
}
