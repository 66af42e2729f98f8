package main

import "fmt"

func check(ready bool) {
	if ready {
		fmt.Println("ready")
		_ = true
	} else {
		fmt.Println("waiting")
		_ = 2.5
	}
}

func main() {
	check(true)
	check(false)
}
