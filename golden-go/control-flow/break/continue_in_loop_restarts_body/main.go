package main

import "fmt"

func main() {
	candidate := 20
	found := 0
	for {
		candidate += 1
		if candidate%4 != 0 {
			continue
		}
		found += 1
		fmt.Println(candidate)
		if found == 3 {
			break
		}
	}
}
