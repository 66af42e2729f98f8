package main

import "fmt"

func main() {
	{
		defer fmt.Println("deferred in inner block")
		fmt.Println("inner block ends")
	}
	fmt.Println("outer code continues")
}
