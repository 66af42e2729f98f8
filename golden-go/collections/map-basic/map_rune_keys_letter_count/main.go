package main

import "fmt"

func main() {
	counts := map[rune]int{}
	for _, c := range "banana" {
		counts[c] += 1
	}
	fmt.Println(counts)
	fmt.Println(counts['a'], counts['n'], counts['z'])
}
