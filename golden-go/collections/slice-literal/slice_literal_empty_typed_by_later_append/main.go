package main

import "fmt"

func main() {
	names := []string{}
	names = append(names, "ada")
	names = append(names, "lin")
	fmt.Println(names)
}
