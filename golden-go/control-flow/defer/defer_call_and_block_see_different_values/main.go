package main

import "fmt"

func main() {
	stage := "parse"
	defer fmt.Println("call saw", stage)
	defer func() {
		fmt.Println("block saw", stage)
	}()
	stage = "emit"
	fmt.Println("now", stage)
}
