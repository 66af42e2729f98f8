package main

import "fmt"

func main() {
	word := []byte("cat")
	word[0] = 'b'
	fmt.Println(string(word))
}
