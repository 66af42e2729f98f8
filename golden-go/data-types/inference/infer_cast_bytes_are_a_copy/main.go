package main

import "fmt"

func main() {
	name := "cat"
	bytes := []byte(name)
	bytes[0] = 'b'
	fmt.Println(name, string(bytes))
}
