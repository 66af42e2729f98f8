package main

import "fmt"

func main() {
	s := "día"
	fmt.Println(len(s), s[1:3], s[3:])
}
