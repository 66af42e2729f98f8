package main

import "fmt"

func main() {
	total := 42
	same := int(total)
	fmt.Println(same)
}
