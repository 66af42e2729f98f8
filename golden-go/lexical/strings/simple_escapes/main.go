package main

import "fmt"

func main() {
	fmt.Println("name:\tAda")
	fmt.Println("she said \"hi\"")
	fmt.Println("it's here")
	fmt.Println("C:\\temp\\new")
	fmt.Println("line one\nline two")
}
