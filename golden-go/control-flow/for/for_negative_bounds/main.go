package main

import "fmt"

func main() {
	low := -3
	for offset := low; offset < 2; offset++ {
		fmt.Println(offset * offset)
	}
}
