package main

import "fmt"

func format_size(bytes int) string {
	return fmt.Sprintf("%v B", bytes)
}

func main() {
	letter := 'q'
	iffy := false
	types := 3
	mutable := "yes"
	looped := 2
	returns := types * looped
	fmt.Println(format_size(returns), iffy, mutable, letter)
}
