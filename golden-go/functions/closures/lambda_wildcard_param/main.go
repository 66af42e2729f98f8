package main

import "fmt"

func main() {
	always := func(_ int) string {
		return "same"
	}
	fmt.Println(always(1), always(2))
}
