package main

import "fmt"

func print_(message string) {
	fmt.Printf("[log] %v\n", message)
}

func main() {
	print_("starting")
	len_ := 3
	print_(fmt.Sprintf("%v items", len_))
}
