package main

import "fmt"

func main() {
	s := "abc"
	end := 4
	fmt.Println(s[1:3])
	fmt.Println(s[1:end])
}
