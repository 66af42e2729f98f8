package main

import "fmt"

func main() {
	fmt.Println("distance: 5 km")
}
