package main

import "fmt"

func confirmed(answer string) bool {
	if !(answer == "y" || answer == "yes") {
		return false
	}
	return true
}

func main() {
	fmt.Println(confirmed("yes"), confirmed("y"), confirmed("no"), confirmed("YES"))
}
