package main

import "fmt"

func handler(_request string, verbose bool) int {
	if verbose {
		fmt.Println("handling")
	}
	return 200
}

func main() {
	_draft := "kept for later"
	_ = _draft
	code, _ := handler("GET /", true), "ignored"
	_ = handler("HEAD /", false)
	fmt.Println(code)
}
