package main

import "fmt"

func main() {
	blank := ""
	name := "ada"
	fmt.Println(len(blank) == 0, len(name) == 0, len(" ") == 0)
}
