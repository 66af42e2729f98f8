package main

import "fmt"

func main() {
	s := "lisette"
	fmt.Println(s[0:3])
	fmt.Println(s[3:])
	fmt.Println(s[:1+1])
	fmt.Println(s[2 : 4+1])
	fmt.Println(s[:4])
	fmt.Println(s[:])
}
