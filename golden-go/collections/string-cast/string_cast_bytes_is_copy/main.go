package main

import "fmt"

func main() {
	greeting := "hi"
	bytes := []byte(greeting)
	bytes[1] = 'o'
	changed := string(bytes)
	fmt.Println(greeting, changed)
	bytes[0] = 'y'
	fmt.Println(changed, string(bytes))
}
