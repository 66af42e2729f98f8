package main

import "fmt"

func main() {
	empty := ""
	fmt.Println(true, false)
	fmt.Println("[", empty, "]")
	fmt.Println("two  spaces", "tab\there", "ünïcödé")
}
