package main

import "fmt"

func main() {
	name := "Ada"
	initial := 'A'
	fmt.Printf("%s|%10s|%-10s|%q\n", name, name, name, name)
	fmt.Printf("%c %q %U %d\n", initial, initial, initial, initial)
	fmt.Printf("%t %v %%\n", true, false)
	fmt.Printf("%c%c%c\n", 76, 105, 115)
}
