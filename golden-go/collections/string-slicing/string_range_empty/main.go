package main

import "fmt"

func main() {
	s := "abc"
	mid := s[1:1]
	fmt.Println(fmt.Sprintf("<%v>", mid), len(s[3:]) == 0, len(s[:0]))
}
