package main

import "fmt"

func main() {
	budget := 100
	fmt.Println("budget", budget)
}
