package main

import "fmt"

func fill(buf []byte, text string) int {
	return copy(buf, []byte(text))
}

func main() {
	buf := []byte{46, 46, 46, 46, 46}
	n := fill(buf, "hey")
	fmt.Println(n, string(buf))
}
