package main

import "fmt"

func main() {
	word := "naïve"
	count := 0
	for range word {
		count += 1
	}
	fmt.Println(count, len(word))
}
