package main

import "fmt"

func note(msg string) {
	fmt.Println(msg)
}

func main() {
	opened := 0
	close_all := func() {
		note(fmt.Sprintf("closing %v connections", opened))
	}
	defer close_all()
	opened += 3
	fmt.Println("opened", opened)
}
