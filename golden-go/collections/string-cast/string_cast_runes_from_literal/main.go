package main

import "fmt"

func main() {
	rs := []rune{'ñ', 'o'}
	s := string(rs)
	fmt.Println(s, len(s))
}
