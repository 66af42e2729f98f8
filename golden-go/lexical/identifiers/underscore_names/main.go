package main

import "fmt"

func announce(code int) int {
	fmt.Println("announced", code)
	return code * 2
}

func main() {
	_ = announce(21)
	_draft := 5
	__twice := _draft * 2
	fmt.Println(_draft, __twice)
}
