package main

import "fmt"

func main() {
	none := map[string]int{}
	visits := 0
	for range none {
		visits += 1
	}
	fmt.Println(visits)
}
