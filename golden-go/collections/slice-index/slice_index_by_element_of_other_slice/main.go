package main

import "fmt"

func main() {
	words := []string{"zero", "one", "two", "three"}
	picks := []int{3, 1}
	fmt.Println(words[picks[0]], words[picks[1]])
}
