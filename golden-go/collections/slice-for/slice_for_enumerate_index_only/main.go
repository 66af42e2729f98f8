package main

import "fmt"

func main() {
	cols := []string{"id", "name", "email"}
	last := -1
	for i := range cols {
		last = i
	}
	fmt.Println(last)
}
