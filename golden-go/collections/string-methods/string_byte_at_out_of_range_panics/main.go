package main

import "fmt"

func main() {
	code := "ok"
	fmt.Println(code[1])
	i := len(code)
	fmt.Println(code[i])
}
