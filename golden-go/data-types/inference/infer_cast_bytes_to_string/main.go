package main

import "fmt"

func main() {
	bytes := []byte{}
	var b byte = 'a'
	for b <= 'e' {
		bytes = append(bytes, b)
		b += 1
	}
	s := string(bytes)
	fmt.Println(s, len(s))
}
