package main

import "fmt"

func main() {
	todo := []string{}
	todo = append(todo, "write spec")
	fmt.Println(todo)
}
