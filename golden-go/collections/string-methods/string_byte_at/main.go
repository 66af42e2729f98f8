package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[0], s[1], s[2], s[5])
}
